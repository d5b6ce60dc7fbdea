package io.certscan.application.validation;

import io.certscan.domain.error.ErrorCode;
import jakarta.validation.Payload;

import java.util.Map;
import java.util.Optional;

/**
 * Ties a Jakarta Validation constraint to the general_ocr error code its violation is answered
 * with: {@code @Size(max = …, payload = ErrorPayload.ImageSizeError.class)}.
 */
public interface ErrorPayload
        extends Payload
{
    interface InvalidParam extends ErrorPayload {}

    interface ImageSizeError extends ErrorPayload {}

    interface UrlSizeError extends ErrorPayload {}

    interface UrlFormatIllegal extends ErrorPayload {}

    Map<Class<? extends Payload>, ErrorCode> CODES = Map.of(
            InvalidParam.class, ErrorCode.INVALID_PARAM,
            ImageSizeError.class, ErrorCode.IMAGE_SIZE_ERROR,
            UrlSizeError.class, ErrorCode.URL_SIZE_ERROR,
            UrlFormatIllegal.class, ErrorCode.URL_FORMAT_ILLEGAL);

    static Optional<ErrorCode> errorCodeOf(Class<? extends Payload> payload)
    {
        return Optional.ofNullable(CODES.get(payload));
    }
}
