package io.certscan.adapter.rest;

import io.certscan.application.config.ConfigRecords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static io.certscan.adapter.rest.TestingServer.IMAGE_FORM;
import static io.certscan.adapter.rest.CompatibleApiTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TokenAuthenticationTest
{
    private static final String API_KEY = "demo-api-key";
    private static final String SECRET_KEY = "demo-secret-key-0123456789";

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path directory;

    private TestingServer server;
    private TestingServer replica;

    @AfterEach
    void stop()
    {
        for (TestingServer running : new TestingServer[] {server, replica}) {
            if (running != null) {
                running.close();
            }
        }
    }

    @Test
    void tokenFromTheTokenEndpointOpensTheGeneralOcrEndpoint()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY));

        HttpResponse<String> tokenResponse = server.postForm("/oauth/2.0/token",
                Map.of("grant_type", "client_credentials", "client_id", API_KEY, "client_secret", SECRET_KEY));
        assertThat(tokenResponse.statusCode()).isEqualTo(200);
        assertThat(tokenResponse.body()).contains("\"expires_in\":2592000").contains("\"access_token\":\"cs2.");
        String token = tokenResponse.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> answer = server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token, IMAGE_FORM);

        assertThat(answer.body()).contains("\"results\"");
    }

    @Test
    void theTokenAnswerHasTheCloudsShapeAndItsRefreshTokenWorks()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY));

        String body = server.postForm("/oauth/2.0/token", Map.of("grant_type", "client_credentials", "client_id", API_KEY, "client_secret", SECRET_KEY)).body();

        // Baidu's SDKs use a token only when its scope names brain_all_scope; otherwise they sign every request.
        assertThat(body.replaceAll(".*\"scope\":\"([^\"]+)\".*", "$1").split(" ")).contains("brain_all_scope", "brain_ocr_scope");
        assertThat(body).contains("\"refresh_token\":\"cs2r.").contains("\"session_key\":\"").contains("\"session_secret\":\"");
        String refresh = body.replaceAll(".*\"refresh_token\":\"([^\"]+)\".*", "$1");

        HttpResponse<String> refreshed = server.postForm("/oauth/2.0/token",
                Map.of("grant_type", "refresh_token", "refresh_token", refresh, "client_id", API_KEY, "client_secret", SECRET_KEY));
        assertThat(refreshed.statusCode()).isEqualTo(200);
        String token = refreshed.body().replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        assertThat(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token, IMAGE_FORM).body()).contains("\"results\"");

        String accessTokenAsRefresh = body.replaceAll(".*\"access_token\":\"([^\"]+)\".*", "$1");
        HttpResponse<String> refused = server.postForm("/oauth/2.0/token",
                Map.of("grant_type", "refresh_token", "refresh_token", accessTokenAsRefresh, "client_id", API_KEY, "client_secret", SECRET_KEY));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"error\":\"invalid_grant\"");
    }

    @Test
    void aBodyRefusedForItsSizeIsReadSoThatTheClientGetsTheAnswer()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY).withMaxRequestBytes(4096));
        String token = server.token(API_KEY, SECRET_KEY);

        HttpResponse<String> answer = server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token, Map.of("image", "A".repeat(100_000)));

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"error_code\":216202");
        assertThat(answer.headers().firstValue("Connection")).isEmpty();
    }

    @Test
    void missingWrongAndExpiredTokensGetTheOriginalsCodes()
    {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T00:00:00Z"));
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY).withTokenLifetime(Duration.ofHours(1)), clock);
        String token = server.token(API_KEY, SECRET_KEY);

        assertError(server.postForm("/rest/2.0/ocr/v1/general_ocr", IMAGE_FORM), 100, "Invalid parameter");
        assertError(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=24.abc.2592000.1485516651.282335-8574074", IMAGE_FORM), 110,
                "Access token invalid or no longer valid");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "AAAA" + token.substring(token.lastIndexOf('.') + 5);
        assertError(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + forged, IMAGE_FORM), 110, "Access token invalid or no longer valid");

        clock.advance(Duration.ofMinutes(59));
        assertThat(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token, IMAGE_FORM).body()).contains("\"results\"");
        clock.advance(Duration.ofMinutes(1));
        assertError(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token, IMAGE_FORM), 111, "Access token expired");
        assertThat(server.recognizer.commands).hasSize(1);
    }

    @Test
    void tokenEndpointErrorsAreShapedLikeTheOriginals()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY));

        HttpResponse<String> wrongSecret = server.get("/oauth/2.0/token?grant_type=client_credentials&client_id=" + API_KEY + "&client_secret=guess");
        assertThat(wrongSecret.statusCode()).isEqualTo(401);
        assertThat(wrongSecret.body()).isEqualTo("{\"error\":\"invalid_client\",\"error_description\":\"Client authentication failed\"}");

        HttpResponse<String> wrongGrant = server.get("/oauth/2.0/token?grant_type=password&client_id=" + API_KEY + "&client_secret=" + SECRET_KEY);
        assertThat(wrongGrant.statusCode()).isEqualTo(400);
        assertThat(wrongGrant.body()).contains("\"error\":\"unsupported_grant_type\"");
    }

    @Test
    void anUnknownClientIdIsAnsweredExactlyAsAWrongSecretSoThatIdsCannotBeFoundOut()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY));

        HttpResponse<String> wrongSecret = server.get("/oauth/2.0/token?grant_type=client_credentials&client_id=" + API_KEY + "&client_secret=guess");
        for (String query : List.of("client_id=nobody&client_secret=" + SECRET_KEY, "client_id=nobody&client_secret=guess", "client_id=" + API_KEY,
                "client_id=nobody", "client_secret=" + SECRET_KEY)) {
            HttpResponse<String> answer = server.get("/oauth/2.0/token?grant_type=client_credentials&" + query);
            assertThat(answer.statusCode()).as(query).isEqualTo(wrongSecret.statusCode());
            assertThat(answer.body()).as(query).isEqualTo(wrongSecret.body());
            assertThat(answer.headers().map().keySet()).as(query).isEqualTo(wrongSecret.headers().map().keySet());
        }
    }

    @Test
    void aTokenIsNotSignedWithTheClientSecretSoItCannotBeUsedToGuessTheSecretOffline()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY));
        String token = server.token(API_KEY, SECRET_KEY);
        String unsigned = token.substring(0, token.lastIndexOf('.'));
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(token.lastIndexOf('.') + 1));

        assertThat(signature).isNotEqualTo(AccessTokens.sign(SECRET_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8), unsigned));
    }

    @Test
    void version1TokensSignedWithTheSecretItselfAreNotAcceptedAnyMore()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY));
        String unsigned = "cs1." + Base64.getUrlEncoder().withoutPadding().encodeToString(API_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "."
                + Instant.now().plus(Duration.ofDays(1)).getEpochSecond();
        String version1 = unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(
                AccessTokens.sign(SECRET_KEY.getBytes(java.nio.charset.StandardCharsets.UTF_8), unsigned));

        assertError(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + version1, IMAGE_FORM), 110, "Access token invalid or no longer valid");
    }

    @Test
    void replicasWithTheSameKeysAndTokenKeyFileAcceptEachOthersTokensAndOthersDoNot()
            throws java.io.IOException
    {
        java.nio.file.Path tokenKey = directory.resolve("token.key");
        java.nio.file.Files.writeString(tokenKey, "kS0l1pYbqD2Xj0F7t3m8rG5uVwZ4cN6hE9aQyB1oLs0=\n");
        RestConfig shared = RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY).withTokenKeyFile(tokenKey);
        server = new TestingServer(shared);
        replica = new TestingServer(shared);
        String token = server.token(API_KEY, SECRET_KEY);

        assertThat(replica.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token, IMAGE_FORM).body()).contains("\"results\"");
        assertThat(replica.server.securityNotes()).noneMatch(note -> note.contains("token-key-file"));

        try (TestingServer rotated = new TestingServer(shared.withKeys(API_KEY, "a-new-secret-for-the-same-key"))) {
            assertError(rotated.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token, IMAGE_FORM), 110, "Access token invalid or no longer valid");
        }
        try (TestingServer ownKey = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY))) {
            assertError(ownKey.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token, IMAGE_FORM), 110, "Access token invalid or no longer valid");
            assertThat(ownKey.server.securityNotes()).anySatisfy(note -> assertThat(note).contains("no server.token-key-file").contains("die when the server restarts"));
        }
    }

    @Test
    void repeatedFailedTokenRequestsFromAnAddressAreSlowedDownWithoutBeingCheckedAndSuccessesNever()
    {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T00:00:00Z"));
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY), clock);
        String goodQuery = "/oauth/2.0/token?grant_type=client_credentials&client_id=" + API_KEY + "&client_secret=" + SECRET_KEY;
        for (int i = 0; i < 3 * FailureThrottle.BURST; i++) {
            assertThat(server.get(goodQuery).statusCode()).as("success %d", i).isEqualTo(200);
        }

        for (int i = 0; i < FailureThrottle.BURST; i++) {
            assertThat(server.get("/oauth/2.0/token?grant_type=client_credentials&client_id=" + API_KEY + "&client_secret=guess-" + i).statusCode())
                    .as("guess %d", i).isEqualTo(401);
        }
        // Spent: the right secret is not even looked at until a failure's worth of time has passed.
        HttpResponse<String> throttled = server.get(goodQuery);
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).contains(Long.toString(FailureThrottle.REFILL.toSeconds()));
        assertThat(throttled.body()).isEqualTo("{\"error\":\"slow_down\",\"error_description\":\"too many failed attempts from this address; try again later\"}");
        assertThat(server.postForm("/oauth/2.0/token", Map.of("grant_type", "refresh_token", "refresh_token", "x", "client_id", API_KEY)).statusCode())
                .isEqualTo(429);

        clock.advance(FailureThrottle.REFILL);
        assertThat(server.get(goodQuery).statusCode()).isEqualTo(200);
        assertThat(server.get(goodQuery).statusCode()).as("a success draws nothing").isEqualTo(200);
        assertThat(server.get("/oauth/2.0/token?grant_type=client_credentials&client_id=nobody&client_secret=guess").statusCode()).isEqualTo(401);
        assertThat(server.get(goodQuery).statusCode()).isEqualTo(429);
    }

    @Test
    void aSigningOnlyKeyAskingForATokenWithItsOwnSecretIsRefusedButNeverSlowedDown()
            throws java.io.IOException
    {
        // Baidu's SDKs ask for a token first with any key, once per client object, and sign when refused.
        java.nio.file.Path signingKeys = directory.resolve("signing-keys");
        java.nio.file.Files.writeString(signingKeys, "iam-access-key=iam-access-secret-0123456789\n");
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY).withSigningKeys(signingKeys));
        String wrongSecret = server.get("/oauth/2.0/token?grant_type=client_credentials&client_id=" + API_KEY + "&client_secret=guess").body();

        for (int i = 0; i < 2 * FailureThrottle.BURST; i++) {
            HttpResponse<String> answer = server.get("/oauth/2.0/token?grant_type=client_credentials&client_id=iam-access-key&client_secret=iam-access-secret-0123456789");
            assertThat(answer.statusCode()).as("request %d", i).isEqualTo(401);
            assertThat(answer.body()).isEqualTo(wrongSecret);
        }
        assertThat(server.get("/oauth/2.0/token?grant_type=client_credentials&client_id=" + API_KEY + "&client_secret=" + SECRET_KEY).statusCode()).isEqualTo(200);
    }

    @Test
    void repeatedForgedTokensAndSignaturesFromAnAddressAreAnswered18WithoutBeingChecked()
    {
        MutableClock clock = new MutableClock(Instant.parse("2026-11-23T00:00:00Z"));
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys(API_KEY, SECRET_KEY), clock);
        String token = server.token(API_KEY, SECRET_KEY);
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "A".repeat(43);
        for (int i = 0; i < 3 * FailureThrottle.BURST; i++) {
            assertThat(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token, IMAGE_FORM).body()).as("success %d", i).contains("\"results\"");
        }
        assertError(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token.substring(0, token.lastIndexOf('.') + 1), IMAGE_FORM),
                110, "Access token invalid or no longer valid");
        for (int i = 1; i < FailureThrottle.BURST; i++) {
            assertError(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + forged, IMAGE_FORM), 110, "Access token invalid or no longer valid");
        }

        assertError(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + forged, IMAGE_FORM), 18, "Open api qps request limit reached");
        assertError(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token, IMAGE_FORM), 18, "Open api qps request limit reached");
        HttpResponse<String> rich = server.send(java.net.http.HttpRequest.newBuilder(server.uri.resolve("/v1/recognize"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"image\":\"AQID\"}")));
        assertThat(rich.statusCode()).isEqualTo(429);
        assertThat(rich.headers().firstValue("Retry-After")).isPresent();
        assertThat(rich.body()).contains("\"error_code\":18");
        assertError(server.postForm("/rest/2.0/ocr/v1/general_ocr", IMAGE_FORM), 100, "Invalid parameter");

        clock.advance(FailureThrottle.REFILL);
        assertThat(server.postForm("/rest/2.0/ocr/v1/general_ocr?access_token=" + token, IMAGE_FORM).body()).contains("\"results\"");
        String badSignature = "bce-auth-v1/" + API_KEY + "/2026-11-23T00:00:03Z/1800//" + "0".repeat(64);
        assertError(server.send(java.net.http.HttpRequest.newBuilder(server.uri.resolve("/rest/2.0/ocr/v1/general_ocr"))
                .header("Authorization", badSignature).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("image=AQID"))), 14, "IAM Certification failed");
        assertError(server.send(java.net.http.HttpRequest.newBuilder(server.uri.resolve("/rest/2.0/ocr/v1/general_ocr"))
                .header("Authorization", badSignature).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString("image=AQID"))), 18, "Open api qps request limit reached");
        assertThat(server.recognizer.commands).hasSize(3 * FailureThrottle.BURST + 1);
    }

    @Test
    void openServerNeedsNoTokenButStillHandsOneOutForClientsThatAlwaysAsk()
    {
        server = new TestingServer();

        assertThat(server.postForm("/rest/2.0/ocr/v1/general_ocr", IMAGE_FORM).body()).contains("\"results\"");
        assertThat(server.token("any", "thing")).isNotBlank();
        assertThat(server.server.securityNotes()).first().asString().contains("loopback only");
    }

    @Test
    void withoutKeysTheServerRefusesToListenBeyondLoopbackUnlessToldItIsInsecure()
    {
        RestConfig open = ConfigRecords.with(RestConfig.loopbackForTesting(), Map.of("server.host", "0.0.0.0"));

        assertThatThrownBy(() -> RestServer.over(open, new TestingRecognizer(), new io.certscan.application.service.LogIds(Clock.systemUTC()), Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CERTSCAN_API_KEY")
                .hasMessageContaining("--insecure-no-auth");

        RestConfig insecure = ConfigRecords.with(open, Map.of("server.insecure-no-auth", "true"));
        RestServer allowed = RestServer.over(insecure, new TestingRecognizer(), new io.certscan.application.service.LogIds(Clock.systemUTC()), Clock.systemUTC());
        assertThat(allowed.securityNotes()).first().asString().startsWith("WARNING");
    }

    static final class MutableClock
            extends Clock
    {
        private volatile Instant now;

        MutableClock(Instant now)
        {
            this.now = now;
        }

        void advance(Duration duration)
        {
            now = now.plus(duration);
        }

        @Override
        public ZoneOffset getZone()
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
