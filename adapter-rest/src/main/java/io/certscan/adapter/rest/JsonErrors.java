package io.certscan.adapter.rest;

import io.certscan.domain.error.ErrorCode;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MimeTypes;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * The answers Jetty gives itself (a request line or headers it cannot parse, a URI or header too
 * long, a request refused while stopping) in the documented error JSON instead of Jetty's HTML
 * pages, which echo the request's URI and with it an {@code access_token}. Nothing of the
 * request is repeated.
 */
final class JsonErrors
        extends ErrorHandler
{
    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields)
    {
        fields.put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString());
        return ByteBuffer.wrap(json(status));
    }

    @Override
    protected void generateResponse(Request request, Response response, int status, String message, Throwable cause, Callback callback)
    {
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, MimeTypes.Type.APPLICATION_JSON_UTF_8.asString());
        response.write(true, ByteBuffer.wrap(json(status)), callback);
    }

    /** The general_ocr error nearest to an HTTP status. */
    static ErrorCode errorCode(int status)
    {
        return switch (status) {
            case 413 -> ErrorCode.IMAGE_SIZE_ERROR;
            case 414, 431 -> ErrorCode.PARAM_TOO_LONG;
            case 503 -> ErrorCode.SERVICE_TEMPORARILY_UNAVAILABLE;
            case 505 -> ErrorCode.INVALID_PARAM;
            default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.INVALID_PARAM;
        };
    }

    private static byte[] json(int status)
    {
        ErrorCode code = errorCode(status);
        return ("{\"error_code\":" + code.code() + ",\"error_msg\":\"" + code.message() + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
