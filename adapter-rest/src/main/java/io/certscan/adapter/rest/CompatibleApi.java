package io.certscan.adapter.rest;

import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.IssueLogIds;
import io.certscan.contract.ContractJson;
import io.certscan.contract.GeneralOcrParameters;
import io.certscan.contract.ErrorResponse;
import io.certscan.contract.GeneralOcrResponse;
import io.certscan.contract.TokenErrorResponse;
import io.certscan.contract.TokenResponse;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import jakarta.inject.Inject;
import org.eclipse.jetty.http.HttpHeader;

import java.time.LocalDate;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The original's two endpoints, answered as the original does: {@code POST
 * /rest/2.0/ocr/v1/general_ocr} and {@code /oauth/2.0/token}. OCR errors come with HTTP 200 and
 * the body {@code {"log_id", "error_code", "error_msg"}}, the documented message word for word.
 */
final class CompatibleApi
{
    static final String GENERAL_OCR_PATH = "/rest/2.0/ocr/v1/general_ocr";
    static final String TOKEN_PATH = "/oauth/2.0/token";
    private static final long MAX_TOKEN_REQUEST_BYTES = 64 * 1024;
    /** A token request is a few hundred bytes: ten seconds is ample, and a slower client is cut. */
    private static final java.time.Duration TOKEN_BODY_TIME = java.time.Duration.ofSeconds(10);
    /** The most of a refused body that is read to answer its client; a longer one closes the connection. */
    static final long DISCARD_CAP = 32L * 1024 * 1024;
    /** The longest a refused body is read for, whatever its size. */
    static final java.time.Duration DISCARD_TIME = java.time.Duration.ofSeconds(10);
    /**
     * The scopes a token answer names: {@code brain_all_scope}, which Baidu's SDKs look for before
     * they use a token at all (without it they sign every request instead), the OCR scopes, and
     * certscan's own.
     */
    static final String SCOPE = "public brain_all_scope brain_ocr_scope vis-ocr_ocr brain_ocr_general_ocr certscan_general_ocr";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();
    /** The access log's word for a request refused unchecked because its address keeps failing. */
    static final String SLOWED_DOWN = "slowed down after repeated failed authentications";

    private final RecognitionFlow flow;
    private final Authentication authentication;
    private final IssueLogIds logIds;
    private final RecognitionFlow.Answers<RecognitionResult> answers = new RecognitionFlow.Answers<>()
    {
        @Override
        public void success(HttpExchange exchange, RecognitionResult result)
        {
            exchange.sendJson(200, ContractJson.generalOcrResponse().toJson(GeneralOcrResponse.from(result)));
        }

        @Override
        public void error(HttpExchange exchange, CertscanException error, LogId logId, boolean bodyUnread)
        {
            answerError(exchange.withError(error.errorCode().code(), logId, error.detail()), error.errorCode(), logId, bodyUnread);
        }
    };

    @Inject
    CompatibleApi(RecognitionFlow flow, Authentication authentication, IssueLogIds logIds)
    {
        this.flow = requireNonNull(flow, "flow is null");
        this.authentication = requireNonNull(authentication, "authentication is null");
        this.logIds = requireNonNull(logIds, "logIds is null");
    }

    void generalOcr(HttpExchange exchange)
    {
        Optional<String> authorization = exchange.header(HttpHeader.AUTHORIZATION);
        if (exchange.queryParameter("access_token").isEmpty() && BceSignatures.isSigned(authorization)) {
            // The SDKs' signing mode: the signature is checked before the request takes a place in
            // the pool; the body, which it covers through its Content-MD5, once it is read.
            Optional<ErrorCode> refused = authentication.checkSignature(authorization.get(), exchange.signedRequest(null), exchange.clientAddress());
            if (refused.isPresent()) {
                LogId logId = logIds.next();
                answerError(exchange.withError(refused.get().code(), logId, refusal(refused.get(), "bce-auth-v1 signature refused")), refused.get(), logId, true);
                return;
            }
            flow.handle(exchange, (ignored, body) -> {
                if (!authentication.signedBodyMatches(exchange.signedRequest(body))) {
                    throw new CertscanException(ErrorCode.IAM_CERTIFICATION_FAILED, "the body is not the one the bce-auth-v1 signature covers (Content-MD5)");
                }
                return command(RequestParameters.parse(body, exchange.contentType()), null);
            }, answers);
            return;
        }
        Optional<ErrorCode> denied = authentication.check(exchange.queryParameter("access_token"), exchange.clientAddress());
        if (denied.isPresent()) {
            LogId logId = logIds.next();
            answerError(exchange.withError(denied.get().code(), logId, refusal(denied.get(), "access token refused")), denied.get(), logId, true);
            return;
        }
        flow.handle(exchange, (ignored, body) -> command(RequestParameters.parse(body, exchange.contentType()), null), answers);
    }

    /** Any other method or path under /rest/: the original's "Unsupported openapi method". */
    void unsupported(HttpExchange exchange)
    {
        LogId logId = logIds.next();
        answerError(exchange.withError(ErrorCode.UNSUPPORTED_OPENAPI_METHOD.code(), logId, exchange.method() + " " + exchange.path()),
                ErrorCode.UNSUPPORTED_OPENAPI_METHOD, logId, true);
    }

    void token(HttpExchange exchange)
    {
        if (!exchange.method().equals("POST")) {
            token(exchange, RequestParameters.NONE);
            return;
        }
        exchange.readBody(MAX_TOKEN_REQUEST_BYTES, TOKEN_BODY_TIME, body -> {
            RequestParameters form;
            try {
                form = RequestParameters.parse(body, exchange.contentType());
            }
            catch (CertscanException unreadable) {
                refuseTokenRequest(exchange);
                return;
            }
            token(exchange, form);
        }, (failure, message) -> refuseTokenRequest(exchange));
    }

    private static void refuseTokenRequest(HttpExchange exchange)
    {
        exchange.sendJson(400, ContractJson.tokenErrorResponse().toJson(
                new TokenErrorResponse("invalid_request", "the request body could not be read as a form")), true);
    }

    private void token(HttpExchange exchange, RequestParameters body)
    {
        Authentication.TokenOutcome outcome = authentication.token(
                parameter(exchange, body, "grant_type"),
                parameter(exchange, body, "client_id"),
                parameter(exchange, body, "client_secret"),
                parameter(exchange, body, "refresh_token"),
                exchange.clientAddress());
        if (outcome instanceof Authentication.TokenOutcome.Granted granted) {
            exchange.setHeader("Cache-Control", "no-store");
            exchange.sendJson(200, ContractJson.tokenResponse().toJson(
                    new TokenResponse(granted.token(), granted.expiresInSeconds(), granted.refreshToken(), SCOPE, sessionValue(), sessionValue())));
        }
        else if (outcome instanceof Authentication.TokenOutcome.Refused refused) {
            exchange.sendJson(refused.status(), ContractJson.tokenErrorResponse().toJson(new TokenErrorResponse(refused.error(), refused.description())));
        }
        else if (outcome instanceof Authentication.TokenOutcome.Throttled throttled) {
            // 429 rather than the cloud's shapes: Baidu's Java SDK reads no body but a 200's and
            // retries only a 500; the Python SDK reads the JSON. Neither then loops on the endpoint.
            exchange.setHeader("Retry-After", Long.toString(retryAfterSeconds(throttled.retryAfter())));
            exchange.sendJson(429, ContractJson.tokenErrorResponse().toJson(
                    new TokenErrorResponse("slow_down", "too many failed attempts from this address; try again later")));
        }
    }

    /** Whole seconds, rounded up: a client that waits as told is let in. */
    static long retryAfterSeconds(java.time.Duration wait)
    {
        return Math.max(1, wait.plusNanos(999_999_999).toSeconds());
    }

    /** What the access log says of a refused request: which check, or that its address is slowed down. */
    private static String refusal(ErrorCode code, String check)
    {
        return code == ErrorCode.QPS_LIMIT_REACHED ? SLOWED_DOWN : check;
    }

    /**
     * The session fields of the cloud's answer, for its shape: random, tied to nothing, and
     * accepted nowhere (nothing is signed with them).
     */
    private static String sessionValue()
    {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        return java.util.HexFormat.of().formatHex(random);
    }

    private static Optional<String> parameter(HttpExchange exchange, RequestParameters body, String name)
    {
        return exchange.queryParameter(name).or(() -> body.field(name)).filter(value -> !value.isBlank());
    }

    /** @param asOf the evaluation date, or null for today */
    static RecognizeCommand command(RequestParameters parameters, LocalDate asOf)
    {
        return new RecognizeCommand(GeneralOcrParameters.source(parameters), asOf);
    }

    /**
     * Every error of the compatible endpoint is HTTP 200 with the error JSON, as the cloud answers
     * (the SDKs read no other status). A body left unread (too large, the pool full, no token) is
     * read and dropped first, within {@link #DISCARD_CAP} and {@link #DISCARD_TIME} (and the
     * server's minimum data rate), so that clients that send it whole before reading get the
     * answer; a longer or slower one closes the connection after it.
     */
    /** An error answered at once, its body unread: the connection closes after it. */
    static void answer(HttpExchange exchange, ErrorCode code, LogId logId)
    {
        exchange.sendJson(200, ContractJson.errorResponse().toJson(ErrorResponse.of(logId, code)), true);
    }

    private static void answerError(HttpExchange exchange, ErrorCode code, LogId logId, boolean bodyUnread)
    {
        String answer = ContractJson.errorResponse().toJson(ErrorResponse.of(logId, code));
        if (!bodyUnread) {
            exchange.sendJson(200, answer, false);
            return;
        }
        exchange.discardBody(DISCARD_CAP, DISCARD_TIME, readToItsEnd -> exchange.sendJson(200, answer, !readToItsEnd));
    }
}
