package io.certscan.adapter.rest;

import io.certscan.application.service.LogIds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/** A real server on a free loopback port over a {@link TestingRecognizer}, and an HTTP client for it. */
final class TestingServer
        implements AutoCloseable
{
    /** Strong references: java.util.logging forgets the level of a logger nobody holds. */
    private static final java.util.logging.Logger[] QUIET = {
            java.util.logging.Logger.getLogger("org.eclipse.jetty"), java.util.logging.Logger.getLogger(AccessLog.LOGGER_NAME)};

    static {
        for (java.util.logging.Logger logger : QUIET) {
            logger.setLevel(java.util.logging.Level.WARNING);
        }
    }

    /** The compatible endpoint's path, and a form naming a three-byte picture (the testing recognizer reads anything). */
    static final String GENERAL_OCR = CompatibleApi.GENERAL_OCR_PATH;
    static final Map<String, String> IMAGE_FORM = Map.of("image", java.util.Base64.getEncoder().encodeToString(new byte[] {1, 2, 3}));

    final TestingRecognizer recognizer = new TestingRecognizer();
    final RestServer server;
    final URI uri;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    TestingServer(RestConfig config, Clock clock)
    {
        server = RestServer.over(config, recognizer, recognizer, new LogIds(clock), clock);
        uri = server.start();
    }

    TestingServer(RestConfig config)
    {
        this(config, Clock.systemUTC());
    }

    TestingServer()
    {
        this(RestConfig.loopbackForTesting());
    }

    HttpResponse<String> postForm(String pathAndQuery, Map<String, String> form)
    {
        return send(HttpRequest.newBuilder(uri.resolve(pathAndQuery))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formBody(form))));
    }

    HttpResponse<String> post(String pathAndQuery, String contentType, byte[] body)
    {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri.resolve(pathAndQuery)).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return send(builder);
    }

    HttpResponse<String> get(String pathAndQuery)
    {
        return send(HttpRequest.newBuilder(uri.resolve(pathAndQuery)).GET());
    }

    HttpResponse<byte[]> sendBytes(HttpRequest.Builder request)
    {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> send(HttpRequest.Builder request)
    {
        try {
            return client.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    String token(String apiKey, String secretKey)
    {
        HttpResponse<String> response = get("/oauth/2.0/token?grant_type=client_credentials&client_id=" + apiKey + "&client_secret=" + secretKey);
        if (response.statusCode() != 200) {
            throw new AssertionError("token refused: " + response.body());
        }
        return response.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
    }

    static String formBody(Map<String, String> form)
    {
        return new LinkedHashMap<>(form).entrySet().stream()
                .map(entry -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static byte[] multipart(String boundary, Map<String, String> fields, String fileField, String fileName, byte[] file)
    {
        StringBuilder text = new StringBuilder();
        fields.forEach((name, value) -> text.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(name).append("\"\r\n\r\n")
                .append(value).append("\r\n"));
        byte[] head = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] filePart = new byte[0];
        if (fileField != null) {
            filePart = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        }
        byte[] tail = ((fileField != null ? "\r\n" : "") + "--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + filePart.length + (file == null ? 0 : file.length) + tail.length];
        int at = 0;
        for (byte[] piece : new byte[][] {head, filePart, file == null ? new byte[0] : file, tail}) {
            System.arraycopy(piece, 0, body, at, piece.length);
            at += piece.length;
        }
        return body;
    }

    @Override
    public void close()
    {
        server.stop();
    }
}
