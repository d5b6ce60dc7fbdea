package io.certscan.adapter.rest;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Slows down guessing. Each client address may fail to authenticate (a wrong secret or an unknown
 * id at the token endpoint, a refresh token that is not ours, an access token that is not ours,
 * a bce-auth-v1 signature that does not hold; {@link Authentication} says which) {@link #BURST}
 * times in a row; after that it gets one more try per {@link #REFILL}, and in between it is
 * answered "slow down" at once, with nothing checked, so that a guess costs seconds instead of
 * two milliseconds and the server does no HMAC work for it. Successes draw nothing: an address
 * that does not fail is never slowed, and a success does not wipe the failures (one good key of
 * its own would let a guesser start afresh).
 *
 * <p>The allowance is a token bucket kept as the instant it is whole again (the generic cell rate
 * algorithm), one instant per address. An IPv6 address counts by its /64, which is what one
 * subscriber gets. At most {@link #MAX_ADDRESSES} addresses are remembered, those that failed
 * least recently forgotten first, and an address whose allowance is whole again is forgotten at
 * once: a flood of addresses cannot grow the memory. Each replica counts its own failures; behind
 * a proxy every client has the proxy's address (the connection's, not a forwarded header, which
 * anyone can write).
 */
final class FailureThrottle
{
    static final int BURST = 20;
    static final Duration REFILL = Duration.ofSeconds(3);
    static final int MAX_ADDRESSES = 10_000;

    private final Clock clock;
    private final int burst;
    private final Duration refill;
    /** Address → when its allowance is whole again; in the order of their last failure or try, oldest first. */
    private final Map<String, Instant> wholeAgain;

    FailureThrottle(Clock clock)
    {
        this(clock, BURST, REFILL, MAX_ADDRESSES);
    }

    FailureThrottle(Clock clock, int burst, Duration refill, int maxAddresses)
    {
        this.clock = requireNonNull(clock, "clock is null");
        if (burst < 1 || refill.isNegative() || refill.isZero() || maxAddresses < 1) {
            throw new IllegalArgumentException("burst, refill and maxAddresses must be positive");
        }
        this.burst = burst;
        this.refill = refill;
        this.wholeAgain = new LinkedHashMap<>(16, 0.75f, true)
        {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest)
            {
                return size() > maxAddresses;
            }
        };
    }

    /** Empty when the address may try now; else how long until it may. */
    synchronized Optional<Duration> waitBefore(InetAddress client)
    {
        String key = keyOf(client);
        Instant whole = wholeAgain.get(key);
        if (whole == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!whole.isAfter(now)) {
            wholeAgain.remove(key);
            return Optional.empty();
        }
        // A try is allowed while at least one failure's worth of the allowance is left.
        Duration wait = Duration.between(now, bounded(whole, now)).minus(refill.multipliedBy(burst - 1));
        return wait.isNegative() || wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Draws one failure from the address's allowance. */
    synchronized void failed(InetAddress client)
    {
        String key = keyOf(client);
        Instant now = clock.instant();
        Instant whole = wholeAgain.get(key);
        wholeAgain.put(key, bounded(whole == null || whole.isBefore(now) ? now : whole, now).plus(refill));
    }

    /**
     * No further ahead than a whole allowance: concurrent failures can take more than one
     * failure's worth at once, and a clock set back would otherwise stretch the wait by as much.
     */
    private Instant bounded(Instant whole, Instant now)
    {
        Instant longest = now.plus(refill.multipliedBy(burst));
        return whole.isAfter(longest) ? longest : whole;
    }

    synchronized int addresses()
    {
        return wholeAgain.size();
    }

    /** An IPv4 address as it is, an IPv6 address by its first 64 bits, no address (not a socket) as one. */
    private static String keyOf(InetAddress client)
    {
        if (client == null) {
            return "unknown";
        }
        byte[] address = client.getAddress();
        if (client instanceof Inet6Address) {
            return HexFormat.of().formatHex(address, 0, 8) + "::/64";
        }
        return client.getHostAddress();
    }
}
