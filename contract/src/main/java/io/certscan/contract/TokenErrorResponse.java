package io.certscan.contract;

import com.squareup.moshi.Json;

import static java.util.Objects.requireNonNull;

/** The token endpoint's error body, shaped unlike the OCR errors: {@code {"error", "error_description"}}. */
public record TokenErrorResponse(String error, @Json(name = "error_description") String errorDescription)
{
    public static final String INVALID_CLIENT = "invalid_client";
    public static final String UNSUPPORTED_GRANT_TYPE = "unsupported_grant_type";

    public TokenErrorResponse
    {
        requireNonNull(error, "error is null");
    }
}
