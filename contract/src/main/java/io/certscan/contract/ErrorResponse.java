package io.certscan.contract;

import io.certscan.application.port.in.LogId;
import io.certscan.domain.error.ErrorCode;

import static java.util.Objects.requireNonNull;

/** general_ocr's error body: {@code {"log_id", "error_code", "error_msg"}}. */
public record ErrorResponse(LogId logId, int errorCode, String errorMessage)
{
    public ErrorResponse
    {
        requireNonNull(logId, "logId is null");
        requireNonNull(errorMessage, "errorMessage is null");
    }

    public static ErrorResponse of(LogId logId, ErrorCode code)
    {
        return new ErrorResponse(logId, code.code(), code.message());
    }
}
