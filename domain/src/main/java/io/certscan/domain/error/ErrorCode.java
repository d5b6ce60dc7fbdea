package io.certscan.domain.error;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The general_ocr error table: each code with the message the original service answers, so a
 * client that matches on either sees no difference.
 */
public enum ErrorCode
{
    UNKNOWN_ERROR(1, "Unknown error", Kind.TEMPORARY),
    SERVICE_TEMPORARILY_UNAVAILABLE(2, "Service temporarily unavailable", Kind.TEMPORARY),
    UNSUPPORTED_OPENAPI_METHOD(3, "Unsupported openapi method", Kind.CLIENT),
    REQUEST_LIMIT_REACHED(4, "Open api request limit reached", Kind.TEMPORARY),
    NO_PERMISSION(6, "No permission to access data", Kind.AUTHENTICATION),
    IAM_CERTIFICATION_FAILED(14, "IAM Certification failed", Kind.AUTHENTICATION),
    DAILY_LIMIT_REACHED(17, "Open api daily request limit reached", Kind.QUOTA),
    QPS_LIMIT_REACHED(18, "Open api qps request limit reached", Kind.TEMPORARY),
    TOTAL_LIMIT_REACHED(19, "Open api total request limit reached", Kind.QUOTA),
    INVALID_ACCESS_TOKEN_PARAMETER(100, "Invalid parameter", Kind.AUTHENTICATION),
    ACCESS_TOKEN_INVALID(110, "Access token invalid or no longer valid", Kind.AUTHENTICATION),
    ACCESS_TOKEN_EXPIRED(111, "Access token expired", Kind.AUTHENTICATION),
    INVALID_PARAM(216100, "invalid param", Kind.CLIENT),
    NOT_ENOUGH_PARAM(216101, "not enough param", Kind.CLIENT),
    SERVICE_NOT_SUPPORT(216102, "service not support", Kind.CLIENT),
    PARAM_TOO_LONG(216103, "param too long", Kind.CLIENT),
    APPID_NOT_EXIST(216110, "appid not exist", Kind.AUTHENTICATION),
    EMPTY_IMAGE(216200, "empty image", Kind.CLIENT),
    IMAGE_FORMAT_ERROR(216201, "image format error", Kind.CLIENT),
    IMAGE_SIZE_ERROR(216202, "image size error", Kind.CLIENT),
    IMAGE_BASE64_ERROR(216203, "image base64 error", Kind.CLIENT),
    RECOGNIZE_ERROR(216630, "recognize error", Kind.SERVER),
    RECOGNIZE_BANK_CARD_ERROR(216631, "recognize bank card error", Kind.SERVER),
    RECOGNIZE_IDCARD_ERROR(216633, "recognize idcard error", Kind.SERVER),
    DETECT_ERROR(216634, "detect error", Kind.SERVER),
    INTERNAL_ERROR(282000, "internal error", Kind.TEMPORARY),
    MISSING_PARAMETERS(282003, "missing parameters: {name}", Kind.CLIENT),
    INVALID_PARAMETERS(282004, "invalid parameter(s)", Kind.CLIENT),
    TARGET_DETECT_ERROR(282102, "target detect error", Kind.SERVER),
    TARGET_RECOGNIZE_ERROR(282103, "target recognize error", Kind.SERVER),
    URL_NOT_EXIST(282110, "urls not exit", Kind.CLIENT),
    URL_FORMAT_ILLEGAL(282111, "url format illegal", Kind.CLIENT),
    URL_DOWNLOAD_TIMEOUT(282112, "url download timeout", Kind.CLIENT),
    URL_RESPONSE_INVALID(282113, "url response invalid", Kind.CLIENT),
    URL_SIZE_ERROR(282114, "url size error", Kind.CLIENT);

    /** What the caller can do about an error: the same request may succeed later, or it never will. */
    public enum Kind
    {
        /** The request is wrong; sending it again gives the same answer. */
        CLIENT,
        /** Credentials or token; get a new token or fix the keys. */
        AUTHENTICATION,
        /** The service is busy or failed for now; retry with back-off. */
        TEMPORARY,
        /** A daily or total quota is used up; retrying does not help until it resets. */
        QUOTA,
        /** The input was accepted but could not be recognised. */
        SERVER,
    }

    private static final Map<Integer, ErrorCode> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(ErrorCode::code, Function.identity()));

    private final int code;
    private final String message;
    private final Kind kind;

    ErrorCode(int code, String message, Kind kind)
    {
        this.code = code;
        this.message = message;
        this.kind = kind;
    }

    /** The numeric {@code error_code}. */
    public int code()
    {
        return code;
    }

    /** The {@code error_msg} as the original service words it. */
    public String message()
    {
        return message;
    }

    public Kind kind()
    {
        return kind;
    }

    public static Optional<ErrorCode> fromCode(int code)
    {
        return Optional.ofNullable(BY_CODE.get(code));
    }
}
