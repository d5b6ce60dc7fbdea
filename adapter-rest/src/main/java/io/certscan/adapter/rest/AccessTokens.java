package io.certscan.adapter.rest;

import io.certscan.domain.error.ErrorCode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Self-contained access tokens: {@code cs1.<client id>.<expiry>.<signature>}, the signature an
 * HMAC-SHA256 of the rest under the client's secret key. Any replica that has the same key pairs
 * accepts any other's tokens with no shared state, and a token dies with its key pair.
 */
final class AccessTokens
{
    private static final String VERSION = "cs1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final ApiKeys keys;
    private final Duration lifetime;
    private final Clock clock;

    AccessTokens(ApiKeys keys, Duration lifetime, Clock clock)
    {
        this.keys = requireNonNull(keys, "keys is null");
        this.lifetime = requireNonNull(lifetime, "lifetime is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    record Issued(String token, long expiresInSeconds) {}

    Issued issue(String clientId)
    {
        byte[] secret = keys.secretOf(clientId).orElseThrow(() -> new IllegalArgumentException("unknown client"));
        long expiry = clock.instant().plus(lifetime).getEpochSecond();
        String unsigned = VERSION + "." + ENCODER.encodeToString(clientId.getBytes(StandardCharsets.UTF_8)) + "." + expiry;
        return new Issued(unsigned + "." + ENCODER.encodeToString(sign(secret, unsigned)), lifetime.toSeconds());
    }

    /** Empty when the token is good; else the error the original answers: 100 none given, 110 not ours, 111 expired. */
    Optional<ErrorCode> check(String token)
    {
        if (token == null || token.isBlank()) {
            return Optional.of(ErrorCode.INVALID_ACCESS_TOKEN_PARAMETER);
        }
        String[] parts = token.strip().split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(VERSION)) {
            return Optional.of(ErrorCode.ACCESS_TOKEN_INVALID);
        }
        String clientId;
        long expiry;
        byte[] signature;
        try {
            clientId = new String(DECODER.decode(parts[1]), StandardCharsets.UTF_8);
            expiry = Long.parseLong(parts[2]);
            signature = DECODER.decode(parts[3]);
        }
        catch (IllegalArgumentException malformed) {
            return Optional.of(ErrorCode.ACCESS_TOKEN_INVALID);
        }
        Optional<byte[]> secret = keys.secretOf(clientId);
        if (secret.isEmpty()) {
            return Optional.of(ErrorCode.ACCESS_TOKEN_INVALID);
        }
        byte[] expected = sign(secret.get(), parts[0] + "." + parts[1] + "." + parts[2]);
        if (!MessageDigest.isEqual(expected, signature)) {
            return Optional.of(ErrorCode.ACCESS_TOKEN_INVALID);
        }
        if (!clock.instant().isBefore(Instant.ofEpochSecond(expiry))) {
            return Optional.of(ErrorCode.ACCESS_TOKEN_EXPIRED);
        }
        return Optional.empty();
    }

    private static byte[] sign(byte[] secret, String text)
    {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
