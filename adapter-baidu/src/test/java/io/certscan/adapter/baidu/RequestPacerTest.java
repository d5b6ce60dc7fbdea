package io.certscan.adapter.baidu;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RequestPacerTest
{
    /** Time that moves only when someone sleeps. */
    private static final class FakeTicker
            implements RequestPacer.Ticker
    {
        long now = 1_000_000_000L;
        final List<Long> sleeps = new ArrayList<>();

        @Override
        public long nanoTime()
        {
            return now;
        }

        @Override
        public void sleepNanos(long nanos)
        {
            sleeps.add(nanos);
            now += nanos;
        }
    }

    @Test
    void requestsLeaveAtMostQpsPerSecond()
            throws InterruptedException
    {
        FakeTicker ticker = new FakeTicker();
        RequestPacer pacer = new RequestPacer(2, ticker);

        for (int i = 0; i < 4; i++) {
            pacer.acquire();
        }

        // The first goes at once, each next one half a second after the one before.
        assertThat(ticker.sleeps).containsExactly(500_000_000L, 500_000_000L, 500_000_000L);
        assertThat(ticker.now).isEqualTo(1_000_000_000L + 1_500_000_000L);
    }

    @Test
    void aQuietPeriodGivesNoBurstCredit()
            throws InterruptedException
    {
        FakeTicker ticker = new FakeTicker();
        RequestPacer pacer = new RequestPacer(4, ticker);

        pacer.acquire();
        ticker.now += 10_000_000_000L;
        pacer.acquire();
        pacer.acquire();

        assertThat(ticker.sleeps).containsExactly(250_000_000L);
    }

    @Test
    void qpsMustBePositive()
    {
        assertThatThrownBy(() -> new RequestPacer(0, new FakeTicker())).isInstanceOf(IllegalArgumentException.class);
    }
}
