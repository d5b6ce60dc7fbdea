package io.certscan.adapter.rest;

import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.service.LogIds;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.io.IOException;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

import static java.util.Objects.requireNonNull;

/**
 * The path of every recognition request, whichever API it came in by: admission to the worker
 * pool (error 18 at once when it is full), the body read within its limit, the command built, the
 * recognition run on a worker, and exactly one answer in the API's own shape.
 */
final class RecognitionFlow
{
    private static final Logger LOGGER = Logger.getLogger(RecognitionFlow.class.getName());

    private final RecognizeDocument recognizer;
    private final WorkerPool pool;
    private final ServerMetrics metrics;
    private final LogIds logIds;
    private final long maxRequestBytes;

    RecognitionFlow(RecognizeDocument recognizer, WorkerPool pool, ServerMetrics metrics, LogIds logIds, long maxRequestBytes)
    {
        this.recognizer = requireNonNull(recognizer, "recognizer is null");
        this.pool = requireNonNull(pool, "pool is null");
        this.metrics = requireNonNull(metrics, "metrics is null");
        this.logIds = requireNonNull(logIds, "logIds is null");
        this.maxRequestBytes = maxRequestBytes;
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

    /** Any work on the command a request carries (recognising it, drawing its page), admitted to the pool like a recognition. */
    <T> void handle(HttpExchange exchange, CommandReader reader, Function<RecognizeCommand, T> work, Answers<T> answers)
    {
        if (!pool.tryAdmit()) {
            metrics.recordRejected();
            answers.error(exchange, new CertscanException(ErrorCode.QPS_LIMIT_REACHED,
                    "all " + pool.workers() + " workers are busy and " + pool.queueCapacity() + " requests are waiting; retry later"), logIds.next(), true);
            return;
        }
        boolean submitted = false;
        try {
            byte[] body = exchange.readBody(maxRequestBytes);
            RecognizeCommand command = reader.read(exchange, body);
            pool.run(() -> work(exchange, command, work, answers));
            submitted = true;
        }
        catch (HttpExchange.BodyTooLarge tooLarge) {
            answers.error(exchange, new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, tooLarge.getMessage()), logIds.next(), true);
        }
        catch (CertscanException invalid) {
            answers.error(exchange, invalid, logIds.next(), false);
        }
        catch (IOException unreadable) {
            answers.error(exchange, new CertscanException(ErrorCode.INVALID_PARAM, "the request body could not be read: " + unreadable.getMessage()), logIds.next(), true);
        }
        catch (RuntimeException unexpected) {
            LOGGER.log(Level.SEVERE, "request could not be prepared", unexpected);
            answers.error(exchange, new CertscanException(ErrorCode.INTERNAL_ERROR, "the request could not be prepared"), logIds.next(), true);
        }
        finally {
            if (!submitted) {
                pool.release();
            }
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
