package io.certscan.adapter.rest;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FailureThrottleTest
{
    private static final Duration REFILL = Duration.ofSeconds(3);

    private final TokenAuthenticationTest.MutableClock clock = new TokenAuthenticationTest.MutableClock(Instant.parse("2026-11-23T00:00:00Z"));

    @Test
    void anAddressMayFailABurstThenOnceARefillAndIsForgottenWhenItsAllowanceIsWhole()
    {
        FailureThrottle throttle = new FailureThrottle(clock, 3, REFILL, 100);
        InetAddress guesser = address("192.0.2.7");
        for (int i = 0; i < 3; i++) {
            assertThat(throttle.waitBefore(guesser)).as("failure %d", i).isEmpty();
            throttle.failed(guesser);
        }

        assertThat(throttle.waitBefore(guesser)).contains(REFILL);
        clock.advance(Duration.ofSeconds(1));
        assertThat(throttle.waitBefore(guesser)).contains(Duration.ofSeconds(2));
        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.waitBefore(guesser)).isEmpty();
        throttle.failed(guesser);
        assertThat(throttle.waitBefore(guesser)).as("one try per refill").contains(REFILL);

        clock.advance(REFILL.multipliedBy(3));
        assertThat(throttle.waitBefore(guesser)).isEmpty();
        assertThat(throttle.addresses()).isZero();
    }

    @Test
    void addressesCountApartAndAnIpv6AddressCountsByItsSlash64()
    {
        FailureThrottle throttle = new FailureThrottle(clock, 1, REFILL, 100);
        throttle.failed(address("192.0.2.7"));
        throttle.failed(address("2001:db8:1:2::1"));

        assertThat(throttle.waitBefore(address("192.0.2.7"))).isPresent();
        assertThat(throttle.waitBefore(address("192.0.2.8"))).isEmpty();
        assertThat(throttle.waitBefore(address("2001:db8:1:2:ffff:ffff:ffff:ffff"))).as("the same /64").isPresent();
        assertThat(throttle.waitBefore(address("2001:db8:1:3::1"))).isEmpty();
        throttle.failed(null);
        assertThat(throttle.waitBefore(null)).isPresent();
    }

    @Test
    void aFloodOfAddressesCannotGrowTheMemoryBeyondItsBound()
    {
        FailureThrottle throttle = new FailureThrottle(clock, 1, REFILL, 50);
        for (int i = 0; i < 1000; i++) {
            throttle.failed(address("10.0." + i / 256 + "." + i % 256));
        }

        assertThat(throttle.addresses()).isEqualTo(50);
        assertThat(throttle.waitBefore(address("10.0.3.231"))).as("the last to fail is remembered").isPresent();
        assertThat(throttle.waitBefore(address("10.0.0.0"))).as("the first is forgotten").isEmpty();
    }

    @Test
    void concurrentFailuresOrAClockSetBackNeverMakeTheWaitLongerThanOneRefill()
    {
        FailureThrottle throttle = new FailureThrottle(clock, 2, REFILL, 100);
        InetAddress guesser = address("192.0.2.7");
        for (int i = 0; i < 10; i++) {
            throttle.failed(guesser);
        }
        assertThat(throttle.waitBefore(guesser)).contains(REFILL);

        clock.advance(Duration.ofHours(-5));
        assertThat(throttle.waitBefore(guesser)).contains(REFILL);
    }

    private static InetAddress address(String literal)
    {
        try {
            return InetAddress.getByName(literal);
        }
        catch (UnknownHostException e) {
            throw new AssertionError(e);
        }
    }
}
