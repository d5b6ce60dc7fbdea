package io.certscan.adapter.rest;

import io.certscan.domain.error.ErrorCode;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import static java.util.Objects.requireNonNull;

/**
 * Self-contained access tokens: {@code cs2.<client id>.<expiry>.<signature>}, the signature an
 * HMAC-SHA256 of the rest under the client's token signing key, which {@link TokenKey} derives
 * from the client's secret and the server's token key. Any replica that has the same key pairs
 * and the same token key accepts any other's tokens with no shared state; a token dies with its
 * key pair or the token key. Version 2 because version 1 ({@code cs1}) was signed with the secret
 * itself: those tokens are not ours any more (110).
 */
final class AccessTokens
{
    private static final String VERSION = "cs2";
    /** Refresh tokens: the same shape under another version, so neither passes for the other. */
    private static final String REFRESH_VERSION = "cs2r";
    /** The cloud's refresh tokens live ten years. */
    static final Duration REFRESH_LIFETIME = Duration.ofDays(3650);
    /** How far ahead of ours the clock of the replica that issued a token may be. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    /** Client id → the key that signs its tokens, derived once at start. */
    private final Map<String, byte[]> signingKeys;
    private final byte[] unknownClientKey = TokenKey.random().derive("", new byte[0]);
    private final Duration lifetime;
    private final Clock clock;

    AccessTokens(ApiKeys keys, TokenKey tokenKey, Duration lifetime, Clock clock)
    {
        requireNonNull(keys, "keys is null");
        requireNonNull(tokenKey, "tokenKey is null");
        Map<String, byte[]> derived = new HashMap<>();
        for (String clientId : keys.clientIds()) {
            derived.put(clientId, tokenKey.derive(clientId, keys.secretOf(clientId).orElseThrow()));
        }
        this.signingKeys = Map.copyOf(derived);
        this.lifetime = requireNonNull(lifetime, "lifetime is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    record Issued(String token, long expiresInSeconds) {}

    Issued issue(String clientId)
    {
        return issue(VERSION, clientId, lifetime);
    }

    /** A refresh token: {@code grant_type=refresh_token} trades it for a new access token of the same client. */
    Issued issueRefresh(String clientId)
    {
        return issue(REFRESH_VERSION, clientId, REFRESH_LIFETIME);
    }

    private Issued issue(String version, String clientId, Duration validFor)
    {
        byte[] key = Optional.ofNullable(signingKeys.get(clientId)).orElseThrow(() -> new IllegalArgumentException("unknown client"));
        long expiry = clock.instant().plus(validFor).getEpochSecond();
        String unsigned = version + "." + ENCODER.encodeToString(clientId.getBytes(StandardCharsets.UTF_8)) + "." + expiry;
        return new Issued(unsigned + "." + ENCODER.encodeToString(sign(key, unsigned)), validFor.toSeconds());
    }

    /** The client a good refresh token was issued to; empty when it is not good. */
    Optional<String> refreshedClient(String refreshToken)
    {
        return verified(REFRESH_VERSION, refreshToken).filter(client -> client.error().isEmpty()).map(Verified::clientId);
    }

    /** Empty when the token is good; else the error the original answers: 100 none given, 110 not ours, 111 expired. */
    Optional<ErrorCode> check(String token)
    {
        if (token == null || token.isBlank()) {
            return Optional.of(ErrorCode.INVALID_ACCESS_TOKEN_PARAMETER);
        }
        return verified(VERSION, token).map(Verified::error).orElse(Optional.of(ErrorCode.ACCESS_TOKEN_INVALID));
    }

    private record Verified(String clientId, Optional<ErrorCode> error) {}

    /**
     * The token's client and whether it has expired; empty when it is not a token of this version
     * signed by a known client. A token has one spelling, the one {@link #issue} writes: nothing
     * around it, unpadded base64url whose unused bits are zero, so that no two strings are the
     * same token (a cache or a log keyed by token sees one token as one). A token may not claim
     * to live longer than this server issues tokens for ({@link #CLOCK_SKEW} aside): a signature
     * is no reason to believe a hundred-year token, which only a leaked secret could have made. A
     * server restarted with a shorter lifetime therefore refuses the longer tokens it gave out
     * before.
     */
    private Optional<Verified> verified(String version, String token)
    {
        if (token == null) {
            return Optional.empty();
        }
        String[] parts = token.split("\\.", -1);
        if (parts.length != 4 || !parts[0].equals(version)) {
            return Optional.empty();
        }
        Optional<byte[]> clientBytes = canonicalBase64(parts[1]);
        Optional<byte[]> signature = canonicalBase64(parts[3]);
        OptionalLong expiry = canonicalSeconds(parts[2]);
        long now = clock.instant().getEpochSecond();
        if (clientBytes.isEmpty() || signature.isEmpty() || expiry.isEmpty()
                || expiry.getAsLong() > now + lifetimeOf(version).toSeconds() + CLOCK_SKEW.toSeconds()) {
            // Longer than this server ever issues, even from a replica whose clock is a little ahead:
            // someone signed it who should not have (a secret that leaked), or another server did.
            return Optional.empty();
        }
        String clientId = new String(clientBytes.get(), StandardCharsets.UTF_8);
        byte[] key = signingKeys.get(clientId);
        // An unknown client's token is checked all the same, under a key no one has: it takes as
        // long to refuse as a known client's forged one, which tells nothing about who exists.
        byte[] expected = sign(key == null ? unknownClientKey : key, parts[0] + "." + parts[1] + "." + parts[2]);
        boolean signatureHolds = MessageDigest.isEqual(expected, signature.get());
        if (key == null || !signatureHolds || !Arrays.equals(clientId.getBytes(StandardCharsets.UTF_8), clientBytes.get())) {
            return Optional.empty();
        }
        if (now >= expiry.getAsLong()) {
            return Optional.of(new Verified(clientId, Optional.of(ErrorCode.ACCESS_TOKEN_EXPIRED)));
        }
        return Optional.of(new Verified(clientId, Optional.empty()));
    }

    private Duration lifetimeOf(String version)
    {
        return version.equals(REFRESH_VERSION) ? REFRESH_LIFETIME : lifetime;
    }

    /** Seconds written as {@link #issue} writes them: digits only, no sign, no leading zero; empty for anything else. */
    private static OptionalLong canonicalSeconds(String text)
    {
        long seconds;
        try {
            seconds = Long.parseLong(text);
        }
        catch (NumberFormatException malformed) {
            return OptionalLong.empty();
        }
        // parseLong also takes a sign, leading zeros and other scripts' digits.
        return seconds > 0 && Long.toString(seconds).equals(text) ? OptionalLong.of(seconds) : OptionalLong.empty();
    }

    /** The bytes of unpadded base64url text that is the one spelling of them; empty for any other text. */
    private static Optional<byte[]> canonicalBase64(String text)
    {
        byte[] decoded;
        try {
            decoded = DECODER.decode(text);
        }
        catch (IllegalArgumentException malformed) {
            return Optional.empty();
        }
        // The decoder takes padding and ignores the unused low bits of the last character.
        return decoded.length > 0 && ENCODER.encodeToString(decoded).equals(text) ? Optional.of(decoded) : Optional.empty();
    }

    /** HMAC-SHA256 of the text's UTF-8 bytes under the key: tokens and bce-auth-v1 signatures alike. */
    static byte[] sign(byte[] key, String text)
    {
        return sign(key, text.getBytes(StandardCharsets.UTF_8));
    }

    static byte[] sign(byte[] key, byte[] data)
    {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
