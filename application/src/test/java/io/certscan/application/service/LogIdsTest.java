package io.certscan.application.service;

import io.certscan.application.port.in.LogId;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

class LogIdsTest
{
    @Test
    void idsAreUniqueEvenWhenManyAreIssuedInOneMillisecond()
    {
        LogIds logIds = new LogIds(Clock.fixed(Instant.parse("2026-11-23T00:00:00Z"), ZoneOffset.UTC), 5);
        Set<LogId> seen = new HashSet<>();

        for (int i = 0; i < 20_000; i++) {
            assertThat(seen.add(logIds.next())).isTrue();
        }
    }

    @Test
    void idsAreUniqueAcrossThreads()
    {
        LogIds logIds = new LogIds(Clock.systemUTC());
        Set<LogId> seen = ConcurrentHashMap.newKeySet();

        IntStream.range(0, 50_000).parallel().forEach(i -> seen.add(logIds.next()));

        assertThat(seen).hasSize(50_000);
    }

    @Test
    void idsAboveTwoToTheSixtyThreeAreWrittenUnsigned()
    {
        // From 2109 on the millisecond part fills the top bit; the id must still print as positive.
        LogIds logIds = new LogIds(Clock.fixed(Instant.ofEpochMilli(1L << 41), ZoneOffset.UTC), 1);

        LogId id = logIds.next();

        assertThat(id.bits()).isNegative();
        assertThat(id.toString()).isEqualTo(Long.toUnsignedString(id.bits())).doesNotStartWith("-");
        assertThat(LogId.parse(id.toString())).isEqualTo(id);
    }
}
