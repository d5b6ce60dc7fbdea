package io.certscan.contract;

import com.squareup.moshi.Json;

import static java.util.Objects.requireNonNull;

/**
 * The token endpoint's success body. {@code expires_in} is in seconds (the original issues tokens
 * for 30 days); {@code refresh_token}, {@code scope} and the session fields may be absent (null).
 */
public record TokenResponse(
        @Json(name = "access_token") String accessToken,
        @Json(name = "expires_in") long expiresIn,
        @Json(name = "refresh_token") String refreshToken,
        String scope,
        @Json(name = "session_key") String sessionKey,
        @Json(name = "session_secret") String sessionSecret)
{
    public TokenResponse
    {
        requireNonNull(accessToken, "accessToken is null");
    }

    @Override
    public String toString()
    {
        // The token is a credential: never in logs.
        return "TokenResponse[expiresIn=" + expiresIn + ", scope=" + scope + "]";
    }
}
