package io.certscan.adapter.rest;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where recognitions run: a fixed number of workers and a bounded number of requests admitted to
 * wait for one. Admission is decided once the request body has arrived whole and before it is
 * parsed, so slow uploads take no place and a burst of retries costs no decoding; what is
 * admitted always gets a worker.
 */
final class WorkerPool
        implements AutoCloseable
{
    private final int workers;
    private final int queueCapacity;
    private final Semaphore admissions;
    private final AtomicInteger running = new AtomicInteger();
    private final ExecutorService executor;

    WorkerPool(int workers, int queueCapacity)
    {
        if (workers < 1 || queueCapacity < 0) {
            throw new IllegalArgumentException("workers must be at least 1 and the queue capacity not negative");
        }
        this.workers = workers;
        this.queueCapacity = queueCapacity;
        this.admissions = new Semaphore(workers + queueCapacity);
        AtomicInteger threadNumber = new AtomicInteger();
        ThreadFactory threads = runnable -> {
            Thread thread = new Thread(runnable, "certscan-worker-" + threadNumber.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        this.executor = Executors.newFixedThreadPool(workers, threads);
    }

    /** A place in the pool, or none when every worker is busy and the queue is full. */
    boolean tryAdmit()
    {
        return admissions.tryAcquire();
    }

    /** Gives back a place taken with {@link #tryAdmit()} that will not run a task after all. */
    void release()
    {
        admissions.release();
    }

    /** Runs an admitted task; its place is given back when it ends, however it ends. */
    void run(Runnable task)
    {
        executor.execute(() -> {
            running.incrementAndGet();
            try {
                task.run();
            }
            finally {
                running.decrementAndGet();
                admissions.release();
            }
        });
    }

    int workers()
    {
        return workers;
    }

    int busy()
    {
        return running.get();
    }

    /** Admitted requests not yet running: being parsed or waiting for a worker. */
    int queued()
    {
        return Math.max(0, workers + queueCapacity - admissions.availablePermits() - running.get());
    }

    int queueCapacity()
    {
        return queueCapacity;
    }

    /** Lets running and queued tasks finish within the timeout. */
    void shutdown(Duration timeout)
    {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        }
        catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close()
    {
        shutdown(Duration.ofSeconds(5));
    }
}
