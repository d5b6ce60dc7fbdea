package io.certscan.sdktest;

import com.baidu.aip.http.AipRequest;
import com.baidu.aip.ocr.AipOcr;
import org.json.JSONObject;

import java.util.Map;

/**
 * Baidu's official Java SDK predates general_ocr, so a company that calls it adds the method the
 * way the SDK's own methods are written: the SDK's request, its token or signing steps, its HTTP
 * client and its URL host (aip.baidubce.com), all unchanged.
 */
final class GeneralOcrClient
        extends AipOcr
{
    static final String GENERAL_OCR = "https://aip.baidubce.com/rest/2.0/ocr/v1/general_ocr";

    GeneralOcrClient(String appId, String apiKey, String secretKey)
    {
        super(appId, apiKey, secretKey);
    }

    JSONObject generalOcr(Map<String, String> parameters)
    {
        AipRequest request = new AipRequest();
        preOperation(request);
        parameters.forEach(request::addBody);
        request.setUri(GENERAL_OCR);
        postOperation(request);
        return requestServer(request);
    }

    /** The access token the SDK holds (null in signing mode): to show that it fetched a new one. */
    String token()
    {
        return accessToken;
    }

    /** Whether the SDK decided to sign its requests (its "cloud user" state). */
    boolean signing()
    {
        return isBceKey.get();
    }
}
