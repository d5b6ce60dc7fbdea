package io.certscan.adapter.rest;

import io.certscan.application.config.ConfigRecords;
import io.certscan.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccessTokensTest
{
    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");
    private static final TokenKey TOKEN_KEY = TokenKey.random();
    private static final String SECRET = "client-secret-0123456789";

    @TempDir
    Path directory;

    @Test
    void tokenIsGoodUntilTheSecondItExpires()
    {
        ApiKeys keys = ApiKeys.load(RestConfig.loopbackForTesting().withKeys("client", SECRET));
        AccessTokens.Issued issued = new AccessTokens(keys, TOKEN_KEY, Duration.ofSeconds(100), Clock.fixed(NOW, ZoneOffset.UTC)).issue("client");

        assertThat(issued.expiresInSeconds()).isEqualTo(100);
        assertThat(checkAt(keys, issued.token(), NOW.plusSeconds(99))).isEmpty();
        assertThat(checkAt(keys, issued.token(), NOW.plusSeconds(100))).contains(ErrorCode.ACCESS_TOKEN_EXPIRED);
    }

    @Test
    void editedExpiryOrClientInvalidatesTheSignature()
    {
        ApiKeys keys = ApiKeys.load(RestConfig.loopbackForTesting().withKeys("client", SECRET));
        String token = new AccessTokens(keys, TOKEN_KEY, Duration.ofSeconds(100), Clock.fixed(NOW, ZoneOffset.UTC)).issue("client").token();
        String[] parts = token.split("\\.");

        String longerLived = parts[0] + "." + parts[1] + "." + (Long.parseLong(parts[2]) + 86400) + "." + parts[3];
        assertThat(checkAt(keys, longerLived, NOW)).contains(ErrorCode.ACCESS_TOKEN_INVALID);
        assertThat(checkAt(keys, "cs2.bm9ib2R5." + parts[2] + "." + parts[3], NOW)).contains(ErrorCode.ACCESS_TOKEN_INVALID);
        assertThat(checkAt(keys, "cs2.!!!.x.y", NOW)).contains(ErrorCode.ACCESS_TOKEN_INVALID);
        assertThat(checkAt(keys, "", NOW)).contains(ErrorCode.INVALID_ACCESS_TOKEN_PARAMETER);
    }

    @Test
    void aTokenHasExactlyOneSpellingAndAnyOtherIsNotOurs()
    {
        // An 8-byte client id and the 32-byte signature both end in a character with unused low bits.
        ApiKeys keys = ApiKeys.load(RestConfig.loopbackForTesting().withKeys("client-1", SECRET));
        String token = new AccessTokens(keys, TOKEN_KEY, Duration.ofSeconds(100), Clock.fixed(NOW, ZoneOffset.UTC)).issue("client-1").token();
        String[] parts = token.split("\\.");
        assertThat(checkAt(keys, token, NOW)).isEmpty();

        List<String> respellings = List.of(
                token + "=",
                parts[0] + "." + parts[1] + "=." + parts[2] + "." + parts[3],
                parts[0] + "." + flipLowestBit(parts[1]) + "." + parts[2] + "." + parts[3],
                parts[0] + "." + parts[1] + "." + parts[2] + "." + flipLowestBit(parts[3]),
                " " + token,
                token + "\n",
                parts[0] + "." + parts[1] + "." + parts[2] + "." + parts[3].substring(0, 20) + " " + parts[3].substring(20),
                "CS2." + parts[1] + "." + parts[2] + "." + parts[3]);
        for (String respelling : respellings) {
            assertThat(checkAt(keys, respelling, NOW)).as(respelling).contains(ErrorCode.ACCESS_TOKEN_INVALID);
        }
    }

    /** The same bytes in another spelling: the last character's lowest bit is beyond the encoded bytes. */
    private static String flipLowestBit(String base64Url)
    {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        char last = base64Url.charAt(base64Url.length() - 1);
        return base64Url.substring(0, base64Url.length() - 1) + alphabet.charAt(alphabet.indexOf(last) ^ 1);
    }

    @Test
    void aTokenThatClaimsToLiveLongerThanTheLifetimeIsNotOursEvenWhenItsSignatureHolds()
    {
        ApiKeys keys = ApiKeys.load(RestConfig.loopbackForTesting().withKeys("client", SECRET));
        String hundredYears = new AccessTokens(keys, TOKEN_KEY, Duration.ofDays(36_500), Clock.fixed(NOW, ZoneOffset.UTC)).issue("client").token();
        String fromAReplicaFourMinutesAhead = new AccessTokens(keys, TOKEN_KEY, Duration.ofSeconds(100), Clock.fixed(NOW.plusSeconds(240), ZoneOffset.UTC))
                .issue("client").token();
        String fromAReplicaSixMinutesAhead = new AccessTokens(keys, TOKEN_KEY, Duration.ofSeconds(100), Clock.fixed(NOW.plusSeconds(360), ZoneOffset.UTC))
                .issue("client").token();

        assertThat(checkAt(keys, hundredYears, NOW)).contains(ErrorCode.ACCESS_TOKEN_INVALID);
        assertThat(checkAt(keys, fromAReplicaFourMinutesAhead, NOW)).as("within the clock skew").isEmpty();
        assertThat(checkAt(keys, fromAReplicaSixMinutesAhead, NOW)).contains(ErrorCode.ACCESS_TOKEN_INVALID);

        // Refresh tokens alike: theirs is the cloud's ten years.
        AccessTokens now = new AccessTokens(keys, TOKEN_KEY, Duration.ofSeconds(100), Clock.fixed(NOW, ZoneOffset.UTC));
        String refresh = now.issueRefresh("client").token();
        String refreshADayAhead = new AccessTokens(keys, TOKEN_KEY, Duration.ofSeconds(100), Clock.fixed(NOW.plus(Duration.ofDays(1)), ZoneOffset.UTC))
                .issueRefresh("client").token();
        assertThat(now.refreshedClient(refresh)).contains("client");
        assertThat(now.refreshedClient(refreshADayAhead)).isEmpty();
    }

    @Test
    void anExpiryThatIsNotAPlainDecimalIsNotOursEvenWhenSignedAndNeverAFailure()
    {
        ApiKeys keys = ApiKeys.load(RestConfig.loopbackForTesting().withKeys("client", SECRET));
        byte[] signingKey = TOKEN_KEY.derive("client", SECRET.getBytes(StandardCharsets.UTF_8));
        long expiry = NOW.getEpochSecond() + 50;
        String client = Base64.getUrlEncoder().withoutPadding().encodeToString("client".getBytes(StandardCharsets.UTF_8));
        assertThat(checkAt(keys, signed(signingKey, "cs2." + client + "." + expiry), NOW)).as("the plain spelling").isEmpty();

        for (String spelling : List.of("0" + expiry, "+" + expiry, expiry + ".0", "-1", "9223372036854775807", "99999999999999999999",
                "\u0661\u0667\u0669\u0665\u0668\u0662\u0660\u0660\u0660\u0660", "")) {
            assertThat(checkAt(keys, signed(signingKey, "cs2." + client + "." + spelling), NOW)).as(spelling).contains(ErrorCode.ACCESS_TOKEN_INVALID);
        }
    }

    private static String signed(byte[] signingKey, String unsigned)
    {
        return unsigned + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(AccessTokens.sign(signingKey, unsigned));
    }

    @Test
    void aTokenOfAnotherTokenKeyIsNotOurs()
    {
        ApiKeys keys = ApiKeys.load(RestConfig.loopbackForTesting().withKeys("client", SECRET));
        String token = new AccessTokens(keys, TokenKey.random(), Duration.ofSeconds(100), Clock.fixed(NOW, ZoneOffset.UTC)).issue("client").token();

        assertThat(checkAt(keys, token, NOW)).contains(ErrorCode.ACCESS_TOKEN_INVALID);
    }

    @Test
    void theTokenKeyFileHoldsThirtyTwoRandomBytesAsBase64OrRawAndBothSignAlike()
            throws IOException
    {
        byte[] random = new byte[32];
        new java.util.Random(5).nextBytes(random);
        Path base64 = directory.resolve("token.key");
        Files.writeString(base64, java.util.Base64.getEncoder().encodeToString(random) + "\n");
        Path urlSafe = directory.resolve("token-url.key");
        Files.writeString(urlSafe, java.util.Base64.getUrlEncoder().withoutPadding().encodeToString(random));
        Path raw = directory.resolve("token.bin");
        Files.write(raw, random);
        ApiKeys keys = ApiKeys.load(RestConfig.loopbackForTesting().withKeys("client", SECRET));

        String token = new AccessTokens(keys, TokenKey.load(base64), Duration.ofSeconds(100), Clock.fixed(NOW, ZoneOffset.UTC)).issue("client").token();
        for (Path file : new Path[] {base64, urlSafe, raw}) {
            assertThat(new AccessTokens(keys, TokenKey.load(file), Duration.ofSeconds(100), Clock.fixed(NOW, ZoneOffset.UTC)).check(token)).as(file.toString()).isEmpty();
            assertThat(TokenKey.load(file).madeAtStart()).isFalse();
        }
        assertThat(TokenKey.random().madeAtStart()).isTrue();
    }

    @Test
    void aShortOrUnreadableTokenKeyFileIsRefusedNamingTheSettingNotTheKey()
            throws IOException
    {
        Path passwordLike = directory.resolve("short.key");
        Files.writeString(passwordLike, "hunter2-hunter2\n");
        Path sixteenBytes = directory.resolve("sixteen.key");
        Files.writeString(sixteenBytes, java.util.Base64.getEncoder().encodeToString(new byte[16]));

        assertThatThrownBy(() -> TokenKey.load(passwordLike))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("server.token-key-file: " + passwordLike)
                .hasMessageContaining("at least 32 random bytes")
                .hasMessageNotContaining("hunter2");
        assertThatThrownBy(() -> TokenKey.load(sixteenBytes)).hasMessageContaining("holds 16 bytes");
        assertThatThrownBy(() -> TokenKey.load(directory.resolve("missing.key"))).hasMessageContaining("server.token-key-file: cannot read");
        assertThat(TokenKey.random().toString()).isEqualTo("TokenKey[made at start]");
    }

    @Test
    void keysFileAddsPairsAndNamesTheLineOfEveryProblemWithoutShowingSecrets()
            throws IOException
    {
        Path good = directory.resolve("keys");
        Files.writeString(good, "# team A\nalpha = alpha-secret-0123456789\n\nbeta=beta-secret-0123456789\n");
        ApiKeys keys = ApiKeys.load(ConfigRecords.with(RestConfig.loopbackForTesting().withKeys("main", "main-secret-0123456789"), Map.of("server.keys-file", good.toString())));

        assertThat(keys.size()).isEqualTo(3);
        assertThat(keys.accepts("alpha", "alpha-secret-0123456789")).isTrue();
        assertThat(keys.accepts("alpha", "beta-secret-0123456789")).isFalse();
        assertThat(keys.accepts("nobody", "alpha-secret-0123456789")).isFalse();
        assertThat(keys.toString()).doesNotContain("secret");

        Path bad = directory.resolve("bad-keys");
        Files.writeString(bad, "alpha=alpha-secret-0123456789\nthis line has the-secret-value but no equals\nalpha=another-secret-0123456789\n");
        assertThatThrownBy(() -> ApiKeys.load(ConfigRecords.with(RestConfig.loopbackForTesting(), Map.of("server.keys-file", bad.toString()))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(bad + ":2: expected 'apiKey=secretKey'")
                .hasMessageContaining(bad + ":3: API key alpha appears twice")
                .hasMessageNotContaining("the-secret-value");
    }

    @Test
    void aSecretShorterThanSixteenCharactersIsRefusedAtStartNamingWhereItIsButNotIt()
            throws IOException
    {
        assertThatThrownBy(() -> RestConfig.loopbackForTesting().withKeys("client", "hunter2-hunter2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("secret-key (CERTSCAN_SECRET_KEY)")
                .hasMessageContaining("at least 16 characters")
                .hasMessageNotContaining("hunter2");
        assertThat(RestConfig.loopbackForTesting().withKeys("client", "sixteen-ok-chars").secretKey()).hasSize(16);

        Path keysFile = directory.resolve("keys");
        Files.writeString(keysFile, "alpha=alpha-secret-0123456789\nbeta=hunter2\ngamma = \u5bc6\u94a5\u5bc6\u94a5\u5bc6\u94a5\u5bc6\u94a5\u5bc6\u94a5\u5bc6\u94a5\u5bc6\u94a5\n");
        Path signingKeysFile = directory.resolve("signing-keys");
        Files.writeString(signingKeysFile, "access=sesame\n");
        RestConfig config = ConfigRecords.with(RestConfig.loopbackForTesting(), Map.of("server.keys-file", keysFile.toString()));

        assertThatThrownBy(() -> ApiKeys.load(config))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("server.keys-file: " + keysFile + ":2: the secret key of beta is shorter than 16 characters; "
                        + keysFile + ":3: the secret key of gamma is shorter than 16 characters");
        assertThatThrownBy(() -> ApiKeys.load(RestConfig.loopbackForTesting().withSigningKeys(signingKeysFile)))
                .hasMessage("server.signing-keys-file: " + signingKeysFile + ":1: the secret key of access is shorter than 16 characters");
    }

    private static java.util.Optional<ErrorCode> checkAt(ApiKeys keys, String token, Instant when)
    {
        return new AccessTokens(keys, TOKEN_KEY, Duration.ofSeconds(100), Clock.fixed(when, ZoneOffset.UTC)).check(token);
    }
}
