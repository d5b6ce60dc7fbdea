package io.certscan.adapter.rest;

import io.certscan.application.port.in.LogId;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request and its answer. Answers exactly once, from whichever thread finishes the work, and
 * on answering records the request in the metrics and the access log.
 */
final class HttpExchange
{
    private final Request request;
    private final Response response;
    private final Callback callback;
    private final long startNanos = System.nanoTime();
    private final AtomicBoolean answered = new AtomicBoolean();
    private final String endpoint;
    private final ServerMetrics metrics;
    private final AccessLog accessLog;
    private volatile Fields query;
    private volatile long bodyBytes;
    private volatile Integer errorCode;
    private volatile LogId logId;
    private volatile String errorDetail;

    HttpExchange(Request request, Response response, Callback callback, String endpoint, ServerMetrics metrics, AccessLog accessLog)
    {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.endpoint = endpoint;
        this.metrics = metrics;
        this.accessLog = accessLog;
    }

    /** Thrown when the body is larger than allowed; nothing beyond the limit has been read. */
    static final class BodyTooLarge
            extends Exception
    {
        BodyTooLarge(String message)
        {
            super(message, null, false, false);
        }
    }

    String method()
    {
        return request.getMethod();
    }

    /** The path without the query string, which may hold an access token. */
    String path()
    {
        return request.getHttpURI().getPath();
    }

    String endpoint()
    {
        return endpoint;
    }

    Optional<String> queryParameter(String name)
    {
        if (query == null) {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        }
        return Optional.ofNullable(query.getValue(name));
    }

    /**
     * The address the connection comes from (null when it is no IP socket). Behind a proxy it is
     * the proxy's: a forwarded header would be the client's word, which anyone can write.
     */
    InetAddress clientAddress()
    {
        SocketAddress remote = request.getConnectionMetaData().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress socket ? socket.getAddress() : null;
    }

    Optional<String> header(HttpHeader header)
    {
        return Optional.ofNullable(request.getHeaders().get(header));
    }

    String contentType()
    {
        return header(HttpHeader.CONTENT_TYPE).orElse("");
    }

    /**
     * Reads the whole body, refusing it before reading when its declared length is over the limit
     * and while reading when a body of unknown length grows past it.
     */
    byte[] readBody(long limit)
            throws IOException, BodyTooLarge
    {
        long declared = request.getLength();
        if (declared > limit) {
            throw new BodyTooLarge("the request body of " + declared + " bytes is larger than the limit of " + limit + " bytes");
        }
        InputStream input = Content.Source.asInputStream(request);
        byte[] body = input.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        if (body.length > limit) {
            throw new BodyTooLarge("the request body is larger than the limit of " + limit + " bytes");
        }
        bodyBytes = body.length;
        return body;
    }

    /**
     * Reads what is left of the body and drops it, up to {@code cap} bytes, so that a client that
     * sends its whole body before reading (Java's HttpURLConnection, Baidu's SDKs) gets the answer
     * instead of a reset connection.
     *
     * @return true when the body was read to its end, false when it is longer than the cap or broke off
     */
    boolean discardBody(long cap, java.time.Duration within)
    {
        long declared = request.getLength();
        if (declared > cap) {
            return false;
        }
        long deadline = System.nanoTime() + within.toNanos();
        try {
            InputStream input = Content.Source.asInputStream(request);
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            for (int count = input.read(buffer); count >= 0; count = input.read(buffer)) {
                read += count;
                if (read > cap || System.nanoTime() > deadline) {
                    return false;
                }
            }
            return true;
        }
        catch (IOException | RuntimeException broken) {
            return false;
        }
    }

    /** The request as a bce-auth-v1 signature covers it: method, path, query, headers, body. */
    BceSignatures.SignedRequest signedRequest(byte[] body)
    {
        if (query == null) {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        }
        java.util.List<java.util.Map.Entry<String, String>> pairs = new java.util.ArrayList<>();
        for (Fields.Field field : query) {
            for (String value : field.getValues()) {
                pairs.add(java.util.Map.entry(field.getName(), value));
            }
        }
        java.util.Map<String, String> headers = new java.util.HashMap<>();
        for (org.eclipse.jetty.http.HttpField field : request.getHeaders()) {
            headers.putIfAbsent(field.getName().toLowerCase(java.util.Locale.ROOT), field.getValue() == null ? "" : field.getValue());
        }
        return new BceSignatures.SignedRequest(method(), path(), pairs, headers, body);
    }

    /** Notes the general_ocr error the answer carries, for the metrics and the access log. */
    HttpExchange withError(int code, LogId id, String detail)
    {
        this.errorCode = code;
        this.logId = id;
        this.errorDetail = detail;
        return this;
    }

    HttpExchange withLogId(LogId id)
    {
        this.logId = id;
        return this;
    }

    void sendJson(int status, String json)
    {
        sendJson(status, json, false);
    }

    /** @param close close the connection after the answer: for a request body left unread */
    void sendJson(int status, String json, boolean close)
    {
        send(status, "application/json;charset=utf-8", json.getBytes(StandardCharsets.UTF_8), close);
    }

    void sendProblem(int status, String json, boolean close)
    {
        send(status, "application/problem+json;charset=utf-8", json.getBytes(StandardCharsets.UTF_8), close);
    }

    void send(int status, String contentType, byte[] body, boolean close)
    {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        long nanos = System.nanoTime() - startNanos;
        metrics.recordRequest(endpoint, status, nanos);
        if (errorCode != null) {
            metrics.recordError(errorCode);
        }
        accessLog.record(request, status, errorCode, errorDetail, logId, bodyBytes, body.length, nanos);
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.getHeaders().put("X-Content-Type-Options", "nosniff");
        if (close) {
            response.getHeaders().put(HttpHeader.CONNECTION, "close");
        }
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    void setHeader(String name, String value)
    {
        response.getHeaders().put(name, value);
    }
}
