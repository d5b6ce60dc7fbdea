package io.certscan.adapter.baidu;

import com.squareup.moshi.JsonDataException;
import io.certscan.application.document.DocumentSource;
import io.certscan.application.port.out.RecognizeCertificates;
import io.certscan.application.port.out.RecognizedPage;
import io.certscan.contract.ContractJson;
import io.certscan.contract.GeneralOcrParameters;
import io.certscan.contract.GeneralOcrResponse;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import jakarta.inject.Inject;
import okhttp3.ResponseBody;
import retrofit2.Response;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import static java.util.Objects.requireNonNull;

/**
 * Baidu AI Cloud's general_ocr as the engine: the source the command resolved goes to the cloud as
 * is (image, url, pdf_file + pdf_file_num or ofd_file + ofd_file_num), and the cards it answers come
 * back as domain certificates, keys as returned, every value of a key kept, for the same rules as
 * the embedded engine. An invalid or expired token is replaced once and the call made again;
 * temporary errors (those the error table calls temporary: the QPS limit, 1, 2, 4 and 282000; HTTP
 * 5xx, a dropped connection) are retried with
 * exponential back-off and jitter within the retry budget; quota errors (17, 19) and the request's
 * own errors are not.
 */
final class BaiduCertificateRecognition
        implements RecognizeCertificates
{
    private static final Set<Integer> TOKEN_ERRORS = Set.of(ErrorCode.ACCESS_TOKEN_INVALID.code(), ErrorCode.ACCESS_TOKEN_EXPIRED.code());

    /** Waits between retries: the first about {@code first}, doubling, at most {@code longest}, each with jitter. */
    record Backoff(Duration first, Duration longest)
    {
        static final Backoff DEFAULT = new Backoff(Duration.ofMillis(500), Duration.ofSeconds(8));

        long nanos(int retry)
        {
            long base = first.toNanos() << Math.min(retry, 20);
            long capped = Math.min(base, longest.toNanos());
            // Full jitter on the upper half: clients that failed together do not retry together.
            return capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1);
        }
    }

    private final BaiduApi api;
    private final BaiduTokens tokens;
    private final RequestPacer pacer;
    private final RequestPacer.Ticker ticker;
    private final Duration retryBudget;
    private final Backoff backoff;

    @Inject
    BaiduCertificateRecognition(BaiduApi api, BaiduConfig config)
    {
        this(api, new BaiduTokens(api, config.apiKey(), config.secretKey(), Clock.systemUTC()), new RequestPacer(config.qps(), RequestPacer.Ticker.SYSTEM),
                RequestPacer.Ticker.SYSTEM, config.retryBudget(), Backoff.DEFAULT);
    }

    BaiduCertificateRecognition(BaiduApi api, BaiduTokens tokens, RequestPacer pacer, RequestPacer.Ticker ticker, Duration retryBudget, Backoff backoff)
    {
        this.api = requireNonNull(api, "api is null");
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.pacer = requireNonNull(pacer, "pacer is null");
        this.ticker = requireNonNull(ticker, "ticker is null");
        this.retryBudget = requireNonNull(retryBudget, "retryBudget is null");
        this.backoff = requireNonNull(backoff, "backoff is null");
    }

    @Override
    public RecognizedPage recognize(DocumentSource source)
    {
        Map<String, String> parameters = GeneralOcrParameters.fields(source);
        long deadline = ticker.nanoTime() + retryBudget.toNanos();
        boolean tokenReplaced = false;
        for (int retry = 0; ; retry++) {
            String token = null;
            Attempt attempt;
            try {
                token = tokens.get();
                attempt = call(token, parameters);
            }
            catch (BaiduTokens.Unavailable unavailable) {
                attempt = Attempt.failed(unavailable.failure(), unavailable.temporary());
            }
            if (attempt.page() != null) {
                return attempt.page();
            }
            CertscanException failure = attempt.failure();
            if (attempt.tokenRefused() && !tokenReplaced) {
                tokens.invalidate(token);
                tokenReplaced = true;
                retry--;
                continue;
            }
            if (!attempt.temporary()) {
                throw failure;
            }
            long wait = backoff.nanos(retry);
            if (ticker.nanoTime() + wait - deadline > 0) {
                throw failure;
            }
            try {
                ticker.sleepNanos(wait);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    /** One call's outcome: a page, or a failure that may be worth retrying. */
    private record Attempt(RecognizedPage page, CertscanException failure, boolean temporary, boolean tokenRefused)
    {
        static Attempt success(RecognizedPage page)
        {
            return new Attempt(page, null, false, false);
        }

        static Attempt failed(CertscanException failure, boolean temporary)
        {
            return new Attempt(null, failure, temporary, false);
        }

        static Attempt tokenRefused(CertscanException failure)
        {
            return new Attempt(null, failure, false, true);
        }
    }

    private Attempt call(String token, Map<String, String> parameters)
    {
        try {
            pacer.acquire();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CertscanException(ErrorCode.INTERNAL_ERROR, "interrupted while waiting for the baidu engine's rate limit");
        }
        Response<ResponseBody> response;
        String body;
        try {
            response = api.generalOcr(token, parameters).execute();
            try (ResponseBody raw = response.isSuccessful() ? response.body() : response.errorBody()) {
                body = raw == null ? "" : raw.string();
            }
        }
        catch (InterruptedIOException slow) {
            return Attempt.failed(new CertscanException(ErrorCode.INTERNAL_ERROR, "the baidu engine did not answer in time (" + BaiduTokens.describe(slow) + ")", slow), true);
        }
        catch (IOException dropped) {
            return Attempt.failed(new CertscanException(ErrorCode.INTERNAL_ERROR, "the connection to the baidu engine failed (" + BaiduTokens.describe(dropped) + ")", dropped), true);
        }
        if (response.code() >= 500) {
            return Attempt.failed(new CertscanException(ErrorCode.INTERNAL_ERROR, "the baidu engine answered HTTP " + response.code()), true);
        }
        if (!response.isSuccessful()) {
            return Attempt.failed(new CertscanException(ErrorCode.INTERNAL_ERROR, "the baidu engine answered HTTP " + response.code()
                    + " at " + response.raw().request().url().newBuilder().query(null).build() + "; is baidu.base-url right?"), false);
        }
        Map<?, ?> answer;
        try {
            answer = BaiduAnswers.object(body, "the baidu engine");
        }
        catch (CertscanException notJson) {
            return Attempt.failed(notJson, false);
        }
        java.util.Optional<BaiduAnswers.CloudError> error = BaiduAnswers.error(answer);
        if (error.isPresent()) {
            CertscanException failure = error.get().exception();
            if (TOKEN_ERRORS.contains(error.get().code())) {
                return Attempt.tokenRefused(failure);
            }
            return Attempt.failed(failure, temporary(error.get().code()));
        }
        GeneralOcrResponse result;
        try {
            result = ContractJson.generalOcrResponse().fromJson(body);
        }
        catch (IOException | JsonDataException | IllegalArgumentException | NullPointerException malformed) {
            return Attempt.failed(new CertscanException(ErrorCode.INTERNAL_ERROR, "the baidu engine's answer is not a general_ocr result", malformed), false);
        }
        if (result == null) {
            return Attempt.failed(new CertscanException(ErrorCode.INTERNAL_ERROR, "the baidu engine's answer is empty"), false);
        }
        OptionalInt pages = result.pdfFileSize().flatMap(BaiduCertificateRecognition::number).map(OptionalInt::of).orElse(OptionalInt.empty());
        return Attempt.success(new RecognizedPage(result.certificates(), pages));
    }

    /**
     * Whether the cloud's code says "busy or failed for now", so that the same call may succeed in
     * a moment: the codes the error table calls {@link ErrorCode.Kind#TEMPORARY}. A code the table
     * does not document is not guessed at, though it is reported as an internal error.
     */
    static boolean temporary(int code)
    {
        return ErrorCode.fromCode(code).filter(known -> known.kind() == ErrorCode.Kind.TEMPORARY).isPresent();
    }

    private static java.util.Optional<Integer> number(String text)
    {
        try {
            return java.util.Optional.of(Integer.parseInt(text.strip()));
        }
        catch (NumberFormatException e) {
            return java.util.Optional.empty();
        }
    }
}
