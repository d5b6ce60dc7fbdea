package io.certscan.domain.error;

import static java.util.Objects.requireNonNull;

/**
 * The one exception type of certscan: an {@link ErrorCode} from the general_ocr table plus a
 * detail for people (which parameter, which limit). The detail never holds document content,
 * secrets or personal data: it may end up in logs.
 */
public final class CertscanException
        extends RuntimeException
{
    private final ErrorCode errorCode;
    private final String detail;

    public CertscanException(ErrorCode errorCode, String detail)
    {
        this(errorCode, detail, null);
    }

    public CertscanException(ErrorCode errorCode, String detail, Throwable cause)
    {
        super(errorCode.code() + " " + errorCode.message() + ": " + requireNonNull(detail, "detail is null"), cause);
        this.errorCode = errorCode;
        this.detail = detail;
    }

    public ErrorCode errorCode()
    {
        return errorCode;
    }

    public String detail()
    {
        return detail;
    }
}
