package io.certscan.adapter.baidu;

import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import static io.certscan.adapter.baidu.BaiduCertificateRecognitionTest.token;
import static org.assertj.core.api.Assertions.assertThat;

class BaiduTokensTest
{
    private MockWebServer cloud;
    private final MutableClock clock = new MutableClock();

    @BeforeEach
    void start()
            throws IOException
    {
        cloud = new MockWebServer();
        cloud.start();
    }

    @AfterEach
    void stop()
            throws IOException
    {
        cloud.shutdown();
    }

    @Test
    void theTokenIsKeptUntilATenthOfItsLifeIsLeftThenRefreshed()
    {
        BaiduTokens tokens = tokens();
        cloud.enqueue(token("24.first", 100));
        cloud.enqueue(token("24.second", 100));

        assertThat(tokens.get()).isEqualTo("24.first");
        clock.advance(Duration.ofSeconds(89));
        assertThat(tokens.get()).isEqualTo("24.first");
        assertThat(cloud.getRequestCount()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(2));
        assertThat(tokens.get()).isEqualTo("24.second");
        assertThat(cloud.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aFailedRefreshAheadKeepsTheStillValidToken()
    {
        BaiduTokens tokens = tokens();
        cloud.enqueue(token("24.first", 100));
        cloud.enqueue(new okhttp3.mockwebserver.MockResponse().setResponseCode(503).setBody("<html>down</html>"));
        cloud.enqueue(token("24.second", 100));

        assertThat(tokens.get()).isEqualTo("24.first");
        clock.advance(Duration.ofSeconds(95));
        assertThat(tokens.get()).isEqualTo("24.first");
        assertThat(tokens.get()).isEqualTo("24.second");
    }

    @Test
    void invalidatingAnOlderTokenDoesNotThrowAwayTheNewerOne()
    {
        BaiduTokens tokens = tokens();
        cloud.enqueue(token("24.first", 2592000));
        cloud.enqueue(token("24.second", 2592000));

        String first = tokens.get();
        tokens.invalidate(first);
        String second = tokens.get();
        tokens.invalidate(first);

        assertThat(List.of(first, second, tokens.get())).containsExactly("24.first", "24.second", "24.second");
        assertThat(cloud.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aMonthLongTokenIsRefreshedADayAhead()
    {
        BaiduTokens tokens = tokens();
        cloud.enqueue(token("24.month", 2592000));
        cloud.enqueue(token("24.next", 2592000));

        tokens.get();
        clock.advance(Duration.ofDays(28).plusHours(23));
        assertThat(tokens.get()).isEqualTo("24.month");
        clock.advance(Duration.ofHours(2));
        assertThat(tokens.get()).isEqualTo("24.next");
    }

    private BaiduTokens tokens()
    {
        BaiduConfig config = new BaiduConfig(cloud.url("/").toString(), "k", "s", Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5), Duration.ZERO, 1000);
        return new BaiduTokens(BaiduModule.api(BaiduModule.client(config), config), "k", "s", clock);
    }

    private static final class MutableClock
            extends Clock
    {
        private Instant now = Instant.parse("2026-11-24T00:00:00Z");

        void advance(Duration duration)
        {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone()
        {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone)
        {
            return this;
        }

        @Override
        public Instant instant()
        {
            return now;
        }
    }
}
