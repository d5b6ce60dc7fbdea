package io.certscan.adapter.baidu;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.certscan.contract.ContractJson;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** Reading the cloud's bodies: JSON objects, some of them errors; anything else is the cloud failing. */
final class BaiduAnswers
{
    private static final JsonAdapter<Object> ANY = ContractJson.moshi().adapter(Object.class);

    private BaiduAnswers() {}

    /** The body as a JSON object, or a 282000 saying it was not one (truncated, HTML from a proxy …). */
    static Map<?, ?> object(String body, String what)
    {
        Object value;
        try {
            value = ANY.fromJson(body);
        }
        catch (JsonEncodingException | JsonDataException | java.io.EOFException malformed) {
            throw new CertscanException(ErrorCode.INTERNAL_ERROR, what + " answered something that is not JSON (" + body.length() + " characters)", malformed);
        }
        catch (IOException unreadable) {
            throw new CertscanException(ErrorCode.INTERNAL_ERROR, what + " answered an unreadable body", unreadable);
        }
        if (!(value instanceof Map<?, ?> object)) {
            throw new CertscanException(ErrorCode.INTERNAL_ERROR, what + " answered JSON that is not an object");
        }
        return object;
    }

    /** The error an answer carries ({@code error_code}, {@code error_msg}), if it is an error. */
    static Optional<CloudError> error(Map<?, ?> answer)
    {
        Object code = answer.get("error_code");
        if (code == null) {
            return Optional.empty();
        }
        int number;
        if (code instanceof Number numeric) {
            number = numeric.intValue();
        }
        else {
            try {
                number = Integer.parseInt(code.toString().strip());
            }
            catch (NumberFormatException e) {
                throw new CertscanException(ErrorCode.INTERNAL_ERROR, "the cloud answered an error_code that is no number");
            }
        }
        Object message = answer.get("error_msg");
        return Optional.of(new CloudError(number, message == null ? "" : message.toString()));
    }

    /** An error as the cloud words it, and the code of ours it is. */
    record CloudError(int code, String message)
    {
        ErrorCode errorCode()
        {
            return ErrorCode.fromCode(code).orElse(ErrorCode.INTERNAL_ERROR);
        }

        CertscanException exception()
        {
            ErrorCode ours = errorCode();
            String detail = "the baidu engine answered error " + code + (message.isEmpty() ? "" : " (" + message + ")");
            return new CertscanException(ours, ours.code() == code ? detail : detail + ", which general_ocr does not document");
        }
    }
}
