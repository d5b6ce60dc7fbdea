package io.certscan.adapter.rest;

import io.certscan.application.config.ConfigRecords;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Clients that are slow, many, malformed or caught by a shutdown: the server keeps answering
 * the others, and every answer is the documented JSON.
 */
class HostileClientsTest
        extends ServerTest
{

    @Test
    void slowUploadsTakeNoPlaceInThePoolBeforeTheirBodiesArrive()
            throws Exception
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withPool(1, 1));
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 6; i++) {
                slow.add(startUpload(GENERAL_OCR, 60_000, "image="));
            }
            Thread.sleep(300);

            assertThat(server.postForm(GENERAL_OCR, IMAGE_FORM).body()).contains("\"results\"");
            assertThat(server.get("/metrics").body()).contains("certscan_queue_depth 0", "certscan_rejected_total 0");
        }
        finally {
            closeAll(slow);
        }
    }

    @Test
    void twoHundredAndThirtyTricklingTokenRequestsLeaveHealthAndTokensAnswering()
            throws Exception
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys("key", "secret-of-the-key").withConnectionLimits(1000, 1000));
        List<Socket> slow = new ArrayList<>();
        try {
            for (int i = 0; i < 230; i++) {
                slow.add(startUpload("/oauth/2.0/token", 60_000, "grant_type=client_credentials&"));
            }
            Thread.sleep(500);

            long start = System.nanoTime();
            assertThat(server.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(server.token("key", "secret-of-the-key")).startsWith("cs");
            assertThat(server.postForm(GENERAL_OCR + "?access_token=" + server.token("key", "secret-of-the-key"), IMAGE_FORM).body()).contains("\"results\"");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        }
        finally {
            closeAll(slow);
        }
    }

    @Test
    void aSlowUrlIsFetchedBesideTheWorkersNotOnThem()
            throws Exception
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withPool(1, 1));
        CountDownLatch release = server.recognizer.holdFetches();
        CompletableFuture<HttpResponse<String>> byUrl = CompletableFuture.supplyAsync(() -> server.postForm(GENERAL_OCR, Map.of("url", "https://example.com/card.jpg")));
        assertThat(server.recognizer.fetchStarted.await(10, TimeUnit.SECONDS)).isTrue();

        assertThat(server.postForm(GENERAL_OCR, IMAGE_FORM).body()).as("the one worker is free while the URL is fetched").contains("\"results\"");

        release.countDown();
        assertThat(byUrl.get(10, TimeUnit.SECONDS).body()).contains("\"results\"");
        assertThat(server.recognizer.fetchThreads).allSatisfy(thread -> assertThat(thread).startsWith("certscan-fetch-"));
        assertThat(server.recognizer.lastCommand().isRemote()).isFalse();
    }

    @Test
    void oneClientMayNotHoldMoreConnectionsThanItsShare()
            throws Exception
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withConnectionLimits(100, 3));
        List<Socket> sockets = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                sockets.add(new Socket(server.uri.getHost(), server.uri.getPort()));
            }
            Thread.sleep(300);
            int answered = 0;
            for (Socket socket : sockets) {
                socket.setSoTimeout(5000);
                try {
                    socket.getOutputStream().write("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                    answered += readAll(socket.getInputStream()).startsWith("HTTP/1.1 200") ? 1 : 0;
                }
                catch (IOException reset) {
                    // Closed before the request could be written: refused.
                }
            }
            assertThat(answered).as("connections answered of five opened at once").isEqualTo(3);
            closeAll(sockets);
            Thread.sleep(500);
            assertThat(server.get("/healthz").statusCode()).as("the share is free again once they close").isEqualTo(200);
        }
        finally {
            closeAll(sockets);
        }
    }

    @Test
    void badPercentEncodingIsAnInvalidParameterInEachApisShape()
            throws IOException
    {
        server = new TestingServer();
        List<LogRecord> logged = recordLogs();

        // Java's HTTP client refuses to send such a URI: the request goes by hand.
        String compatible = exchange(post(GENERAL_OCR + "?x=%ZZ", "application/x-www-form-urlencoded", TestingServer.formBody(IMAGE_FORM)));
        assertThat(compatible).startsWith("HTTP/1.1 200").contains("\"error_code\":216100");
        String rich = exchange(post("/v1/recognize?x=%ZZ", "application/json", "{\"image\":\"AAAA\"}"));
        assertThat(rich).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"error_code\":216100");
        String token = exchange("GET /oauth/2.0/token?grant_type=%ZZ HTTP/1.1\r\nHost: x\r\n\r\n");
        assertThat(token).startsWith("HTTP/1.1 400").contains("\"error\":\"invalid_request\"");
        assertThat(logged).as("nothing worth a stack trace").noneMatch(record -> record.getLevel().intValue() >= Level.WARNING.intValue());
    }

    @Test
    void requestsJettyRefusesItselfAreAnsweredInJsonWithoutEchoingTheToken()
            throws IOException
    {
        server = new TestingServer();

        for (String request : List.of(
                "POST " + GENERAL_OCR + "?access_token=cs1.SECRET-TOKEN HTTP/1.1\r\nHost: x\r\nContent-Length: 12\r\nContent-Length: 13\r\n\r\n",
                "GET /healthz?access_token=cs1.SECRET-TOKEN HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(64 * 1024) + "\r\n\r\n",
                "GET /" + "a".repeat(64 * 1024) + "?access_token=cs1.SECRET-TOKEN HTTP/1.1\r\nHost: x\r\n\r\n",
                "GET /healthz?access_token=cs1.SECRET-TOKEN HTTP/9.9\r\n\r\n")) {
            String answer = exchange(request);
            assertThat(answer).as(request.substring(0, 40)).matches("(?s)HTTP/1.1 (4\\d\\d|505) .*");
            assertThat(answer).contains("Content-Type: application/json").contains("\"error_code\":2161")
                    .doesNotContain("SECRET-TOKEN").doesNotContainIgnoringCase("<html");
        }
    }

    @Test
    void aRequestStillRunningWhenTheShutdownTimeoutEndsIsAnsweredNotCut()
            throws Exception
    {
        server = new TestingServer(ConfigRecords.with(RestConfig.loopbackForTesting(), Map.of("server.shutdown-timeout", "2s")));
        CountDownLatch release = server.recognizer.holdRecognitions();
        try {
            CompletableFuture<HttpResponse<String>> inFlight = CompletableFuture.supplyAsync(() -> server.postForm(GENERAL_OCR, IMAGE_FORM));
            assertThat(server.recognizer.started.await(10, TimeUnit.SECONDS)).isTrue();

            server.server.stop();
            HttpResponse<String> answer = inFlight.get(10, TimeUnit.SECONDS);

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).contains("\"error_code\":2,").contains("Service temporarily unavailable");
        }
        finally {
            release.countDown();
            server = null;
        }
    }

    @Test
    void metricsCanAskForABearerToken()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withMetricsToken("scrape-me-please"));

        RichApiTest.assertProblem(server.get("/metrics"), 401, 14);
        RichApiTest.assertProblem(server.send(HttpRequest.newBuilder(server.uri.resolve("/metrics")).header("Authorization", "Bearer guess")), 401, 14);
        HttpResponse<String> scraped = server.send(HttpRequest.newBuilder(server.uri.resolve("/metrics")).header("Authorization", "Bearer scrape-me-please"));
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("certscan_workers");
        assertThat(server.get("/healthz").statusCode()).as("health stays open").isEqualTo(200);
    }

    private static String post(String pathAndQuery, String contentType, String body)
    {
        return "POST " + pathAndQuery + " HTTP/1.1\r\nHost: x\r\nContent-Type: " + contentType + "\r\nContent-Length: " + body.getBytes(StandardCharsets.UTF_8).length
                + "\r\nConnection: close\r\n\r\n" + body;
    }

    /** Sends the headers of a POST declaring {@code length} bytes and the first bytes of its body, then nothing more. */
    private Socket startUpload(String path, int length, String start)
            throws IOException
    {
        Socket socket = new Socket(server.uri.getHost(), server.uri.getPort());
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + length + "\r\n\r\n" + start)
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return socket;
    }

    /** One raw HTTP exchange: what the server answers before it closes or goes quiet. */
    private String exchange(String request)
            throws IOException
    {
        try (Socket socket = new Socket(server.uri.getHost(), server.uri.getPort())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            return readAll(socket.getInputStream());
        }
    }

    private static String readAll(InputStream input)
            throws IOException
    {
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            for (int count = input.read(buffer); count >= 0; count = input.read(buffer)) {
                text.append(new String(buffer, 0, count, StandardCharsets.ISO_8859_1));
                if (text.indexOf("\r\n\r\n") >= 0 && text.toString().endsWith("}")) {
                    break;
                }
            }
        }
        catch (SocketTimeoutException quiet) {
            // What came is the answer.
        }
        catch (IOException reset) {
            if (text.length() == 0) {
                throw reset;
            }
        }
        return text.toString();
    }

    private static void closeAll(List<Socket> sockets)
    {
        for (Socket socket : sockets) {
            try {
                socket.close();
            }
            catch (IOException ignored) {
                // Closing is all that is wanted.
            }
        }
    }

    private static final Logger[] WATCHED = {Logger.getLogger("io.certscan"), Logger.getLogger("org.eclipse.jetty")};

    private static List<LogRecord> recordLogs()
    {
        List<LogRecord> records = new java.util.concurrent.CopyOnWriteArrayList<>();
        Handler handler = new Handler()
        {
            @Override
            public void publish(LogRecord record)
            {
                records.add(record);
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        for (Logger logger : WATCHED) {
            logger.addHandler(handler);
        }
        return records;
    }
}
