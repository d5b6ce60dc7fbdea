package io.certscan.adapter.rest;

import io.certscan.domain.error.ErrorCode;

import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Who may call: with API keys configured, only holders of an access token from
 * {@code /oauth/2.0/token}, or requests signed with a known key pair (bce-auth-v1, the SDKs'
 * signing mode); without, everyone (the server then listens on loopback unless told
 * {@code --insecure-no-auth}). A client address that keeps failing is slowed down
 * ({@link FailureThrottle}): answered 18 (Open api qps request limit reached, which Baidu's SDKs
 * hand to the caller to back off, rather than fetch a new token as on 110) or, at the token
 * endpoint, HTTP 429 {@code slow_down}, without anything being checked.
 */
final class Authentication
{
    private static final TokenOutcome.Refused CLIENT_REFUSED = new TokenOutcome.Refused(401, "invalid_client", "Client authentication failed");

    private final ApiKeys keys;
    private final AccessTokens tokens;
    private final BceSignatures signatures;
    private final Duration tokenLifetime;
    private final FailureThrottle throttle;

    Authentication(ApiKeys keys, TokenKey tokenKey, Duration tokenLifetime, Clock clock)
    {
        this.keys = requireNonNull(keys, "keys is null");
        this.tokenLifetime = requireNonNull(tokenLifetime, "tokenLifetime is null");
        this.tokens = new AccessTokens(keys, tokenKey, tokenLifetime, clock);
        this.signatures = new BceSignatures(keys, clock);
        this.throttle = new FailureThrottle(clock);
    }

    /** Empty when a request signed with bce-auth-v1 (no token) may go on, else 14, or 18 while its address is slowed down. */
    Optional<ErrorCode> checkSignature(String authorization, BceSignatures.SignedRequest request, InetAddress client)
    {
        if (isOpen()) {
            return Optional.empty();
        }
        if (throttle.waitBefore(client).isPresent()) {
            return Optional.of(ErrorCode.QPS_LIMIT_REACHED);
        }
        Optional<ErrorCode> refused = signatures.check(authorization, request);
        if (refused.isPresent()) {
            throttle.failed(client);
        }
        return refused;
    }

    /** Whether a signed request's body is the one its signature covers (its Content-MD5). */
    boolean signedBodyMatches(BceSignatures.SignedRequest request)
    {
        return isOpen() || BceSignatures.bodyMatches(request);
    }

    boolean isOpen()
    {
        return keys.isEmpty();
    }

    /**
     * Empty when the caller may go on, else the error to answer: 100 no token, 110 not ours, 111
     * expired, 18 while the address is slowed down. An expired token counts as no failure: it
     * was ours, and every client meets one now and then.
     */
    Optional<ErrorCode> check(Optional<String> accessToken, InetAddress client)
    {
        if (isOpen()) {
            return Optional.empty();
        }
        if (accessToken.isEmpty() || accessToken.get().isBlank()) {
            return Optional.of(ErrorCode.INVALID_ACCESS_TOKEN_PARAMETER);
        }
        if (throttle.waitBefore(client).isPresent()) {
            return Optional.of(ErrorCode.QPS_LIMIT_REACHED);
        }
        Optional<ErrorCode> refused = tokens.check(accessToken.get());
        if (refused.equals(Optional.of(ErrorCode.ACCESS_TOKEN_INVALID))) {
            throttle.failed(client);
        }
        return refused;
    }

    /** The outcome of a token request: a token, or an OAuth error and its HTTP status. */
    sealed interface TokenOutcome
    {
        /** @param refreshToken null on an open server */
        record Granted(String token, long expiresInSeconds, String refreshToken) implements TokenOutcome {}

        record Refused(int status, String error, String description) implements TokenOutcome {}

        /** Too many failures from the caller's address: HTTP 429 {@code slow_down} with {@code Retry-After}. */
        record Throttled(Duration retryAfter) implements TokenOutcome {}
    }

    /**
     * {@code client_credentials} with the client's id and secret, or {@code refresh_token} with a
     * refresh token this server issued (and the client's id and secret, as the cloud asks).
     */
    TokenOutcome token(Optional<String> grantType, Optional<String> clientId, Optional<String> clientSecret, Optional<String> refreshToken, InetAddress client)
    {
        boolean refresh = grantType.map("refresh_token"::equals).orElse(false);
        if (!refresh && !grantType.map("client_credentials"::equals).orElse(false)) {
            return new TokenOutcome.Refused(400, "unsupported_grant_type", "grant_type must be client_credentials or refresh_token");
        }
        if (isOpen()) {
            // Nothing is checked on an open server; clients that always ask for a token still work.
            return new TokenOutcome.Granted("open-access", tokenLifetime.toSeconds(), null);
        }
        Optional<Duration> wait = throttle.waitBefore(client);
        if (wait.isPresent()) {
            return new TokenOutcome.Throttled(wait.get());
        }
        if (refresh && (clientId.isEmpty() || !refreshToken.flatMap(tokens::refreshedClient).equals(clientId))) {
            throttle.failed(client);
            return new TokenOutcome.Refused(400, "invalid_grant", "invalid refresh token");
        }
        if (!keys.accepts(clientId.orElse(""), clientSecret.orElse(""))) {
            // One answer for an unknown id and a wrong secret (the cloud says "unknown client id"
            // for the first): otherwise anyone could find out which ids exist.
            if (!keys.isSigningOnlyPair(clientId.orElse(""), clientSecret.orElse(""))) {
                throttle.failed(client);
            }
            return CLIENT_REFUSED;
        }
        AccessTokens.Issued issued = tokens.issue(clientId.get());
        return new TokenOutcome.Granted(issued.token(), issued.expiresInSeconds(), tokens.issueRefresh(clientId.get()).token());
    }
}
