package io.certscan.adapter.rest;

import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.IssueLogIds;
import io.certscan.contract.ContractJson;
import io.certscan.contract.TokenErrorResponse;
import io.certscan.domain.error.ErrorCode;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import static java.util.Objects.requireNonNull;

/** Routes each request to its endpoint; anything unexpected becomes a 500 without a stack trace. */
final class RestHandler
        extends Handler.Abstract
{
    private static final Logger LOGGER = Logger.getLogger(RestHandler.class.getName());
    private static final byte[] OPENAPI = openApiDocument();

    private final CompatibleApi compatible;
    private final RichApi rich;
    private final ServerMetrics metrics;
    private final AccessLog accessLog;
    private final IssueLogIds logIds;
    private final BooleanSupplier ready;
    private final RequestBodies bodies;
    private final Optional<String> metricsToken;
    private final Set<HttpExchange> inFlight = ConcurrentHashMap.newKeySet();

    /** @param metricsToken the bearer token /metrics asks for; empty when it is open */
    RestHandler(CompatibleApi compatible, RichApi rich, ServerMetrics metrics, AccessLog accessLog, IssueLogIds logIds, BooleanSupplier ready,
            RequestBodies bodies, Optional<String> metricsToken)
    {
        this.bodies = requireNonNull(bodies, "bodies is null");
        this.metricsToken = requireNonNull(metricsToken, "metricsToken is null");
        this.compatible = requireNonNull(compatible, "compatible is null");
        this.rich = requireNonNull(rich, "rich is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.accessLog = requireNonNull(accessLog, "accessLog is null");
        this.logIds = requireNonNull(logIds, "logIds is null");
        this.ready = requireNonNull(ready, "ready is null");
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback)
    {
        String path = request.getHttpURI().getPath();
        String method = request.getMethod();
        HttpExchange exchange = new HttpExchange(request, response, callback, endpointName(path), metrics, accessLog, bodies);
        inFlight.add(exchange);
        exchange.whenAnswered(() -> inFlight.remove(exchange));
        try {
            if (!exchange.hasValidQuery()) {
                malformedQuery(exchange, path);
                return true;
            }
            route(exchange, path, method);
        }
        catch (RuntimeException unexpected) {
            LOGGER.log(Level.SEVERE, "unexpected failure answering " + method + " " + path, unexpected);
            LogId logId = logIds.next();
            RichApi.problem(exchange.withError(ErrorCode.INTERNAL_ERROR.code(), logId, "unexpected failure"), 500, ErrorCode.INTERNAL_ERROR,
                    "the server failed unexpectedly; the log id identifies it in the server log", logId, true);
        }
        return true;
    }

    /**
     * A query string that is not valid percent-encoding ({@code ?x=%ZZ}): error 216100 in the
     * shape of the endpoint asked, as any other invalid parameter.
     */
    private void malformedQuery(HttpExchange exchange, String path)
    {
        LogId logId = logIds.next();
        String detail = "the query string is not valid percent-encoded UTF-8";
        if (path.equals(CompatibleApi.TOKEN_PATH)) {
            exchange.sendJson(400, ContractJson.tokenErrorResponse().toJson(new TokenErrorResponse("invalid_request", detail)), true);
        }
        else if (path.startsWith("/rest/")) {
            CompatibleApi.answer(exchange.withError(ErrorCode.INVALID_PARAM.code(), logId, detail), ErrorCode.INVALID_PARAM, logId);
        }
        else {
            RichApi.problem(exchange.withError(ErrorCode.INVALID_PARAM.code(), logId, detail), 400, ErrorCode.INVALID_PARAM, detail, logId, true);
        }
    }

    /**
     * Answers every request still in flight (error 2, which clients retry elsewhere), for a
     * server whose shutdown timeout is running out: none is cut without an answer. Their work, if
     * it ends later, answers nothing.
     */
    void answerInFlight()
    {
        for (HttpExchange exchange : List.copyOf(inFlight)) {
            LogId logId = logIds.next();
            String detail = "the server stopped before the request was done; send it again";
            exchange.withError(ErrorCode.SERVICE_TEMPORARILY_UNAVAILABLE.code(), logId, detail);
            if (exchange.path().startsWith("/rest/")) {
                CompatibleApi.answer(exchange, ErrorCode.SERVICE_TEMPORARILY_UNAVAILABLE, logId);
            }
            else {
                RichApi.problem(exchange, 503, ErrorCode.SERVICE_TEMPORARILY_UNAVAILABLE, detail, logId, true);
            }
        }
    }

    int inFlight()
    {
        return inFlight.size();
    }

    private void route(HttpExchange exchange, String path, String method)
    {
        switch (path) {
            case CompatibleApi.GENERAL_OCR_PATH -> {
                if (method.equals("POST")) {
                    compatible.generalOcr(exchange);
                }
                else {
                    compatible.unsupported(exchange);
                }
            }
            case CompatibleApi.TOKEN_PATH -> {
                if (method.equals("POST") || method.equals("GET")) {
                    compatible.token(exchange);
                }
                else {
                    methodNotAllowed(exchange, "GET, POST");
                }
            }
            case RichApi.RECOGNIZE_PATH -> {
                if (method.equals("POST")) {
                    rich.recognize(exchange);
                }
                else {
                    methodNotAllowed(exchange, "POST");
                }
            }
            case RichApi.PAGE_PATH -> {
                if (method.equals("POST")) {
                    rich.page(exchange);
                }
                else {
                    methodNotAllowed(exchange, "POST");
                }
            }
            case "/", "/console", Console.SCRIPT_PATH, Console.STYLE_PATH -> onlyGet(exchange, () -> Console.serve(exchange, path));
            case "/healthz" -> onlyGet(exchange, () -> exchange.sendJson(200, "{\"status\":\"up\"}"));
            case "/readyz" -> onlyGet(exchange, () -> {
                if (ready.getAsBoolean()) {
                    exchange.sendJson(200, "{\"status\":\"ready\"}");
                }
                else {
                    exchange.sendJson(503, "{\"status\":\"not ready\"}");
                }
            });
            case "/metrics" -> onlyGet(exchange, () -> {
                if (metricsToken.isPresent() && !bearerMatches(exchange, metricsToken.get())) {
                    exchange.setHeader("WWW-Authenticate", "Bearer realm=\"certscan metrics\"");
                    RichApi.problem(exchange, 401, ErrorCode.IAM_CERTIFICATION_FAILED, "/metrics needs 'Authorization: Bearer' with server.metrics-token", logIds.next(), false);
                    return;
                }
                exchange.send(200, ServerMetrics.CONTENT_TYPE, metrics.render(), false);
            });
            case "/openapi.json" -> onlyGet(exchange, () -> exchange.send(200, "application/json;charset=utf-8", OPENAPI, false));
            default -> {
                if (path.startsWith("/rest/")) {
                    compatible.unsupported(exchange);
                }
                else {
                    RichApi.problem(exchange, 404, ErrorCode.UNSUPPORTED_OPENAPI_METHOD, "no such endpoint: " + path, logIds.next(), true);
                }
            }
        }
    }

    /** Whether the request carries {@code Authorization: Bearer <token>}, compared in constant time. */
    private static boolean bearerMatches(HttpExchange exchange, String token)
    {
        String given = exchange.header(HttpHeader.AUTHORIZATION).map(String::strip).orElse("");
        if (!given.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return false;
        }
        return MessageDigest.isEqual(given.substring(7).strip().getBytes(StandardCharsets.UTF_8), token.getBytes(StandardCharsets.UTF_8));
    }

    private static void onlyGet(HttpExchange exchange, Runnable answer)
    {
        if (exchange.method().equals("GET") || exchange.method().equals("HEAD")) {
            answer.run();
        }
        else {
            methodNotAllowed(exchange, "GET");
        }
    }

    private static void methodNotAllowed(HttpExchange exchange, String allowed)
    {
        exchange.setHeader("Allow", allowed);
        exchange.sendProblem(405, "{\"title\":\"method not allowed\",\"status\":405}", true);
    }

    /** The metrics label of a path: one of a fixed set, so a scan of random paths cannot grow the metrics. */
    static String endpointName(String path)
    {
        return switch (path) {
            case CompatibleApi.GENERAL_OCR_PATH -> "general_ocr";
            case CompatibleApi.TOKEN_PATH -> "token";
            case RichApi.RECOGNIZE_PATH -> "recognize";
            case RichApi.PAGE_PATH -> "page";
            case "/", "/console", Console.SCRIPT_PATH, Console.STYLE_PATH -> "console";
            case "/healthz" -> "healthz";
            case "/readyz" -> "readyz";
            case "/metrics" -> "metrics";
            case "/openapi.json" -> "openapi";
            default -> "other";
        };
    }

    private static byte[] openApiDocument()
    {
        try (InputStream input = RestHandler.class.getResourceAsStream("openapi.json")) {
            if (input == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            return input.readAllBytes();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
