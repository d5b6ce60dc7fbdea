package io.certscan.adapter.documents;

import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * The share of the heap that pictures being decoded may hold at once, across all requests of the
 * JVM (one heap, so one budget): a quarter of the maximum heap. A decoding reserves what its
 * pixels will take before it allocates them and gives it back when the picture is decoded and
 * compacted; when others hold the budget it waits, and a decoding larger than the whole budget
 * waits until it has the budget alone. Four 8192 × 8192 PNGs at once are then decoded one or
 * two at a time instead of failing each other with {@link OutOfMemoryError}.
 */
final class DecodingMemory
{
    private static final int KIB = 1024;
    /** How long a decoding waits for its share before it is refused (216202): far beyond any one decoding's time. */
    private static final long WAIT_SECONDS = 60;
    private static final int BUDGET_KIB = (int) Math.min(Integer.MAX_VALUE, Runtime.getRuntime().maxMemory() / 4 / KIB);
    private static final Semaphore BUDGET = new Semaphore(BUDGET_KIB, true);

    private DecodingMemory() {}

    /** A share of the budget, given back on close. */
    interface Reservation
            extends AutoCloseable
    {
        @Override
        void close();
    }

    /** Reserves {@code bytes} (at most the whole budget), waiting while others hold it. */
    static Reservation reserve(long bytes)
    {
        int kibibytes = (int) Math.max(1, Math.min(BUDGET_KIB, (bytes + KIB - 1) / KIB));
        try {
            if (!BUDGET.tryAcquire(kibibytes, WAIT_SECONDS, TimeUnit.SECONDS)) {
                throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, "too many large pictures are being decoded at once; send this one again later");
            }
        }
        catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, "interrupted while waiting to decode the picture");
        }
        return () -> BUDGET.release(kibibytes);
    }

    /** What is free now, in bytes (for tests). */
    static long available()
    {
        return (long) BUDGET.availablePermits() * KIB;
    }
}
