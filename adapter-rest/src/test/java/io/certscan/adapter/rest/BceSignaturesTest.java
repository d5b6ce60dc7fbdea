package io.certscan.adapter.rest;

import io.certscan.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * bce-auth-v1 signatures against answers Baidu's Java SDK 4.16.22 computed ({@code CloudAuth.sign}
 * over the request below, access key {@code kat-access-key}, secret {@code kat-secret-key-0123456789abcdef}), at
 * fixed times: the window, the SDK's 12-hour clock, the body's MD5, the key.
 */
class BceSignaturesTest
{
    private static final String BODY = "image=AAAA";
    private static final String MORNING = "2026-12-01T07:41:43Z";
    private static final String MORNING_SIGNATURE = "bce-auth-v1/kat-access-key/2026-12-01T07:41:43Z/1800//ecf4cc14682d15ceec42a28f5f2f5e0483d707903e4a86b423b35ac7f1d9ec4c";
    /** What the SDK writes at 00:10 UTC: "12:10". */
    private static final String NOON = "2026-12-01T12:10:00Z";
    private static final String NOON_SIGNATURE = "bce-auth-v1/kat-access-key/2026-12-01T12:10:00Z/1800//74b15d14e874dd2b3754aca05e2456b5dfdab59903134f0ff520c120c58afeda";
    private static final ApiKeys KEYS = ApiKeys.load(RestConfig.loopbackForTesting().withKeys("kat-access-key", "kat-secret-key-0123456789abcdef"));

    @Test
    void aSignatureHoldsWithinItsWindowAndNotAfter()
    {
        assertThat(check("2026-12-01T07:50:00Z", MORNING_SIGNATURE, request(MORNING, true, BODY))).isEmpty();
        assertThat(check("2026-12-01T08:11:00Z", MORNING_SIGNATURE, request(MORNING, true, BODY))).as("1800 s and 5 minutes of skew").isEmpty();
        assertThat(check("2026-12-01T08:20:00Z", MORNING_SIGNATURE, request(MORNING, true, BODY))).contains(ErrorCode.IAM_CERTIFICATION_FAILED);
        assertThat(check("2026-12-01T07:30:00Z", MORNING_SIGNATURE, request(MORNING, true, BODY))).as("signed in the future").contains(ErrorCode.IAM_CERTIFICATION_FAILED);
    }

    @Test
    void theJavaSdksTwelveHourClockIsReadAsItMeantIt()
    {
        // At 19:50 UTC the SDK wrote 07:41:43; at 00:15 it wrote 12:10.
        assertThat(check("2026-12-01T19:50:00Z", MORNING_SIGNATURE, request(MORNING, true, BODY))).isEmpty();
        assertThat(check("2026-12-01T00:15:00Z", NOON_SIGNATURE, request(NOON, true, BODY))).isEmpty();
        assertThat(check("2026-12-01T12:15:00Z", NOON_SIGNATURE, request(NOON, true, BODY))).isEmpty();
        // Only for the Java SDK: another client's morning signature is not good again in the evening.
        assertThat(check("2026-12-01T19:50:00Z", MORNING_SIGNATURE, request(MORNING, false, BODY))).contains(ErrorCode.IAM_CERTIFICATION_FAILED);
    }

    @Test
    void anotherBodyAKeyOrASignatureThatIsNotTheSignedOneIsRefused()
    {
        assertThat(check("2026-12-01T07:50:00Z", MORNING_SIGNATURE, request(MORNING, true, "image=AAAB"))).contains(ErrorCode.IAM_CERTIFICATION_FAILED);
        assertThat(check("2026-12-01T07:50:00Z", MORNING_SIGNATURE, request(MORNING, true, null))).as("the body is checked later").isEmpty();
        assertThat(check("2026-12-01T07:50:00Z", MORNING_SIGNATURE.replace("kat-access-key", "someone-else"), request(MORNING, true, BODY)))
                .contains(ErrorCode.IAM_CERTIFICATION_FAILED);
        assertThat(check("2026-12-01T07:50:00Z", MORNING_SIGNATURE.replace("ecf4", "ecf5"), request(MORNING, true, BODY))).contains(ErrorCode.IAM_CERTIFICATION_FAILED);
        assertThat(check("2026-12-01T07:50:00Z", "bce-auth-v1/kat-access-key/yesterday/1800//00", request(MORNING, true, BODY))).contains(ErrorCode.IAM_CERTIFICATION_FAILED);
    }

    private static Optional<ErrorCode> check(String now, String authorization, BceSignatures.SignedRequest request)
    {
        return new BceSignatures(KEYS, Clock.fixed(Instant.parse(now), ZoneOffset.UTC)).check(authorization, request);
    }

    /** The request the SDK signed: its headers as HttpURLConnection sends them (Host with no port on 443). */
    private static BceSignatures.SignedRequest request(String timestamp, boolean javaSdk, String body)
    {
        Map<String, String> headers = Map.of("Content-Type", "application/x-www-form-urlencoded", "Accept", "*/*", "Content-Length", "10",
                "Content-MD5", "0b546c0a1494d974cc1e83fe2d05f7ad", "Host", "aip.baidubce.com", "x-bce-date", timestamp);
        return new BceSignatures.SignedRequest("POST", "/rest/2.0/ocr/v1/general_ocr", javaSdk ? List.of(Map.entry("aipSdk", "java")) : List.of(), headers,
                body == null ? null : body.getBytes(StandardCharsets.UTF_8));
    }
}
