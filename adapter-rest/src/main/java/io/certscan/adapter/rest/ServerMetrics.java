package io.certscan.adapter.rest;

import io.prometheus.metrics.core.metrics.Counter;
import io.prometheus.metrics.core.metrics.GaugeWithCallback;
import io.prometheus.metrics.core.metrics.Histogram;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.instrumentation.jvm.JvmMetrics;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.LongSupplier;

import static java.util.Objects.requireNonNull;

/**
 * What {@code GET /metrics} shows, in Prometheus' text format, written by the Prometheus Java
 * client: requests by endpoint and status, errors by general_ocr code, a latency histogram per
 * endpoint and the worker pool's state; beside them the client's JVM and process metrics (memory,
 * GC, threads, classes, CPU time, open files). Labels come from fixed sets (endpoint names, status
 * and error codes), never from the request.
 */
final class ServerMetrics
{
    /** {@code text/plain; version=0.0.4; charset=utf-8}. */
    static final String CONTENT_TYPE = PrometheusTextFormatWriter.CONTENT_TYPE;

    private static final double[] LATENCY_BUCKETS_SECONDS = {0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};
    private static final PrometheusTextFormatWriter TEXT_FORMAT = PrometheusTextFormatWriter.create();

    /** Each server has its own registry: a JVM may run several servers (the tests do), each counting its own requests. */
    private final PrometheusRegistry registry = new PrometheusRegistry();
    private final Counter requests;
    private final Counter errors;
    private final Counter rejected;
    private final Histogram latencies;

    @Inject
    ServerMetrics(WorkerPool pool)
    {
        requireNonNull(pool, "pool is null");
        requests = Counter.builder().name("certscan_http_requests_total").help("HTTP requests answered, by endpoint and HTTP status.")
                .labelNames("endpoint", "status").register(registry);
        errors = Counter.builder().name("certscan_errors_total").help("Requests answered with a general_ocr error, by error_code.")
                .labelNames("code").register(registry);
        rejected = Counter.builder().name("certscan_rejected_total").help("Requests refused with error 18 because every worker was busy and the queue full.")
                .register(registry);
        latencies = Histogram.builder().name("certscan_http_request_duration_seconds").help("Time from the request's arrival to its answer.")
                .labelNames("endpoint").classicOnly().classicUpperBounds(LATENCY_BUCKETS_SECONDS).register(registry);
        gauge("certscan_queue_depth", "Admitted requests waiting for a worker.", pool::queued);
        gauge("certscan_queue_capacity", "Requests that may wait for a worker.", pool::queueCapacity);
        gauge("certscan_workers_busy", "Workers recognising right now.", pool::busy);
        gauge("certscan_workers", "Workers in the pool.", pool::workers);
    }

    private void gauge(String name, String help, LongSupplier value)
    {
        GaugeWithCallback.builder().name(name).help(help).callback(callback -> callback.call(value.getAsLong())).register(registry);
    }

    void recordRequest(String endpoint, int status, long nanos)
    {
        requests.labelValues(endpoint, Integer.toString(status)).inc();
        latencies.labelValues(endpoint).observe(nanos / 1e9);
    }

    void recordError(int errorCode)
    {
        errors.labelValues(Integer.toString(errorCode)).inc();
    }

    void recordRejected()
    {
        rejected.inc();
    }

    /** This server's metrics and the process's, in the text format of {@link #CONTENT_TYPE}. */
    byte[] render()
    {
        MetricSnapshots.Builder snapshots = MetricSnapshots.builder();
        registry.scrape().forEach(snapshots::metricSnapshot);
        ProcessMetrics.REGISTRY.scrape().forEach(snapshots::metricSnapshot);
        ByteArrayOutputStream text = new ByteArrayOutputStream(16_384);
        try {
            TEXT_FORMAT.write(text, snapshots.build());
        }
        catch (IOException e) {
            throw new UncheckedIOException("a byte array cannot fail to be written", e);
        }
        return text.toByteArray();
    }

    /**
     * The JVM's and the process's metrics, registered once for the process however many servers
     * it runs: the client keeps every registry it instruments and adds a GC listener to each.
     */
    private static final class ProcessMetrics
    {
        static final PrometheusRegistry REGISTRY = new PrometheusRegistry();

        static {
            JvmMetrics.builder().register(REGISTRY);
        }

        private ProcessMetrics() {}
    }
}
