package io.certscan.application.service;

import io.certscan.application.port.in.IssueLogIds;
import io.certscan.application.port.in.LogId;
import jakarta.inject.Inject;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Issues log ids that are unique within the process and, with overwhelming likelihood, across
 * replicas: 42 bits of milliseconds, 10 bits of a random instance number, 12 bits of sequence.
 * When more than 4096 ids are asked for in one millisecond the clock part runs ahead rather than
 * repeating, and the real clock catches up.
 */
public final class LogIds
        implements IssueLogIds
{
    private static final int SEQUENCE_BITS = 12;
    private static final int INSTANCE_BITS = 10;

    private final Clock clock;
    private final long instance;
    /** The last issued (millisecond, sequence) pair, packed as millisecond << 12 | sequence. */
    private final AtomicLong last = new AtomicLong();

    @Inject
    public LogIds(Clock clock)
    {
        this(clock, new SecureRandom().nextInt(1 << INSTANCE_BITS));
    }

    LogIds(Clock clock, int instance)
    {
        this.clock = clock;
        this.instance = instance;
    }

    @Override
    public LogId next()
    {
        long now = clock.millis() << SEQUENCE_BITS;
        long issued = last.updateAndGet(previous -> Math.max(previous + 1, now));
        long millis = issued >>> SEQUENCE_BITS;
        long sequence = issued & ((1 << SEQUENCE_BITS) - 1);
        return new LogId(millis << (INSTANCE_BITS + SEQUENCE_BITS) | instance << SEQUENCE_BITS | sequence);
    }
}
