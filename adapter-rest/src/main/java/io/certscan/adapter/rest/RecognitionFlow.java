package io.certscan.adapter.rest;

import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.in.IssueLogIds;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import static java.util.Objects.requireNonNull;

/**
 * The path of every recognition request, whichever API it came in by: the body read within its
 * limit (no thread held while it arrives), the command built, a URL fetched by the fetching
 * threads, admission to the worker pool (error 18 at once when it is full), the recognition run
 * on a worker, and exactly one answer in the API's own shape.
 */
final class RecognitionFlow
{
    private static final Logger LOGGER = Logger.getLogger(RecognitionFlow.class.getName());
    /** How long a request body may take to arrive whole: 10.5 MiB at 90 KB/s. */
    static final Duration BODY_TIME = Duration.ofSeconds(120);
    /** URL sources are fetched by these threads, not the workers: waiting on a network is no work for a CPU. */
    static final int FETCHING_THREADS = 8;
    private static final int FETCHING_QUEUE = 32;

    private final RecognizeDocument recognizer;
    private final WorkerPool pool;
    private final ServerMetrics metrics;
    private final IssueLogIds logIds;
    private final long maxRequestBytes;
    private final ExecutorService fetchers;
    private final Semaphore fetching = new Semaphore(FETCHING_THREADS + FETCHING_QUEUE);

    RecognitionFlow(RecognizeDocument recognizer, WorkerPool pool, ServerMetrics metrics, IssueLogIds logIds, long maxRequestBytes)
    {
        AtomicInteger threadNumber = new AtomicInteger();
        this.fetchers = Executors.newFixedThreadPool(FETCHING_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "certscan-fetch-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        this.recognizer = requireNonNull(recognizer, "recognizer is null");
        this.pool = requireNonNull(pool, "pool is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.logIds = requireNonNull(logIds, "logIds is null");
        this.maxRequestBytes = maxRequestBytes;
    }

    /** Stops the fetching threads; fetches in flight end with their own timeouts. */
    void shutdown()
    {
        fetchers.shutdownNow();
    }

    /** Turns a request body into a command; throws {@link CertscanException} for a bad request. */
    @FunctionalInterface
    interface CommandReader
    {
        RecognizeCommand read(HttpExchange exchange, byte[] body);
    }

    /** How an API words its answers. */
    interface Answers<T>
    {
        void success(HttpExchange exchange, T result);

        /** @param bodyUnread the request body was not read whole: the connection must close after the answer */
        void error(HttpExchange exchange, CertscanException error, LogId logId, boolean bodyUnread);
    }

    /** Recognises the command a request carries; the answer carries the recognition's log id. */
    void handle(HttpExchange exchange, CommandReader reader, Answers<RecognitionResult> answers)
    {
        handle(exchange, reader, recognizer::recognize, new Answers<>()
        {
            @Override
            public void success(HttpExchange exchange, RecognitionResult result)
            {
                answers.success(exchange.withLogId(result.logId()), result);
            }

            @Override
            public void error(HttpExchange exchange, CertscanException error, LogId logId, boolean bodyUnread)
            {
                answers.error(exchange, error, logId, bodyUnread);
            }
        });
    }

    /**
     * Any work on the command a request carries (recognising it, drawing its page): the body is
     * read whole first, holding no thread while it arrives; a command naming a URL has it fetched
     * by the fetching threads; only then does it take a place in the pool, so slow uploads and
     * slow URLs never keep a worker from requests that are ready.
     */
    <T> void handle(HttpExchange exchange, CommandReader reader, Function<RecognizeCommand, T> work, Answers<T> answers)
    {
        exchange.readBody(maxRequestBytes, BODY_TIME, body -> {
            if (!pool.tryAdmit()) {
                // Refused before the body is parsed: a burst of retries costs a copy, not a decoding.
                rejected(exchange, answers);
                return;
            }
            RecognizeCommand command;
            try {
                command = reader.read(exchange, body);
            }
            catch (CertscanException invalid) {
                pool.release();
                answers.error(exchange, invalid, logIds.next(), false);
                return;
            }
            catch (RuntimeException unexpected) {
                pool.release();
                LOGGER.log(Level.SEVERE, "request could not be prepared", unexpected);
                answers.error(exchange, new CertscanException(ErrorCode.INTERNAL_ERROR, "the request could not be prepared"), logIds.next(), false);
                return;
            }
            if (!command.isRemote()) {
                run(exchange, command, work, answers);
                return;
            }
            // A place is not held while the URL is fetched: waiting on a network is no work for a CPU.
            pool.release();
            if (!fetching.tryAcquire()) {
                metrics.recordRejected();
                answers.error(exchange, new CertscanException(ErrorCode.QPS_LIMIT_REACHED,
                        "all " + FETCHING_THREADS + " URL fetches are busy; retry later"), logIds.next(), false);
                return;
            }
            fetchers.execute(() -> {
                RecognizeCommand fetched;
                try {
                    fetched = recognizer.fetched(command);
                }
                catch (CertscanException failed) {
                    answers.error(exchange, failed, logIds.next(), false);
                    return;
                }
                catch (RuntimeException unexpected) {
                    LOGGER.log(Level.SEVERE, "a URL fetch failed unexpectedly", unexpected);
                    answers.error(exchange, new CertscanException(ErrorCode.INTERNAL_ERROR, "the URL could not be fetched"), logIds.next(), false);
                    return;
                }
                finally {
                    fetching.release();
                }
                if (!pool.tryAdmit()) {
                    rejected(exchange, answers);
                    return;
                }
                run(exchange, fetched, work, answers);
            });
        }, (failure, message) -> answers.error(exchange, refusal(failure, message), logIds.next(), true));
    }

    private <T> void rejected(HttpExchange exchange, Answers<T> answers)
    {
        metrics.recordRejected();
        answers.error(exchange, new CertscanException(ErrorCode.QPS_LIMIT_REACHED,
                "all " + pool.workers() + " workers are busy and " + pool.queueCapacity() + " requests are waiting; retry later"), logIds.next(), false);
    }

    private static CertscanException refusal(RequestBodies.Failure failure, String message)
    {
        return switch (failure) {
            case TOO_LARGE -> new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, message);
            case NO_ROOM -> new CertscanException(ErrorCode.QPS_LIMIT_REACHED, message);
            case TOO_SLOW, BROKEN -> new CertscanException(ErrorCode.INVALID_PARAM, message);
        };
    }

    /** Runs an admitted command on a worker. */
    private <T> void run(HttpExchange exchange, RecognizeCommand command, Function<RecognizeCommand, T> work, Answers<T> answers)
    {
        try {
            pool.run(() -> work(exchange, command, work, answers));
        }
        catch (RuntimeException refused) {
            pool.release();
            answers.error(exchange, new CertscanException(ErrorCode.SERVICE_TEMPORARILY_UNAVAILABLE, "the server is stopping"), logIds.next(), false);
        }
    }

    private <T> void work(HttpExchange exchange, RecognizeCommand command, Function<RecognizeCommand, T> work, Answers<T> answers)
    {
        T result;
        try {
            result = work.apply(command);
        }
        catch (CertscanException failed) {
            answers.error(exchange, failed, logIds.next(), false);
            return;
        }
        catch (RuntimeException | Error unexpected) {
            // The stack trace goes to the server log, never to the client; the other requests go on.
            LOGGER.log(Level.SEVERE, "work failed for " + command, unexpected);
            answers.error(exchange, new CertscanException(ErrorCode.INTERNAL_ERROR, "recognition failed unexpectedly"), logIds.next(), false);
            return;
        }
        answers.success(exchange, result);
    }
}
