package io.certscan.adapter.baidu;

import static java.util.Objects.requireNonNull;

/**
 * Keeps this process under the cloud's queries-per-second limit: requests leave at least
 * 1/qps apart, whichever thread sends them, so a batch run does not burn its quota on error 18.
 */
final class RequestPacer
{
    /** The time source and the way to wait, replaceable in tests. */
    interface Ticker
    {
        long nanoTime();

        void sleepNanos(long nanos)
                throws InterruptedException;

        Ticker SYSTEM = new Ticker()
        {
            @Override
            public long nanoTime()
            {
                return System.nanoTime();
            }

            @Override
            public void sleepNanos(long nanos)
                    throws InterruptedException
            {
                java.util.concurrent.TimeUnit.NANOSECONDS.sleep(nanos);
            }
        };
    }

    private final long intervalNanos;
    private final Ticker ticker;
    private long nextFree;
    private boolean started;

    RequestPacer(double qps, Ticker ticker)
    {
        if (!(qps > 0)) {
            throw new IllegalArgumentException("qps must be positive: " + qps);
        }
        this.intervalNanos = (long) (1_000_000_000L / qps);
        this.ticker = requireNonNull(ticker, "ticker is null");
    }

    /** Waits for this request's turn. */
    void acquire()
            throws InterruptedException
    {
        long turn;
        synchronized (this) {
            long now = ticker.nanoTime();
            turn = !started || now - nextFree > 0 ? now : nextFree;
            started = true;
            nextFree = turn + intervalNanos;
        }
        long wait = turn - ticker.nanoTime();
        if (wait > 0) {
            ticker.sleepNanos(wait);
        }
    }
}
