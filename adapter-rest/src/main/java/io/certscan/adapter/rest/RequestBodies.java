package io.certscan.adapter.rest;

import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static java.util.Objects.requireNonNull;

/**
 * Request bodies read without a thread waiting for them. A thread reads what has arrived and
 * asks Jetty to call back when more does, so a thousand clients trickling bodies in hold no
 * thread: health checks, tokens and recognitions of the clients that did send go on. A body is
 * read whole, within its size limit, the server's minimum data rate (Jetty cuts a slower one),
 * a total time, and {@link #BUDGET_BYTES} for all bodies in memory together, before the request
 * takes a worker's place.
 */
final class RequestBodies
{
    /** All request bodies the server holds at once: a quarter of the heap. */
    static final long BUDGET_BYTES = Runtime.getRuntime().maxMemory() / 4;

    private final AtomicLong held = new AtomicLong();
    private final long budget;

    RequestBodies()
    {
        this(BUDGET_BYTES);
    }

    RequestBodies(long budget)
    {
        this.budget = budget;
    }

    /** Why a body was not read. */
    enum Failure
    {
        /** Larger than the limit, by its declared length or as it arrived. */
        TOO_LARGE,
        /** Not all there within the time allowed. */
        TOO_SLOW,
        /** The bodies held by other requests leave no room for it now. */
        NO_ROOM,
        /** The connection broke, or Jetty cut a body sent below the minimum data rate. */
        BROKEN,
    }

    interface Receiver
    {
        /** The body, whole; called once, on a thread of Jetty's. */
        void received(byte[] body);

        /** Called once instead, on a thread of Jetty's or the scheduler's. */
        void failed(Failure failure, String message);
    }

    /** Bytes held by bodies being read or not yet answered. */
    long held()
    {
        return held.get();
    }

    /**
     * Reads the body and hands it over; {@code keep} false reads it to its end and drops it
     * (an error answer to a client that sends its whole body before reading), then hands over an
     * empty array. The memory a kept body holds is given back by {@link #release(long)} with
     * the number of bytes the body has, once the request is answered.
     */
    void read(Request request, long limit, Duration within, boolean keep, Receiver receiver)
    {
        requireNonNull(receiver, "receiver is null");
        long declared = request.getLength();
        if (declared > limit) {
            receiver.failed(Failure.TOO_LARGE, "the request body of " + declared + " bytes is larger than the limit of " + limit + " bytes");
            return;
        }
        new Reading(request, limit, declared, keep, receiver).start(within);
    }

    void release(long bytes)
    {
        held.addAndGet(-bytes);
    }

    private boolean reserve(long bytes)
    {
        if (held.addAndGet(bytes) > budget) {
            held.addAndGet(-bytes);
            return false;
        }
        return true;
    }

    private final class Reading
            implements Runnable
    {
        private final Request request;
        private final long limit;
        private final boolean keep;
        private final Receiver receiver;
        private final AtomicBoolean finished = new AtomicBoolean();
        private volatile Scheduler.Task deadline;
        private byte[] buffer;
        private int size;
        private long reserved;
        private long total;

        Reading(Request request, long limit, long declared, boolean keep, Receiver receiver)
        {
            this.request = request;
            this.limit = limit;
            this.keep = keep;
            this.receiver = receiver;
            this.buffer = new byte[keep && declared > 0 ? (int) declared : 0];
        }

        void start(Duration within)
        {
            if (keep && buffer.length > 0 && !reserveMore(buffer.length)) {
                fail(Failure.NO_ROOM, "the server holds as many request bodies as it has room for; send again shortly");
                return;
            }
            deadline = request.getComponents().getScheduler().schedule(
                    () -> fail(Failure.TOO_SLOW, "the request body did not arrive within " + within.toSeconds() + " seconds"),
                    within.toMillis(), TimeUnit.MILLISECONDS);
            run();
        }

        /** Reads what has arrived; asks to be called again when more does. Jetty never runs it twice at once. */
        @Override
        public void run()
        {
            while (!finished.get()) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    Throwable failure = chunk.getFailure();
                    fail(Failure.BROKEN, "the request body could not be read" + (failure == null || failure.getMessage() == null ? "" : ": " + failure.getMessage()));
                    return;
                }
                try {
                    ByteBuffer bytes = chunk.getByteBuffer();
                    int length = bytes.remaining();
                    total += length;
                    if (total > limit) {
                        fail(Failure.TOO_LARGE, "the request body is larger than the limit of " + limit + " bytes");
                        return;
                    }
                    if (keep && length > 0) {
                        if (size + length > buffer.length && !grow(size + length)) {
                            fail(Failure.NO_ROOM, "the server holds as many request bodies as it has room for; send again shortly");
                            return;
                        }
                        bytes.get(buffer, size, length);
                        size += length;
                    }
                    if (chunk.isLast()) {
                        complete();
                        return;
                    }
                }
                finally {
                    chunk.release();
                }
            }
        }

        private boolean grow(int needed)
        {
            int capacity = (int) Math.min(Math.max(needed, Math.max(8192, (long) buffer.length * 2)), Math.max(needed, limit));
            if (!reserveMore(capacity - buffer.length)) {
                return false;
            }
            buffer = Arrays.copyOf(buffer, capacity);
            return true;
        }

        /** Synchronized with {@link #fail}, which may run on the scheduler's thread meanwhile. */
        private synchronized boolean reserveMore(long bytes)
        {
            if (finished.get() || !reserve(bytes)) {
                return false;
            }
            reserved += bytes;
            return true;
        }

        private void complete()
        {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            cancelDeadline();
            byte[] body = size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
            synchronized (this) {
                // Only what the body holds stays reserved until the answer.
                release(reserved - body.length);
                reserved = 0;
            }
            buffer = null;
            receiver.received(keep ? body : new byte[0]);
        }

        private void fail(Failure failure, String message)
        {
            if (!finished.compareAndSet(false, true)) {
                return;
            }
            cancelDeadline();
            synchronized (this) {
                release(reserved);
                reserved = 0;
            }
            receiver.failed(failure, message);
        }

        private void cancelDeadline()
        {
            Scheduler.Task task = deadline;
            if (task != null) {
                task.cancel();
            }
        }
    }
}
