package io.certscan.contract;

import com.squareup.moshi.Json;
import io.certscan.application.port.in.LogId;
import io.certscan.domain.error.ErrorCode;

import static java.util.Objects.requireNonNull;

/**
 * An error of certscan's own /v1 API as RFC 9457 problem details, with the general_ocr error code
 * and the request's log id beside the standard members, and what the error means to a person and
 * what to do about it, in Chinese ({@code message}) and English ({@code message_en}): the
 * {@code title} is the general_ocr {@code error_msg} and the {@code detail} is for developers.
 */
public record ProblemResponse(
        String type,
        String title,
        int status,
        String detail,
        @Json(name = "error_code") int errorCode,
        @Json(name = "log_id") LogId logId,
        String message,
        @Json(name = "message_en") String englishMessage)
{
    public ProblemResponse
    {
        requireNonNull(type, "type is null");
        requireNonNull(title, "title is null");
    }

    public static ProblemResponse of(int status, ErrorCode code, String detail, LogId logId)
    {
        ErrorMessages.Message message = ErrorMessages.of(code);
        return new ProblemResponse("https://certscan.io/problems/" + code.code(), code.message(), status, detail, code.code(), logId, message.chinese(), message.english());
    }
}
