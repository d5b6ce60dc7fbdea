package io.certscan.adapter.baidu;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.port.out.RecognizedPage;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** The Baidu engine against a local MockWebServer speaking the cloud's protocol: what it sends, and what it makes of every answer. */
class BaiduCertificateRecognitionTest
{
    private static final String API_KEY = "test-api-key";
    private static final String SECRET_KEY = "test-secret-key-never-printed";
    private static final byte[] PICTURE = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3, 4, 5};

    private MockWebServer cloud;

    @BeforeEach
    void start()
            throws IOException
    {
        cloud = new MockWebServer();
        cloud.start();
    }

    @AfterEach
    void stop()
            throws IOException
    {
        cloud.shutdown();
    }

    private BaiduCertificateRecognition engine(Duration retryBudget, Duration readTimeout)
    {
        BaiduConfig config = new BaiduConfig(cloud.url("/").toString(), API_KEY, SECRET_KEY, Duration.ofSeconds(2), readTimeout, Duration.ofSeconds(10), retryBudget, 1000);
        BaiduApi api = BaiduModule.api(BaiduModule.client(config), config);
        return new BaiduCertificateRecognition(api, new BaiduTokens(api, API_KEY, SECRET_KEY, Clock.systemUTC()), new RequestPacer(config.qps(), RequestPacer.Ticker.SYSTEM),
                RequestPacer.Ticker.SYSTEM, retryBudget, new BaiduCertificateRecognition.Backoff(Duration.ofMillis(5), Duration.ofMillis(20)));
    }

    private BaiduCertificateRecognition engine()
    {
        return engine(Duration.ofSeconds(2), Duration.ofSeconds(5));
    }

    @Test
    void theDocumentationsSuccessExampleEndToEnd()
            throws Exception
    {
        cloud.enqueue(token("24.first-token", 2592000));
        cloud.enqueue(json(documentedExample()));

        RecognizedPage page = engine().recognize(new DocumentSource.Image(PICTURE));

        assertThat(page.certificates()).hasSize(2);
        Certificate first = page.certificates().get(0);
        assertThat(first.index()).isZero();
        assertThat(first.title()).contains("低压电工证");
        assertThat(first.fields()).extracting(ExtractedField::name).startsWith("证号", "姓名", "性别");
        assertThat(first.field("证号")).hasValueSatisfying(field -> assertThat(field.words()).containsExactly("T3204811998063035170"));
        assertThat(page.certificates().get(1).index()).isEqualTo(1);
        assertThat(page.pageCount()).isEmpty();

        RecordedRequest tokenRequest = cloud.takeRequest();
        assertThat(tokenRequest.getMethod()).isEqualTo("POST");
        assertThat(tokenRequest.getPath()).isEqualTo("/oauth/2.0/token");
        assertThat(tokenRequest.getBody().readUtf8()).isEqualTo("grant_type=client_credentials&client_id=" + API_KEY + "&client_secret=" + SECRET_KEY);
        RecordedRequest ocr = cloud.takeRequest();
        assertThat(ocr.getMethod()).isEqualTo("POST");
        assertThat(ocr.getPath()).isEqualTo("/rest/2.0/ocr/v1/general_ocr?access_token=24.first-token");
        assertThat(ocr.getHeader("Content-Type")).startsWith("application/x-www-form-urlencoded");
        assertThat(form(ocr)).containsExactly("image=" + Base64.getEncoder().encodeToString(PICTURE));
    }

    @Test
    void eachSourceGoesAsItsOwnParametersAndPdfsBringTheirPageCount()
            throws Exception
    {
        cloud.enqueue(token("24.t", 2592000));
        String oneCard = "{\"log_id\": 1, \"results\": {\"0\": {\"标题\": [{\"words\": [\"营业执照\"]}], \"名称\": [{\"words\": [\"某某有限公司\"]}]}}}";
        cloud.enqueue(json(oneCard));
        cloud.enqueue(json("{\"log_id\": 2, \"pdf_file_size\": \"3\", \"results\": {\"0\": {\"名称\": [{\"words\": [\"甲\"]}, {\"words\": [\"乙\", \"丙\"]}]}}}"));
        cloud.enqueue(json(oneCard));
        BaiduCertificateRecognition engine = engine();

        engine.recognize(new DocumentSource.RemoteUrl("https://example.com/licence.jpg?x=1&y=2"));
        RecognizedPage pdf = engine.recognize(new DocumentSource.Pdf(new byte[] {'%', 'P', 'D', 'F'}, 2));
        engine.recognize(new DocumentSource.Ofd(new byte[] {'P', 'K', 3, 4}, 4));

        cloud.takeRequest();
        assertThat(form(cloud.takeRequest())).containsExactly("url=https://example.com/licence.jpg?x=1&y=2");
        assertThat(form(cloud.takeRequest())).containsExactly("pdf_file=JVBERg==", "pdf_file_num=2");
        assertThat(form(cloud.takeRequest())).containsExactly("ofd_file=UEsDBA==", "ofd_file_num=4");
        assertThat(pdf.pageCount()).hasValue(3);
        // Keys as returned, every value of a key kept.
        assertThat(pdf.certificates().get(0).fields()).extracting(ExtractedField::value).containsExactly("甲", "乙丙");
        assertThat(cloud.getRequestCount()).isEqualTo(4);
    }

    @Test
    void errorsOfTheRequestAndQuotaErrorsAreNotRetried()
    {
        cloud.enqueue(token("24.t", 2592000));
        cloud.enqueue(error(216201, "image format error"));
        cloud.enqueue(error(17, "Open api daily request limit reached"));
        cloud.enqueue(error(19, "Open api total request limit reached"));
        cloud.enqueue(error(999999, "something new"));
        BaiduCertificateRecognition engine = engine();

        assertCode(() -> engine.recognize(new DocumentSource.Image(PICTURE)), ErrorCode.IMAGE_FORMAT_ERROR, "answered error 216201 (image format error)");
        assertCode(() -> engine.recognize(new DocumentSource.Image(PICTURE)), ErrorCode.DAILY_LIMIT_REACHED, "17");
        assertCode(() -> engine.recognize(new DocumentSource.Image(PICTURE)), ErrorCode.TOTAL_LIMIT_REACHED, "19");
        assertCode(() -> engine.recognize(new DocumentSource.Image(PICTURE)), ErrorCode.INTERNAL_ERROR, "999999 (something new), which general_ocr does not document");
        assertThat(cloud.getRequestCount()).isEqualTo(5);
    }

    @Test
    void anExpiredTokenIsReplacedOnceAndTheCallMadeAgain()
            throws InterruptedException
    {
        cloud.enqueue(token("24.old", 2592000));
        cloud.enqueue(error(111, "Access token expired"));
        cloud.enqueue(token("24.new", 2592000));
        cloud.enqueue(json(documentedExample()));

        assertThat(engine().recognize(new DocumentSource.Image(PICTURE)).certificates()).hasSize(2);

        assertThat(paths(4)).containsExactly("/oauth/2.0/token", "/rest/2.0/ocr/v1/general_ocr?access_token=24.old",
                "/oauth/2.0/token", "/rest/2.0/ocr/v1/general_ocr?access_token=24.new");
    }

    @Test
    void aTokenRefusedAgainAfterTheReplacementFails()
    {
        cloud.enqueue(token("24.a", 2592000));
        cloud.enqueue(error(110, "Access token invalid or no longer valid"));
        cloud.enqueue(token("24.b", 2592000));
        cloud.enqueue(error(110, "Access token invalid or no longer valid"));

        assertCode(() -> engine().recognize(new DocumentSource.Image(PICTURE)), ErrorCode.ACCESS_TOKEN_INVALID, "110");
        assertThat(cloud.getRequestCount()).isEqualTo(4);
    }

    @ParameterizedTest
    @ValueSource(ints = {18, 1, 2, 4, 282000})
    void temporaryErrorsAreRetried(int code)
    {
        cloud.enqueue(token("24.t", 2592000));
        cloud.enqueue(error(code, "busy"));
        cloud.enqueue(error(code, "busy"));
        cloud.enqueue(json(documentedExample()));

        assertThat(engine().recognize(new DocumentSource.Image(PICTURE)).certificates()).hasSize(2);
        assertThat(cloud.getRequestCount()).isEqualTo(4);
    }

    @Test
    void theCodesRetriedAreThoseTheErrorTableCallsTemporary()
    {
        assertThat(Arrays.stream(ErrorCode.values()).filter(code -> BaiduCertificateRecognition.temporary(code.code())))
                .allSatisfy(code -> assertThat(code.kind()).isEqualTo(ErrorCode.Kind.TEMPORARY))
                .extracting(ErrorCode::code).containsExactlyInAnyOrder(1, 2, 4, 18, 282000);
        assertThat(BaiduCertificateRecognition.temporary(999999)).isFalse();
    }

    @Test
    void retriesStopWhenTheBudgetIsSpent()
    {
        cloud.enqueue(token("24.t", 2592000));
        for (int i = 0; i < 50; i++) {
            cloud.enqueue(error(18, "Open api qps request limit reached"));
        }

        // A budget of 200 ms with back-off from 5 ms: at least one retry even on a busy machine, far fewer than the 50 answers queued.
        assertCode(() -> engine(Duration.ofMillis(200), Duration.ofSeconds(5)).recognize(new DocumentSource.Image(PICTURE)), ErrorCode.QPS_LIMIT_REACHED, "18");
        assertThat(cloud.getRequestCount()).isBetween(3, 45);
    }

    @Test
    void serverErrorsAndDroppedConnectionsAreRetriedThenReportedWithTheirCause()
    {
        cloud.enqueue(token("24.t", 2592000));
        cloud.enqueue(new MockResponse().setResponseCode(500).setBody("oops"));
        cloud.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        cloud.enqueue(json(documentedExample()));
        BaiduCertificateRecognition engine = engine(Duration.ofMillis(200), Duration.ofSeconds(5));
        assertThat(engine.recognize(new DocumentSource.Image(PICTURE)).certificates()).hasSize(2);

        for (int i = 0; i < 50; i++) {
            cloud.enqueue(new MockResponse().setResponseCode(503));
        }
        assertCode(() -> engine.recognize(new DocumentSource.Image(PICTURE)), ErrorCode.INTERNAL_ERROR, "HTTP 503");
    }

    @Test
    void aTokenEndpointThatIsDownForAMomentIsRetried()
            throws InterruptedException
    {
        cloud.enqueue(new MockResponse().setResponseCode(502).setBody("<html>bad gateway</html>"));
        cloud.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        cloud.enqueue(token("24.t", 2592000));
        cloud.enqueue(json(documentedExample()));

        assertThat(engine().recognize(new DocumentSource.Image(PICTURE)).certificates()).hasSize(2);
        assertThat(paths(4)).containsExactly("/oauth/2.0/token", "/oauth/2.0/token", "/oauth/2.0/token", "/rest/2.0/ocr/v1/general_ocr?access_token=24.t");
    }

    @Test
    void aConnectionDroppedEveryTimeIsAnInternalErrorWithItsCause()
    {
        cloud.enqueue(token("24.t", 2592000));
        for (int i = 0; i < 50; i++) {
            cloud.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        }

        assertThatThrownBy(() -> engine(Duration.ofMillis(40), Duration.ofSeconds(5)).recognize(new DocumentSource.Image(PICTURE)))
                .asInstanceOf(type(CertscanException.class))
                .satisfies(failure -> {
                    assertThat(failure.errorCode()).isEqualTo(ErrorCode.INTERNAL_ERROR);
                    assertThat(failure.detail()).contains("connection to the baidu engine failed");
                    assertThat(failure.getCause()).isInstanceOf(IOException.class);
                });
    }

    @Test
    void anAnswerSlowerThanTheReadTimeoutIsAnInternalError()
    {
        cloud.enqueue(token("24.t", 2592000));
        cloud.enqueue(json(documentedExample()).setHeadersDelay(2, TimeUnit.SECONDS));

        assertCode(() -> engine(Duration.ZERO, Duration.ofMillis(300)).recognize(new DocumentSource.Image(PICTURE)), ErrorCode.INTERNAL_ERROR, "did not answer in time");
    }

    @Test
    void bodiesThatAreNoJsonOrNoResultAreInternalErrorsAndNotRetried()
    {
        cloud.enqueue(token("24.t", 2592000));
        cloud.enqueue(new MockResponse().setBody("<html><body>502 Bad Gateway</body></html>"));
        cloud.enqueue(json("{\"log_id\": 1, \"resu"));
        cloud.enqueue(json("[1, 2, 3]"));
        cloud.enqueue(new MockResponse().setResponseCode(404).setBody("not here"));
        BaiduCertificateRecognition engine = engine();

        assertCode(() -> engine.recognize(new DocumentSource.Image(PICTURE)), ErrorCode.INTERNAL_ERROR, "not JSON");
        assertCode(() -> engine.recognize(new DocumentSource.Image(PICTURE)), ErrorCode.INTERNAL_ERROR, "not JSON");
        assertCode(() -> engine.recognize(new DocumentSource.Image(PICTURE)), ErrorCode.INTERNAL_ERROR, "not an object");
        assertCode(() -> engine.recognize(new DocumentSource.Image(PICTURE)), ErrorCode.INTERNAL_ERROR, "HTTP 404");
        assertThat(cloud.getRequestCount()).isEqualTo(5);
    }

    @Test
    void concurrentCallsShareOneTokenFetch()
            throws Exception
    {
        cloud.enqueue(token("24.shared", 2592000).setBodyDelay(300, TimeUnit.MILLISECONDS));
        for (int i = 0; i < 8; i++) {
            cloud.enqueue(json(documentedExample()));
        }
        BaiduCertificateRecognition engine = engine();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<RecognizedPage>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> engine.recognize(new DocumentSource.Image(PICTURE)));
            }
            for (Future<RecognizedPage> page : pool.invokeAll(calls)) {
                assertThat(page.get().certificates()).hasSize(2);
            }
        }
        finally {
            pool.shutdownNow();
        }

        List<String> paths = paths(9);
        assertThat(paths).filteredOn(path -> path.startsWith("/oauth")).hasSize(1);
        assertThat(paths).filteredOn(path -> path.endsWith("access_token=24.shared")).hasSize(8);
    }

    @Test
    void aRefusedKeyPairIsAClearConfigurationErrorWithoutTheSecret()
    {
        cloud.enqueue(new MockResponse().setResponseCode(401).setHeader("Content-Type", "application/json")
                .setBody("{\"error\": \"invalid_client\", \"error_description\": \"unknown client id\"}"));
        cloud.enqueue(new MockResponse().setResponseCode(401).setBody("{\"error\": \"invalid_client\", \"error_description\": \"Client authentication failed\"}"));
        BaiduCertificateRecognition engine = engine();

        assertThatThrownBy(() -> engine.recognize(new DocumentSource.Image(PICTURE)))
                .asInstanceOf(type(CertscanException.class))
                .satisfies(failure -> {
                    assertThat(failure.errorCode()).isEqualTo(ErrorCode.INTERNAL_ERROR);
                    assertThat(failure.detail()).isEqualTo("the baidu engine's key pair was refused (invalid_client: unknown client id); "
                            + "check baidu.api-key (BAIDU_API_KEY) and baidu.secret-key (BAIDU_SECRET_KEY)");
                    assertThat(failure.getMessage()).doesNotContain(SECRET_KEY);
                });
        assertCode(() -> engine.recognize(new DocumentSource.Image(PICTURE)), ErrorCode.INTERNAL_ERROR, "Client authentication failed");
        // No OCR call without a token.
        assertThat(cloud.getRequestCount()).isEqualTo(2);
    }

    private List<String> paths(int count)
            throws InterruptedException
    {
        List<String> paths = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            paths.add(cloud.takeRequest(5, TimeUnit.SECONDS).getPath());
        }
        return paths;
    }

    private static List<String> form(RecordedRequest request)
    {
        return List.of(request.getBody().readUtf8().split("&")).stream().map(pair -> URLDecoder.decode(pair, StandardCharsets.UTF_8)).toList();
    }

    static MockResponse token(String token, long expiresIn)
    {
        return json("{\"refresh_token\": \"25.r\", \"expires_in\": " + expiresIn + ", \"session_key\": \"s\", \"access_token\": \"" + token
                + "\", \"scope\": \"public vis-ocr_ocr\", \"session_secret\": \"x\"}");
    }

    static MockResponse error(int code, String message)
    {
        return json("{\"log_id\": 3512376612287917056, \"error_code\": " + code + ", \"error_msg\": \"" + message + "\"}");
    }

    static MockResponse json(String body)
    {
        return new MockResponse().setHeader("Content-Type", "application/json;charset=utf-8").setBody(body);
    }

    static String documentedExample()
    {
        try {
            return Files.readString(Path.of("..", "contract", "src", "test", "resources", "general_ocr_success_example.json"), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertCode(Executable call, ErrorCode code, String detail)
    {
        assertThatThrownBy(call::execute)
                .isExactlyInstanceOf(CertscanException.class)
                .asInstanceOf(type(CertscanException.class))
                .satisfies(failure -> {
                    assertThat(failure.errorCode()).isEqualTo(code);
                    assertThat(failure.detail()).contains(detail);
                });
    }
}
