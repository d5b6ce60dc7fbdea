package io.certscan.adapter.rest;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * What {@code GET /metrics} shows, in Prometheus' text format: requests by endpoint and status,
 * errors by general_ocr code, a latency histogram per endpoint and the worker pool's state.
 * Labels come from fixed sets (endpoint names, status and error codes), never from the request.
 */
final class ServerMetrics
{
    static final double[] LATENCY_BUCKETS_SECONDS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    private final Map<String, LongAdder> requests = new ConcurrentHashMap<>();
    private final Map<Integer, LongAdder> errors = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latencies = new ConcurrentHashMap<>();
    private final LongAdder rejected = new LongAdder();

    private static final class Histogram
    {
        final LongAdder[] buckets = new LongAdder[LATENCY_BUCKETS_SECONDS.length];
        final LongAdder count = new LongAdder();
        final LongAdder sumMicros = new LongAdder();

        Histogram()
        {
            for (int i = 0; i < buckets.length; i++) {
                buckets[i] = new LongAdder();
            }
        }

        void observe(long nanos)
        {
            double seconds = nanos / 1e9;
            for (int i = 0; i < buckets.length; i++) {
                if (seconds <= LATENCY_BUCKETS_SECONDS[i]) {
                    buckets[i].increment();
                }
            }
            count.increment();
            sumMicros.add(nanos / 1000);
        }
    }

    void recordRequest(String endpoint, int status, long nanos)
    {
        requests.computeIfAbsent(endpoint + "\u0000" + status, ignored -> new LongAdder()).increment();
        latencies.computeIfAbsent(endpoint, ignored -> new Histogram()).observe(nanos);
    }

    void recordError(int errorCode)
    {
        errors.computeIfAbsent(errorCode, ignored -> new LongAdder()).increment();
    }

    void recordRejected()
    {
        rejected.increment();
    }

    String render(WorkerPool pool)
    {
        StringBuilder text = new StringBuilder();
        text.append("# HELP certscan_http_requests_total HTTP requests answered, by endpoint and HTTP status.\n");
        text.append("# TYPE certscan_http_requests_total counter\n");
        new TreeMap<>(requests).forEach((key, count) -> {
            String[] labels = key.split("\u0000");
            text.append("certscan_http_requests_total{endpoint=\"").append(labels[0]).append("\",status=\"").append(labels[1]).append("\"} ")
                    .append(count.sum()).append('\n');
        });
        text.append("# HELP certscan_errors_total Requests answered with a general_ocr error, by error_code.\n");
        text.append("# TYPE certscan_errors_total counter\n");
        new TreeMap<>(errors).forEach((code, count) -> text.append("certscan_errors_total{code=\"").append(code).append("\"} ").append(count.sum()).append('\n'));
        text.append("# HELP certscan_rejected_total Requests refused with error 18 because every worker was busy and the queue full.\n");
        text.append("# TYPE certscan_rejected_total counter\n");
        text.append("certscan_rejected_total ").append(rejected.sum()).append('\n');
        text.append("# HELP certscan_http_request_duration_seconds Time from the request's arrival to its answer.\n");
        text.append("# TYPE certscan_http_request_duration_seconds histogram\n");
        new TreeMap<>(latencies).forEach((endpoint, histogram) -> {
            for (int i = 0; i < LATENCY_BUCKETS_SECONDS.length; i++) {
                text.append("certscan_http_request_duration_seconds_bucket{endpoint=\"").append(endpoint).append("\",le=\"")
                        .append(number(LATENCY_BUCKETS_SECONDS[i])).append("\"} ").append(histogram.buckets[i].sum()).append('\n');
            }
            long count = histogram.count.sum();
            text.append("certscan_http_request_duration_seconds_bucket{endpoint=\"").append(endpoint).append("\",le=\"+Inf\"} ").append(count).append('\n');
            text.append("certscan_http_request_duration_seconds_sum{endpoint=\"").append(endpoint).append("\"} ")
                    .append(number(histogram.sumMicros.sum() / 1e6)).append('\n');
            text.append("certscan_http_request_duration_seconds_count{endpoint=\"").append(endpoint).append("\"} ").append(count).append('\n');
        });
        gauge(text, "certscan_queue_depth", "Admitted requests waiting for a worker.", pool.queued());
        gauge(text, "certscan_queue_capacity", "Requests that may wait for a worker.", pool.queueCapacity());
        gauge(text, "certscan_workers_busy", "Workers recognising right now.", pool.busy());
        gauge(text, "certscan_workers", "Workers in the pool.", pool.workers());
        return text.toString();
    }

    private static void gauge(StringBuilder text, String name, String help, long value)
    {
        text.append("# HELP ").append(name).append(' ').append(help).append('\n');
        text.append("# TYPE ").append(name).append(" gauge\n");
        text.append(name).append(' ').append(value).append('\n');
    }

    private static String number(double value)
    {
        return value == Math.rint(value) ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%s", value);
    }
}
