package io.certscan.adapter.rest;

import io.certscan.domain.error.ErrorCode;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Who may call: with API keys configured, only holders of an access token from
 * {@code /oauth/2.0/token}, or requests signed with a known key pair (bce-auth-v1, the SDKs'
 * signing mode); without, everyone (the server then listens on loopback unless told
 * {@code --insecure-no-auth}).
 */
final class Authentication
{
    private static final TokenOutcome.Refused CLIENT_REFUSED = new TokenOutcome.Refused(401, "invalid_client", "Client authentication failed");

    private final ApiKeys keys;
    private final AccessTokens tokens;
    private final BceSignatures signatures;
    private final Duration tokenLifetime;

    Authentication(ApiKeys keys, TokenKey tokenKey, Duration tokenLifetime, Clock clock)
    {
        this.keys = requireNonNull(keys, "keys is null");
        this.tokenLifetime = requireNonNull(tokenLifetime, "tokenLifetime is null");
        this.tokens = new AccessTokens(keys, tokenKey, tokenLifetime, clock);
        this.signatures = new BceSignatures(keys, clock);
    }

    /** Empty when a request signed with bce-auth-v1 (no token) may go on, else 14. */
    Optional<ErrorCode> checkSignature(String authorization, BceSignatures.SignedRequest request)
    {
        if (isOpen()) {
            return Optional.empty();
        }
        return signatures.check(authorization, request);
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

    /** Empty when the caller may go on, else the error to answer. */
    Optional<ErrorCode> check(Optional<String> accessToken)
    {
        if (isOpen()) {
            return Optional.empty();
        }
        return tokens.check(accessToken.orElse(null));
    }

    /** The outcome of a token request: a token, or an OAuth error and its HTTP status. */
    sealed interface TokenOutcome
    {
        /** @param refreshToken null on an open server */
        record Granted(String token, long expiresInSeconds, String refreshToken) implements TokenOutcome {}

        record Refused(int status, String error, String description) implements TokenOutcome {}
    }

    /**
     * {@code client_credentials} with the client's id and secret, or {@code refresh_token} with a
     * refresh token this server issued (and the client's id and secret, as the cloud asks).
     */
    TokenOutcome token(Optional<String> grantType, Optional<String> clientId, Optional<String> clientSecret, Optional<String> refreshToken)
    {
        boolean refresh = grantType.map("refresh_token"::equals).orElse(false);
        if (!refresh && !grantType.map("client_credentials"::equals).orElse(false)) {
            return new TokenOutcome.Refused(400, "unsupported_grant_type", "grant_type must be client_credentials or refresh_token");
        }
        if (isOpen()) {
            // Nothing is checked on an open server; clients that always ask for a token still work.
            return new TokenOutcome.Granted("open-access", tokenLifetime.toSeconds(), null);
        }
        if (refresh && (clientId.isEmpty() || !refreshToken.flatMap(tokens::refreshedClient).equals(clientId))) {
            return new TokenOutcome.Refused(400, "invalid_grant", "invalid refresh token");
        }
        if (!keys.accepts(clientId.orElse(""), clientSecret.orElse(""))) {
            // One answer for an unknown id and a wrong secret (the cloud says "unknown client id"
            // for the first): otherwise anyone could find out which ids exist.
            return CLIENT_REFUSED;
        }
        AccessTokens.Issued issued = tokens.issue(clientId.get());
        return new TokenOutcome.Granted(issued.token(), issued.expiresInSeconds(), tokens.issueRefresh(clientId.get()).token());
    }
}
