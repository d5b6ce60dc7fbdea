package io.certscan.adapter.rest;

import io.certscan.application.port.in.LogId;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

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
    private final RequestBodies bodies;
    private final AtomicLong heldBodyBytes = new AtomicLong();
    private volatile Runnable onAnswer;

    HttpExchange(Request request, Response response, Callback callback, String endpoint, ServerMetrics metrics, AccessLog accessLog, RequestBodies bodies)
    {
        this.bodies = bodies;
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.endpoint = endpoint;
        this.metrics = metrics;
        this.accessLog = accessLog;
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

    /** Parses the query string once; false when it is not valid percent-encoded UTF-8 ({@code ?x=%ZZ}). */
    boolean hasValidQuery()
    {
        try {
            query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
            return true;
        }
        catch (RuntimeException malformed) {
            query = Fields.EMPTY;
            return false;
        }
    }

    Optional<String> queryParameter(String name)
    {
        if (query == null) {
            hasValidQuery();
        }
        return Optional.ofNullable(query.getValue(name));
    }

    /** Runs once the answer is sent (or was already). */
    void whenAnswered(Runnable action)
    {
        onAnswer = action;
        if (answered.get()) {
            action.run();
        }
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

    /** What is done with a body once it has been read whole. */
    @FunctionalInterface
    interface BodyReceiver
    {
        void received(byte[] body);
    }

    /** What is answered when a body could not be read: the connection closes after it. */
    @FunctionalInterface
    interface BodyRefusal
    {
        void refused(RequestBodies.Failure failure, String message);
    }

    /**
     * Reads the whole body without holding a thread while it arrives (see {@link RequestBodies}),
     * refusing it before reading when its declared length is over the limit, and hands it over
     * on a thread of Jetty's. Its memory counts against the server's budget until the answer.
     */
    void readBody(long limit, Duration within, BodyReceiver then, BodyRefusal refused)
    {
        bodies.read(request, limit, within, true, new RequestBodies.Receiver()
        {
            @Override
            public void received(byte[] body)
            {
                bodyBytes = body.length;
                heldBodyBytes.set(body.length);
                if (answered.get()) {
                    releaseBody();
                    return;
                }
                then.received(body);
            }

            @Override
            public void failed(RequestBodies.Failure failure, String message)
            {
                refused.refused(failure, message);
            }
        });
    }

    /**
     * Reads what is left of the body and drops it, up to {@code cap} bytes and within the time
     * given, so that a client that sends its whole body before reading (Java's
     * HttpURLConnection, Baidu's SDKs) gets the answer instead of a reset connection; then calls
     * {@code then} with whether the body was read to its end.
     */
    void discardBody(long cap, Duration within, java.util.function.Consumer<Boolean> then)
    {
        bodies.read(request, cap, within, false, new RequestBodies.Receiver()
        {
            @Override
            public void received(byte[] body)
            {
                then.accept(true);
            }

            @Override
            public void failed(RequestBodies.Failure failure, String message)
            {
                then.accept(false);
            }
        });
    }

    private void releaseBody()
    {
        bodies.release(heldBodyBytes.getAndSet(0));
    }

    /** The request as a bce-auth-v1 signature covers it: method, path, query, headers, body. */
    BceSignatures.SignedRequest signedRequest(byte[] body)
    {
        if (query == null) {
            hasValidQuery();
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
        releaseBody();
        Runnable action = onAnswer;
        if (action != null) {
            action.run();
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
