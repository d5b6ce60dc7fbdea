package io.certscan.adapter.baidu;

import com.squareup.moshi.JsonDataException;
import io.certscan.contract.ContractJson;
import io.certscan.contract.TokenErrorResponse;
import io.certscan.contract.TokenResponse;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import okhttp3.ResponseBody;
import retrofit2.Response;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

import static java.util.Objects.requireNonNull;

/**
 * The access token for the engine's key pair, fetched from {@code /oauth/2.0/token} when first
 * needed and kept until shortly before it expires (a tenth of its life ahead, at most a day). One
 * fetch at a time: callers that arrive while it runs wait for its token instead of asking too; a
 * refresh ahead of expiry is done by one caller while the others go on with the current token.
 */
final class BaiduTokens
{
    private static final Duration LONGEST_REFRESH_AHEAD = Duration.ofDays(1);

    private final BaiduApi api;
    private final String apiKey;
    private final String secretKey;
    private final Clock clock;
    private final ReentrantLock fetching = new ReentrantLock();
    private volatile Token current;

    private record Token(String value, Instant refreshAt, Instant expiresAt) {}

    /** No token to be had: the failure to report, and whether trying again later may help (the endpoint was down, not the keys wrong). */
    static final class Unavailable
            extends RuntimeException
    {
        private final CertscanException failure;
        private final boolean temporary;

        Unavailable(CertscanException failure, boolean temporary)
        {
            super(failure.getMessage(), failure, false, false);
            this.failure = failure;
            this.temporary = temporary;
        }

        CertscanException failure()
        {
            return failure;
        }

        boolean temporary()
        {
            return temporary;
        }
    }

    BaiduTokens(BaiduApi api, String apiKey, String secretKey, Clock clock)
    {
        this.api = requireNonNull(api, "api is null");
        this.apiKey = requireNonNull(apiKey, "apiKey is null");
        this.secretKey = requireNonNull(secretKey, "secretKey is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /**
     * @throws Unavailable when no valid token can be had
     */
    String get()
    {
        Token token = current;
        Instant now = clock.instant();
        if (token != null && now.isBefore(token.refreshAt())) {
            return token.value();
        }
        if (token != null && now.isBefore(token.expiresAt())) {
            // Still valid: one caller refreshes ahead of expiry, the others do not wait for it.
            if (fetching.tryLock()) {
                try {
                    if (current == token) {
                        current = fetch();
                    }
                }
                catch (Unavailable refreshFailed) {
                    // The current token still works; the next caller tries again.
                    return token.value();
                }
                finally {
                    fetching.unlock();
                }
                return current.value();
            }
            return token.value();
        }
        fetching.lock();
        try {
            Token latest = current;
            // Whoever held the lock before may have fetched one already.
            if (latest == null || !clock.instant().isBefore(latest.expiresAt())) {
                current = fetch();
            }
            return current.value();
        }
        finally {
            fetching.unlock();
        }
    }

    /** The cloud said this token is invalid or expired: the next {@link #get()} fetches another (unless someone already has). */
    void invalidate(String token)
    {
        fetching.lock();
        try {
            Token latest = current;
            if (latest != null && latest.value().equals(token)) {
                current = null;
            }
        }
        finally {
            fetching.unlock();
        }
    }

    private Token fetch()
    {
        Response<ResponseBody> response;
        String body;
        try {
            response = api.token("client_credentials", apiKey, secretKey).execute();
            try (ResponseBody raw = response.isSuccessful() ? response.body() : response.errorBody()) {
                body = raw == null ? "" : raw.string();
            }
        }
        catch (IOException unreachable) {
            throw new Unavailable(new CertscanException(ErrorCode.INTERNAL_ERROR, "the baidu engine could not get an access token: " + describe(unreachable), unreachable), true);
        }
        if (response.code() >= 500) {
            throw new Unavailable(new CertscanException(ErrorCode.INTERNAL_ERROR, "the baidu token endpoint answered HTTP " + response.code()), true);
        }
        Map<?, ?> answer;
        try {
            answer = BaiduAnswers.object(body, "the baidu token endpoint");
        }
        catch (CertscanException notJson) {
            throw new Unavailable(notJson, false);
        }
        if (answer.containsKey("error")) {
            TokenErrorResponse error;
            try {
                error = ContractJson.tokenErrorResponse().fromJsonValue(answer);
            }
            catch (JsonDataException | IllegalArgumentException | NullPointerException malformed) {
                throw new Unavailable(new CertscanException(ErrorCode.INTERNAL_ERROR, "the baidu token endpoint answered an error this engine cannot read (HTTP " + response.code() + ")"), false);
            }
            throw new Unavailable(new CertscanException(ErrorCode.INTERNAL_ERROR, "the baidu engine's key pair was refused (" + error.error()
                    + (error.errorDescription() == null ? "" : ": " + error.errorDescription())
                    + "); check baidu.api-key (BAIDU_API_KEY) and baidu.secret-key (BAIDU_SECRET_KEY)"), false);
        }
        TokenResponse token;
        try {
            token = ContractJson.tokenResponse().fromJsonValue(answer);
        }
        catch (JsonDataException | IllegalArgumentException | NullPointerException malformed) {
            throw new Unavailable(new CertscanException(ErrorCode.INTERNAL_ERROR, "the baidu token endpoint's answer has no access_token (HTTP " + response.code() + ")"), false);
        }
        if (token == null || token.expiresIn() <= 0) {
            throw new Unavailable(new CertscanException(ErrorCode.INTERNAL_ERROR, "the baidu token endpoint's answer has no positive expires_in"), false);
        }
        Instant fetched = clock.instant();
        Duration lifetime = Duration.ofSeconds(token.expiresIn());
        Duration ahead = lifetime.dividedBy(10).compareTo(LONGEST_REFRESH_AHEAD) < 0 ? lifetime.dividedBy(10) : LONGEST_REFRESH_AHEAD;
        return new Token(token.accessToken(), fetched.plus(lifetime).minus(ahead), fetched.plus(lifetime));
    }

    static String describe(IOException failure)
    {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }
}
