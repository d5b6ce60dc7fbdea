package io.certscan.adapter.baidu;

import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.Field;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.POST;
import retrofit2.http.Query;

import java.util.Map;

/**
 * Baidu AI Cloud's endpoints as Retrofit declares them. Both answer HTTP 200 with an error body as
 * readily as with a result, so bodies are taken raw and read with the contract's adapters.
 */
interface BaiduApi
{
    /** The key pair goes in the form, not the query string, so it never appears in a URL (nor a proxy's log). */
    @FormUrlEncoded
    @POST("oauth/2.0/token")
    Call<ResponseBody> token(@Field("grant_type") String grantType, @Field("client_id") String clientId, @Field("client_secret") String clientSecret);

    @FormUrlEncoded
    @POST("rest/2.0/ocr/v1/general_ocr")
    Call<ResponseBody> generalOcr(@Query("access_token") String accessToken, @FieldMap Map<String, String> parameters);
}
