package io.certscan.synthetic;

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
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Load on {@code certscan serve} over loopback: the real server in its own process (the launcher
 * script, default settings, so loopback only), the documented general_ocr request with a sample
 * picture, at several numbers of concurrent clients. Bounded: each client sends a fixed number of
 * requests and stops at the deadline. Prints throughput and latency percentiles per level, with
 * the median's ratio to the one-client median of the same run, and the requests answered with
 * error 18 (pool and queue full) apart, the server's peak resident memory at the end, and its
 * resident memory after 100, 1,000 and every further 1,000 requests answered.
 *
 * <pre>synthetic/run load [--levels 1,2,8,32] [--requests 4] [--max-seconds 90] [--picture samples/low-voltage-electrician.png]</pre>
 */
public final class LoadHarness
{
    private LoadHarness() {}

    record Outcome(long nanos, boolean recognised, boolean rejected) {}

    record Level(List<Outcome> outcomes, long wallNanos)
    {
        double recognisedPerSecond()
        {
            return outcomes.stream().filter(Outcome::recognised).count() / (wallNanos / 1e9);
        }
    }

    public static void main(String[] args)
            throws Exception
    {
        List<Integer> levels = List.of(1, 2, 8, 32);
        int requestsPerClient = 4;
        int maxSeconds = 90;
        Path home = Path.of(System.getProperty("certscan.home", "."));
        Path picture = home.resolve("samples").resolve("low-voltage-electrician.png");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--levels" -> levels = Arrays.stream(args[++i].split(",")).map(String::strip).map(Integer::valueOf).toList();
                case "--requests" -> requestsPerClient = Integer.parseInt(args[++i]);
                case "--max-seconds" -> maxSeconds = Integer.parseInt(args[++i]);
                case "--picture" -> picture = Path.of(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i] + "; see the class comment");
            }
        }
        String form = "image=" + URLEncoder.encode(Base64.getEncoder().encodeToString(Files.readAllBytes(picture)), StandardCharsets.UTF_8);

        Process server = new ProcessBuilder(home.resolve("certscan").toString(), "serve", "--port", "0")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            URI address = awaitAddress(server);
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            System.out.printf(Locale.ROOT, "server %s (pid %d), picture %s, %d processors%n", address, server.pid(), picture, Runtime.getRuntime().availableProcessors());
            for (int warmUp = 0; warmUp < 3; warmUp++) {
                send(client, address, form);
            }
            System.out.printf(Locale.ROOT, "%8s %9s %5s %9s %10s %9s %9s %9s %11s%n",
                    "clients", "requests", "ok", "error 18", "ok/s", "p50 ms", "p90 ms", "p99 ms", "p50 ratio");
            double baselineMedian = Double.NaN;
            MemoryProbe probe = new MemoryProbe(server);
            for (int clients : levels) {
                Level level = level(client, address, form, clients, requestsPerClient, maxSeconds, probe);
                List<Outcome> outcomes = level.outcomes();
                List<Long> recognised = outcomes.stream().filter(Outcome::recognised).map(Outcome::nanos).sorted().toList();
                long rejected = outcomes.stream().filter(Outcome::rejected).count();
                double median = percentile(recognised, 50);
                if (Double.isNaN(baselineMedian)) {
                    baselineMedian = median;
                }
                System.out.printf(Locale.ROOT, "%8d %9d %5d %9d %10.2f %9.0f %9.0f %9.0f %11.2f%n",
                        clients, outcomes.size(), recognised.size(), rejected, level.recognisedPerSecond(), median, percentile(recognised, 90),
                        percentile(recognised, 99), median / baselineMedian);
            }
            System.out.printf(Locale.ROOT, "server memory: peak RSS %s MB, RSS now %s MB%n", memory(server, "VmHWM"), memory(server, "VmRSS"));
            System.out.println("server RSS by requests answered: " + probe.describe());
            HttpResponse<String> metrics = client.send(HttpRequest.newBuilder(address.resolve("/metrics")).build(), HttpResponse.BodyHandlers.ofString());
            metrics.body().lines().filter(line -> line.startsWith("certscan_rejected_total") || line.startsWith("certscan_http_requests_total"))
                    .forEach(line -> System.out.println("  " + line));
        }
        finally {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly();
            }
        }
    }

    private static Level level(HttpClient client, URI address, String form, int clients, int requestsPerClient, int maxSeconds, MemoryProbe probe)
            throws Exception
    {
        long start = System.nanoTime();
        long deadline = start + TimeUnit.SECONDS.toNanos(maxSeconds);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<List<Outcome>>> futures = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                futures.add(pool.submit(() -> {
                    List<Outcome> mine = new ArrayList<>();
                    for (int r = 0; r < requestsPerClient && System.nanoTime() < deadline; r++) {
                        long begin = System.nanoTime();
                        String body = send(client, address, form);
                        mine.add(new Outcome(System.nanoTime() - begin, body.contains("\"results\""), body.contains("\"error_code\":18,")));
                        probe.answered();
                    }
                    return mine;
                }));
            }
            List<Outcome> all = new ArrayList<>();
            for (Future<List<Outcome>> future : futures) {
                all.addAll(future.get());
            }
            return new Level(all, System.nanoTime() - start);
        }
        finally {
            pool.shutdownNow();
        }
    }

    private static String send(HttpClient client, URI address, String form)
            throws IOException, InterruptedException
    {
        HttpRequest request = HttpRequest.newBuilder(address.resolve("/rest/2.0/ocr/v1/general_ocr?access_token=load"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .timeout(Duration.ofSeconds(120))
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
    }

    private static URI awaitAddress(Process server)
            throws IOException
    {
        BufferedReader output = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = output.readLine()) != null) {
            if (line.startsWith("certscan serving at ")) {
                URI address = URI.create(line.substring("certscan serving at ".length()).strip());
                Thread drain = new Thread(() -> {
                    try {
                        output.lines().forEach(ignored -> { });
                    }
                    catch (java.io.UncheckedIOException closed) {
                        // The server was stopped; nothing more to read.
                    }
                }, "server-output");
                drain.setDaemon(true);
                drain.start();
                return address;
            }
        }
        throw new IllegalStateException("the server stopped before it listened (exit " + waitQuietly(server) + ")");
    }

    /**
     * The server's resident memory after 100, 1,000 and every further 1,000 requests answered
     * (warm-up aside), over every level: whether memory stays flat as requests go by.
     */
    private static final class MemoryProbe
    {
        private final Process server;
        private final java.util.concurrent.atomic.AtomicLong answered = new java.util.concurrent.atomic.AtomicLong();
        private final Map<Long, String> readings = new java.util.concurrent.ConcurrentSkipListMap<>();

        MemoryProbe(Process server)
        {
            this.server = server;
        }

        void answered()
        {
            long count = answered.incrementAndGet();
            if (count == 100 || count % 1000 == 0) {
                readings.put(count, memory(server, "VmRSS"));
            }
        }

        String describe()
        {
            readings.putIfAbsent(answered.get(), memory(server, "VmRSS"));
            return readings.entrySet().stream().map(entry -> entry.getValue() + " MB after " + entry.getKey()).collect(java.util.stream.Collectors.joining(", "));
        }
    }

    /** A line of the server's /proc status in megabytes ({@code VmHWM}: the peak resident set), or "?" off Linux. */
    private static String memory(Process server, String field)
    {
        try {
            return Files.readAllLines(Path.of("/proc", Long.toString(server.pid()), "status")).stream()
                    .filter(line -> line.startsWith(field + ":"))
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / 1024 + "")
                    .findFirst().orElse("?");
        }
        catch (IOException | RuntimeException unreadable) {
            return "?";
        }
    }

    private static int waitQuietly(Process process)
    {
        try {
            return process.waitFor();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static double percentile(List<Long> sortedNanos, int percent)
    {
        if (sortedNanos.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedNanos.size()) - 1;
        return sortedNanos.get(Math.max(0, Math.min(sortedNanos.size() - 1, index))) / 1e6;
    }
}
