package io.certscan.sdktest;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Offline means offline: {@code ./certscan serve} with a recognition, and {@code ./certscan check},
 * run as a user runs them (the launcher, the built jar, the environment without
 * ORT_DISABLE_TELEMETRY) under {@code strace -f}, open no connection and send no DNS query that
 * leaves the machine. ONNX Runtime's telemetry client would look up Microsoft's servers a few
 * seconds after the first recognition; the test waits past that.
 */
class OfflineTest
{
    private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
    private static final Pattern CONNECT = Pattern.compile("connect\\(\\d+, \\{sa_family=AF_INET6?, sin6?_port=htons\\((\\d+)\\).*?(?:inet_addr\\(\"([^\"]+)\"\\)|inet_pton\\(AF_INET6, \"([^\"]+)\")");

    @TempDir
    Path directory;

    @Test
    void serveAndARecognitionStayOnThisMachine()
            throws Exception
    {
        Path trace = directory.resolve("serve.trace");
        Process serve = traced(trace, List.of(ROOT.resolve("certscan").toString(), "serve", "--port", "0"));
        try {
            URI address = address(serve);
            String image = Base64.getEncoder().encodeToString(Files.readAllBytes(ROOT.resolve("samples/low-voltage-electrician.png")));
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(address.resolve("/rest/2.0/ocr/v1/general_ocr"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("image=" + URLEncoder.encode(image, StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.body()).contains("T3204811998063035170");
            // ONNX Runtime's telemetry would call out about five seconds after the first recognition.
            TimeUnit.SECONDS.sleep(8);
        }
        finally {
            // SIGTERM to the server itself (strace's child): it stops gracefully and strace ends with it.
            serve.descendants().forEach(ProcessHandle::destroy);
            if (!serve.waitFor(60, TimeUnit.SECONDS)) {
                serve.descendants().forEach(ProcessHandle::destroyForcibly);
                serve.destroyForcibly();
                throw new AssertionError("certscan serve did not stop on SIGTERM within 60 s");
            }
        }

        assertOnlyLoopback(trace);
    }

    @Test
    void checkStaysOnThisMachine()
            throws Exception
    {
        Path trace = directory.resolve("check.trace");
        Process check = traced(trace, List.of(ROOT.resolve("certscan").toString(), "check", ROOT.resolve("samples/vat-einvoice.pdf").toString(),
                ROOT.resolve("samples/low-voltage-electrician.png").toString()));
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(180, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(output).isZero();

        assertOnlyLoopback(trace);
    }

    private static void assertOnlyLoopback(Path trace)
            throws IOException
    {
        List<String> outward = new ArrayList<>();
        for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
            Matcher connect = CONNECT.matcher(line);
            if (!connect.find()) {
                continue;
            }
            String host = connect.group(2) != null ? connect.group(2) : connect.group(3);
            boolean loopback = host.startsWith("127.") || host.equals("::1") || host.startsWith("::ffff:127.");
            if (!loopback || connect.group(1).equals("53")) {
                outward.add(line);
            }
        }
        assertThat(outward).as("connections and DNS queries beyond this machine").isEmpty();
    }

    /** The command under strace, its environment as a user's: no ORT_DISABLE_TELEMETRY (the launcher sets it). */
    private Process traced(Path trace, List<String> command)
            throws IOException
    {
        List<String> traced = new ArrayList<>(List.of(strace(), "-f", "-qq", "-e", "trace=connect", "-o", trace.toString()));
        traced.addAll(command);
        ProcessBuilder builder = new ProcessBuilder(traced).directory(directory.toFile()).redirectErrorStream(true);
        builder.environment().remove("ORT_DISABLE_TELEMETRY");
        return builder.start();
    }

    private static URI address(Process serve)
            throws IOException
    {
        BufferedReader output = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        StringBuilder seen = new StringBuilder();
        for (String line = output.readLine(); line != null; line = output.readLine()) {
            seen.append(line).append('\n');
            Matcher serving = Pattern.compile("certscan serving at (\\S+)").matcher(line);
            if (serving.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        output.transferTo(java.io.Writer.nullWriter());
                    }
                    catch (IOException ended) {
                        // The server stopped.
                    }
                }, "serve-output");
                drain.setDaemon(true);
                drain.start();
                return URI.create(serving.group(1));
            }
        }
        throw new AssertionError("certscan serve did not start:\n" + seen);
    }

    private static String strace()
    {
        try {
            Process probe = new ProcessBuilder("strace", "-V").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                return "strace";
            }
        }
        catch (IOException | InterruptedException absent) {
            // Reported below.
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must have strace (.ci/run installs it)");
        }
        Assumptions.abort("no strace here; apt-get install strace to check that certscan stays offline");
        throw new AssertionError("unreachable");
    }
}
