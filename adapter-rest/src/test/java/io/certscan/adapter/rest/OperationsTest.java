package io.certscan.adapter.rest;

import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import static io.certscan.adapter.rest.TestingServer.GENERAL_OCR;
import static io.certscan.adapter.rest.TestingServer.IMAGE_FORM;
import static io.certscan.adapter.rest.CompatibleApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OperationsTest
        extends ServerTest
{


    @Test
    void fullPoolAnswersQpsLimitAtOnceAndRecoversWhenWorkersFree()
            throws Exception
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withPool(1, 1));
        CountDownLatch release = server.recognizer.holdRecognitions();
        CompletableFuture<HttpResponse<String>> running = CompletableFuture.supplyAsync(() -> server.postForm(GENERAL_OCR, IMAGE_FORM));
        assertThat(server.recognizer.started.await(10, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<HttpResponse<String>> queued = CompletableFuture.supplyAsync(() -> server.postForm(GENERAL_OCR, IMAGE_FORM));
        awaitMetric("certscan_queue_depth 1");

        assertError(server.postForm(GENERAL_OCR, IMAGE_FORM), 18, "Open api qps request limit reached");
        HttpResponse<String> rich = server.post("/v1/recognize", "application/json", "{\"image\":\"AAAA\"}".getBytes(StandardCharsets.UTF_8));
        RichApiTest.assertProblem(rich, 429, 18);
        assertThat(rich.headers().firstValue("Retry-After")).contains("1");

        release.countDown();
        assertThat(running.get(10, TimeUnit.SECONDS).body()).contains("\"results\"");
        assertThat(queued.get(10, TimeUnit.SECONDS).body()).contains("\"results\"");
        assertThat(server.postForm(GENERAL_OCR, IMAGE_FORM).body()).contains("\"results\"");
        assertThat(server.get("/metrics").body()).contains("certscan_rejected_total 2", "certscan_errors_total{code=\"18\"} 2");
    }

    @Test
    void healthReadinessMetricsAndOpenApi()
            throws IOException
    {
        server = new TestingServer();
        server.postForm(GENERAL_OCR, IMAGE_FORM);
        server.postForm(GENERAL_OCR, Map.of());

        assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(server.get("/readyz").body()).isEqualTo("{\"status\":\"ready\"}");
        HttpResponse<String> metrics = server.get("/metrics");
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain; version=0.0.4"));
        assertThat(metrics.body())
                .contains("certscan_http_requests_total{endpoint=\"general_ocr\",status=\"200\"} 2")
                .contains("certscan_errors_total{code=\"216101\"} 1")
                .contains("certscan_http_request_duration_seconds_count{endpoint=\"general_ocr\"} 2")
                .contains("certscan_http_request_duration_seconds_bucket{endpoint=\"general_ocr\",le=\"+Inf\"} 2")
                .contains("certscan_workers 2", "certscan_queue_depth 0");

        Map<String, Object> openApi = new Moshi.Builder().build()
                .<Map<String, Object>>adapter(Types.newParameterizedType(Map.class, String.class, Object.class))
                .fromJson(server.get("/openapi.json").body());
        assertThat(openApi).containsKey("openapi");
        @SuppressWarnings("unchecked")
        Map<String, Object> paths = (Map<String, Object>) openApi.get("paths");
        assertThat(paths).containsKeys(GENERAL_OCR, "/oauth/2.0/token", "/v1/recognize", "/healthz", "/readyz", "/metrics");
        assertThat(server.post("/healthz", "text/plain", new byte[0]).statusCode()).isEqualTo(405);
    }

    @Test
    void metricsShowTheJvmAndTheProcessBesideEachServersOwnCounts()
    {
        server = new TestingServer();
        server.postForm(GENERAL_OCR, IMAGE_FORM);
        try (TestingServer other = new TestingServer()) {
            String metrics = server.get("/metrics").body();

            assertThat(metrics)
                    .contains("certscan_http_requests_total{endpoint=\"general_ocr\",status=\"200\"} 1")
                    .contains("jvm_memory_used_bytes{area=\"heap\"} ", "jvm_threads_current ", "jvm_gc_collection_seconds_count{gc=")
                    .contains("process_cpu_seconds_total ", "process_start_time_seconds ", "process_open_fds ");
            assertThat(metrics.lines().filter("# TYPE jvm_memory_used_bytes gauge"::equals)).as("the JVM's metrics once, however many servers run").hasSize(1);
            assertThat(other.get("/metrics").body()).contains("jvm_memory_used_bytes{area=\"heap\"} ").doesNotContain("endpoint=\"general_ocr\"");
        }
    }

    @Test
    void shutdownLetsTheRequestInFlightFinishAndRefusesNewConnections()
            throws Exception
    {
        server = new TestingServer();
        CountDownLatch release = server.recognizer.holdRecognitions();
        CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> server.postForm(GENERAL_OCR, IMAGE_FORM));
        assertThat(server.recognizer.started.await(10, TimeUnit.SECONDS)).isTrue();

        CompletableFuture<Void> stopping = CompletableFuture.runAsync(server.server::stop);
        Thread.sleep(300);
        assertThat(stopping).isNotDone();
        assertThatThrownBy(() -> new Socket(server.uri.getHost(), server.uri.getPort()).close()).isInstanceOf(ConnectException.class);

        release.countDown();
        assertThat(inFlight.get(10, TimeUnit.SECONDS).body()).contains("\"results\"");
        stopping.get(10, TimeUnit.SECONDS);
        server = null;
    }

    @Test
    void accessLogHoldsNeitherTokensNorDocumentsNorFieldValues()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys("key", "secret-of-the-key"));
        String token = server.token("key", "secret-of-the-key");
        List<String> lines = new ArrayList<>();
        Logger logger = Logger.getLogger(AccessLog.LOGGER_NAME);
        Handler capture = new Handler()
        {
            @Override
            public void publish(LogRecord record)
            {
                lines.add(record.getMessage());
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level level = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addHandler(capture);
        try {
            server.postForm(GENERAL_OCR + "?access_token=" + token, IMAGE_FORM);
            server.postForm(GENERAL_OCR + "?access_token=" + token, Map.of("image", "%%%"));
        }
        finally {
            logger.removeHandler(capture);
            logger.setLevel(level);
        }

        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("POST " + GENERAL_OCR + " 200 log_id=");
        assertThat(lines.get(1)).contains("error_code=216203");
        assertThat(String.join("\n", lines))
                .doesNotContain(token)
                .doesNotContain("access_token")
                .doesNotContain("secret-of-the-key")
                .doesNotContain("T3204811998063035170")
                .doesNotContain(IMAGE_FORM.get("image"));
    }

    private void awaitMetric(String line)
            throws InterruptedException
    {
        for (int attempt = 0; attempt < 100; attempt++) {
            if (server.get("/metrics").body().contains(line)) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("metrics never showed " + line);
    }
}
