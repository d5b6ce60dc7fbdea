package io.certscan.adapter.rest;

import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RenderDocument;
import io.certscan.application.port.in.IssueLogIds;
import io.certscan.application.document.DocumentKind;
import io.certscan.application.document.DocumentSource;
import io.certscan.contract.ContractJson;
import io.certscan.contract.GeneralOcrParameters;
import io.certscan.contract.ProblemResponse;
import io.certscan.contract.RecognizeRequest;
import io.certscan.contract.RichResponse;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import org.eclipse.jetty.http.HttpHeader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code POST /v1/recognize}: the rich result (per card: title, fields with confidence, box and
 * normalised value, findings) for a multipart upload ({@code file}, optional {@code page} and
 * {@code as_of}), a JSON body or a form with general_ocr's parameters. Errors are problem details
 * with an HTTP status that says what kind of error it is.
 */
final class RichApi
{
    static final String RECOGNIZE_PATH = "/v1/recognize";
    static final String PAGE_PATH = "/v1/page";

    private final RecognitionFlow flow;
    private final Authentication authentication;
    private final IssueLogIds logIds;
    private final RecognitionFlow.Answers<RecognitionResult> answers = new RecognitionFlow.Answers<>()
    {
        @Override
        public void success(HttpExchange exchange, RecognitionResult result)
        {
            exchange.sendJson(200, ContractJson.richResponse().toJson(RichResponse.from(result)));
        }

        @Override
        public void error(HttpExchange exchange, CertscanException error, LogId logId, boolean bodyUnread)
        {
            int status = status(error.errorCode(), bodyUnread);
            if (error.errorCode() == ErrorCode.QPS_LIMIT_REACHED) {
                exchange.setHeader("Retry-After", "1");
            }
            problem(exchange.withError(error.errorCode().code(), logId, error.detail()), status, error.errorCode(), error.detail(), logId, bodyUnread);
        }
    };

    private final Optional<RenderDocument> renderer;
    private final RecognitionFlow.Answers<PagePictures.Encoded> pictures = new RecognitionFlow.Answers<>()
    {
        @Override
        public void success(HttpExchange exchange, PagePictures.Encoded picture)
        {
            exchange.send(200, picture.mediaType(), picture.bytes(), false);
        }

        @Override
        public void error(HttpExchange exchange, CertscanException error, LogId logId, boolean bodyUnread)
        {
            answers.error(exchange, error, logId, bodyUnread);
        }
    };

    RichApi(RecognitionFlow flow, Authentication authentication, IssueLogIds logIds, Optional<RenderDocument> renderer)
    {
        this.flow = requireNonNull(flow, "flow is null");
        this.authentication = requireNonNull(authentication, "authentication is null");
        this.logIds = requireNonNull(logIds, "logIds is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
    }

    void recognize(HttpExchange exchange)
    {
        if (authenticated(exchange)) {
            flow.handle(exchange, RichApi::command, answers);
        }
    }

    /**
     * {@code POST /v1/page}: the page a request names, turned by {@code ?rotation=} as its
     * recognition read it, so in the coordinates of its boxes, and no larger than {@code ?max_side=}
     * (the console draws on it); a photo as JPEG, a PDF or OFD page as PNG.
     */
    void page(HttpExchange exchange)
    {
        if (!authenticated(exchange)) {
            return;
        }
        if (renderer.isEmpty()) {
            LogId logId = logIds.next();
            problem(exchange.withError(ErrorCode.SERVICE_NOT_SUPPORT.code(), logId, "no renderer"), 400, ErrorCode.SERVICE_NOT_SUPPORT,
                    "this server draws no pages", logId, true);
            return;
        }
        PagePictures view;
        try {
            view = PagePictures.of(exchange.queryParameter(PagePictures.ROTATION), exchange.queryParameter(PagePictures.MAX_SIDE));
        }
        catch (CertscanException refused) {
            LogId logId = logIds.next();
            problem(exchange.withError(refused.errorCode().code(), logId, refused.detail()), 400, refused.errorCode(), refused.detail(), logId, true);
            return;
        }
        RenderDocument drawing = renderer.get();
        flow.handle(exchange, RichApi::command, command -> view.page(drawing, command), pictures);
    }

    private boolean authenticated(HttpExchange exchange)
    {
        Optional<String> token = exchange.queryParameter("access_token")
                .or(() -> exchange.header(HttpHeader.AUTHORIZATION)
                        .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
                        .map(value -> value.substring(7).strip()));
        Optional<ErrorCode> denied = authentication.check(token, exchange.clientAddress());
        if (denied.isPresent() && denied.get() == ErrorCode.QPS_LIMIT_REACHED) {
            LogId logId = logIds.next();
            exchange.setHeader("Retry-After", Long.toString(CompatibleApi.retryAfterSeconds(FailureThrottle.REFILL)));
            problem(exchange.withError(denied.get().code(), logId, CompatibleApi.SLOWED_DOWN), 429, denied.get(),
                    "too many failed attempts from this address; try again later", logId, true);
            return false;
        }
        if (denied.isPresent()) {
            LogId logId = logIds.next();
            exchange.setHeader("WWW-Authenticate", "Bearer");
            problem(exchange.withError(denied.get().code(), logId, "access token refused"), 401, denied.get(),
                    "a valid access token from /oauth/2.0/token is required, as access_token=… or Authorization: Bearer …", logId, true);
            return false;
        }
        return true;
    }

    static RecognizeCommand command(HttpExchange exchange, byte[] body)
    {
        String mimeType = RequestParameters.mimeType(exchange.contentType());
        if (mimeType.equals("application/json")) {
            RecognizeRequest request = json(body);
            Map<String, String> fields = new HashMap<>();
            putIfPresent(fields, GeneralOcrParameters.IMAGE, request.image());
            putIfPresent(fields, GeneralOcrParameters.URL, request.url());
            putIfPresent(fields, GeneralOcrParameters.PDF_FILE, request.pdfFile());
            putIfPresent(fields, GeneralOcrParameters.PDF_FILE_NUM, request.pdfFileNum());
            putIfPresent(fields, GeneralOcrParameters.OFD_FILE, request.ofdFile());
            putIfPresent(fields, GeneralOcrParameters.OFD_FILE_NUM, request.ofdFileNum());
            return new RecognizeCommand(GeneralOcrParameters.source(name -> Optional.ofNullable(fields.get(name))),
                    asOf(Optional.ofNullable(request.asOf()).or(() -> exchange.queryParameter("as_of"))));
        }
        RequestParameters parameters = RequestParameters.parse(body, exchange.contentType());
        LocalDate asOf = asOf(parameters.field("as_of").or(() -> exchange.queryParameter("as_of")));
        Optional<byte[]> file = parameters.file("file");
        if (file.isEmpty()) {
            return CompatibleApi.command(parameters, asOf);
        }
        // One uploaded file: the general_ocr parameter its bytes call for, its page from "page".
        Optional<String> page = parameters.field("page");
        DocumentKind kind = DocumentSource.ofFile(file.get(), null, 1).kind();
        String parameter = kind == DocumentKind.PDF ? GeneralOcrParameters.PDF_FILE : kind == DocumentKind.OFD ? GeneralOcrParameters.OFD_FILE : GeneralOcrParameters.IMAGE;
        String pageParameter = kind == DocumentKind.PDF ? GeneralOcrParameters.PDF_FILE_NUM : GeneralOcrParameters.OFD_FILE_NUM;
        return new RecognizeCommand(GeneralOcrParameters.source(new GeneralOcrParameters.Form()
        {
            @Override
            public Optional<String> field(String name)
            {
                return name.equals(pageParameter) ? page : Optional.empty();
            }

            @Override
            public Optional<byte[]> file(String name)
            {
                return name.equals(parameter) ? file : Optional.empty();
            }
        }), asOf);
    }

    private static void putIfPresent(Map<String, String> fields, String name, String value)
    {
        if (value != null) {
            fields.put(name, value);
        }
    }

    private static RecognizeRequest json(byte[] body)
    {
        try {
            RecognizeRequest request = ContractJson.recognizeRequest().fromJson(new String(body, StandardCharsets.UTF_8));
            if (request == null) {
                throw new CertscanException(ErrorCode.NOT_ENOUGH_PARAM, "the JSON body is null");
            }
            return request;
        }
        catch (JsonDataException | JsonEncodingException malformed) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "the JSON body is malformed: " + malformed.getMessage());
        }
        catch (IOException e) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "the JSON body cannot be read: " + e.getMessage());
        }
    }

    private static LocalDate asOf(Optional<String> text)
    {
        if (text.isEmpty() || text.get().isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.get().strip());
        }
        catch (DateTimeParseException e) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "as_of must be an ISO date such as 2026-05-01");
        }
    }

    /** The HTTP status of an error: what kind of failure it is, for clients that look only at that. */
    static int status(ErrorCode code, boolean bodyUnread)
    {
        if (code == ErrorCode.IMAGE_SIZE_ERROR && bodyUnread) {
            return 413;
        }
        if (code == ErrorCode.QPS_LIMIT_REACHED) {
            return 429;
        }
        if (code == ErrorCode.INTERNAL_ERROR) {
            return 500;
        }
        return switch (code.kind()) {
            case CLIENT -> 400;
            case AUTHENTICATION -> 401;
            case QUOTA -> 429;
            case TEMPORARY -> 503;
            case SERVER -> 422;
        };
    }

    static void problem(HttpExchange exchange, int status, ErrorCode code, String detail, LogId logId, boolean bodyUnread)
    {
        String json = ContractJson.problemResponse().toJson(ProblemResponse.of(status, code, detail, logId));
        exchange.sendProblem(status, json, bodyUnread);
    }
}
