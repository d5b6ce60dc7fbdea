package io.certscan.adapter.rest;

import io.certscan.domain.error.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Requests signed as Baidu Cloud signs them ({@code Authorization: bce-auth-v1/{accessKey}/
 * {timestamp}/{expiration}/{signedHeaders}/{signature}}), the way the official SDKs call when
 * they have no token: the signing key is HMAC-SHA256 of the auth string's prefix under the
 * secret key; the signature is HMAC-SHA256, under that key, of the method, the URI-encoded path,
 * the sorted encoded query (without {@code authorization}) and the signed headers, lower-cased
 * and encoded, one per line. With no signed headers named, host, content-length, content-md5,
 * content-type and every x-bce- header are signed. A request is refused with 14 (IAM
 * Certification failed) when its key is unknown, its signature or its Content-MD5 is wrong, or its
 * timestamp is outside its window (with {@link #CLOCK_SKEW} either way; see {@link #twelveHourClock}).
 */
final class BceSignatures
{
    static final String PREFIX = "bce-auth-v1/";
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    /** The SDKs sign for 1800 seconds; a longer claimed window is not believed beyond a day. */
    private static final Duration LONGEST_WINDOW = Duration.ofDays(1);
    private static final Set<String> DEFAULT_SIGNED_HEADERS = Set.of("host", "content-length", "content-md5", "content-type");

    private final ApiKeys keys;
    private final Clock clock;

    BceSignatures(ApiKeys keys, Clock clock)
    {
        this.keys = requireNonNull(keys, "keys is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    /** What a signature covers: the request as it arrived. */
    /** @param body null before the body is read: the signature is checked, the body later ({@link #bodyMatches}) */
    record SignedRequest(String method, String path, List<Map.Entry<String, String>> query, Map<String, String> headers, byte[] body)
    {
        SignedRequest
        {
            query = List.copyOf(query);
            headers = Map.copyOf(headers);
        }
    }

    static boolean isSigned(Optional<String> authorization)
    {
        return authorization.filter(value -> value.strip().startsWith(PREFIX)).isPresent();
    }

    /** Empty when the signature holds; else 14, the cloud's answer to a request it cannot authenticate. */
    Optional<ErrorCode> check(String authorization, SignedRequest request)
    {
        String[] parts = authorization.strip().split("/", -1);
        if (parts.length != 6 || !parts[0].equals("bce-auth-v1")) {
            return refused();
        }
        String accessKey = parts[1];
        String timestamp = parts[2];
        long window;
        Instant signedAt;
        try {
            window = Long.parseLong(parts[3]);
            signedAt = Instant.parse(timestamp);
        }
        catch (NumberFormatException | DateTimeParseException malformed) {
            return refused();
        }
        Instant now = clock.instant();
        boolean javaSdk = request.query().stream().anyMatch(pair -> pair.getKey().equals("aipSdk") && "java".equals(pair.getValue()));
        if (window <= 0 || window > LONGEST_WINDOW.toSeconds() || !within(signedAt, window, now) && !(javaSdk && within(twelveHourClock(signedAt, now), window, now))) {
            return refused();
        }
        Optional<byte[]> secret = keys.signingSecretOf(accessKey);
        if (secret.isEmpty()) {
            return refused();
        }
        Map<String, String> headers = lowerCased(request.headers());
        String signedHeaderNames = parts[4];
        List<String> signed = new ArrayList<>();
        if (signedHeaderNames.isEmpty()) {
            headers.keySet().stream().filter(name -> DEFAULT_SIGNED_HEADERS.contains(name) || name.startsWith("x-bce-")).forEach(signed::add);
        }
        else {
            for (String name : signedHeaderNames.split(";")) {
                String lower = name.strip().toLowerCase(Locale.ROOT);
                if (!headers.containsKey(lower)) {
                    return refused();
                }
                signed.add(lower);
            }
        }
        if (!signed.contains("host") || request.body() != null && !bodyMatches(request)) {
            return refused();
        }
        String prefix = "bce-auth-v1/" + accessKey + "/" + timestamp + "/" + window;
        byte[] signingKey = HexFormat.of().formatHex(hmac(secret.get(), prefix)).getBytes(StandardCharsets.UTF_8);
        byte[] given = parts[5].strip().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        if (signatureMatches(signingKey, request, headers, signed, given)) {
            return Optional.empty();
        }
        // Java's HttpURLConnection sends its own Host, with the port when it is not the default,
        // while the SDK signed the host alone.
        String host = headers.get("host");
        int colon = host.lastIndexOf(':');
        if (colon > 0 && host.indexOf(']', colon) < 0) {
            Map<String, String> withoutPort = new java.util.HashMap<>(headers);
            withoutPort.put("host", host.substring(0, colon));
            if (signatureMatches(signingKey, request, withoutPort, signed, given)) {
                return Optional.empty();
            }
        }
        return refused();
    }

    private static boolean signatureMatches(byte[] signingKey, SignedRequest request, Map<String, String> headers, List<String> signed, byte[] given)
    {
        String canonical = request.method().toUpperCase(Locale.ROOT) + "\n" + encode(request.path().startsWith("/") ? request.path() : "/" + request.path(), false)
                + "\n" + canonicalQuery(request.query()) + "\n" + canonicalHeaders(headers, signed);
        byte[] expected = HexFormat.of().formatHex(hmac(signingKey, canonical)).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, given);
    }

    private static boolean within(Instant signedAt, long window, Instant now)
    {
        return !signedAt.isAfter(now.plus(CLOCK_SKEW)) && !now.isAfter(signedAt.plusSeconds(window).plus(CLOCK_SKEW));
    }

    /**
     * Baidu's Java SDK (4.16.22, which says {@code aipSdk=java}) writes the hour on a 12-hour
     * clock ({@code hh}): from 13:00 UTC its timestamps are 12 hours behind, from 00:00 to 00:59
     * 12 hours ahead ({@code 12:xx}). Its timestamp is read as it meant it: the one of the two
     * readings nearest to now.
     */
    private static Instant twelveHourClock(Instant signedAt, Instant now)
    {
        int signedHour = signedAt.atZone(java.time.ZoneOffset.UTC).getHour();
        if (signedHour == 12) {
            return signedAt.minus(Duration.ofHours(12));
        }
        return signedHour >= 1 && signedHour <= 11 ? signedAt.plus(Duration.ofHours(12)) : signedAt;
    }

    private static Optional<ErrorCode> refused()
    {
        return Optional.of(ErrorCode.IAM_CERTIFICATION_FAILED);
    }

    /**
     * Whether the body is the one the signature covers: the signature covers the Content-MD5
     * header when the client sent one (the Java SDK does; the Python SDK signs no body).
     */
    static boolean bodyMatches(SignedRequest request)
    {
        String declared = lowerCased(request.headers()).get("content-md5");
        return declared == null || contentMd5Matches(declared, request.body());
    }

    /** A Content-MD5 in hex (as the SDKs send it) or in base64 (as RFC 1864 has it). */
    private static boolean contentMd5Matches(String declared, byte[] body)
    {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("MD5").digest(body);
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("MD5 is part of every Java runtime", e);
        }
        String value = declared.strip();
        return value.equalsIgnoreCase(HexFormat.of().formatHex(digest)) || value.equals(Base64.getEncoder().encodeToString(digest));
    }

    private static Map<String, String> lowerCased(Map<String, String> headers)
    {
        Map<String, String> lower = new java.util.HashMap<>();
        headers.forEach((name, value) -> lower.put(name.toLowerCase(Locale.ROOT), value));
        return lower;
    }

    private static String canonicalQuery(List<Map.Entry<String, String>> query)
    {
        TreeSet<String> pairs = new TreeSet<>();
        for (Map.Entry<String, String> pair : query) {
            if (!pair.getKey().equalsIgnoreCase("authorization")) {
                pairs.add(encode(pair.getKey(), true) + "=" + encode(pair.getValue() == null ? "" : pair.getValue(), true));
            }
        }
        return String.join("&", pairs);
    }

    private static String canonicalHeaders(Map<String, String> headers, List<String> signed)
    {
        TreeSet<String> lines = new TreeSet<>();
        for (String name : signed) {
            lines.add(encode(name, true) + ":" + encode(headers.get(name).strip(), true));
        }
        return String.join("\n", lines);
    }

    /** RFC 3986: letters, digits and - . _ ~ stay, everything else is %XX of its UTF-8 bytes; {@code /} stays in a path. */
    static String encode(String text, boolean encodeSlash)
    {
        StringBuilder encoded = new StringBuilder();
        for (byte value : text.getBytes(StandardCharsets.UTF_8)) {
            char character = (char) (value & 0xff);
            if (character >= 'A' && character <= 'Z' || character >= 'a' && character <= 'z' || character >= '0' && character <= '9'
                    || character == '-' || character == '.' || character == '_' || character == '~' || character == '/' && !encodeSlash) {
                encoded.append(character);
            }
            else {
                encoded.append('%').append(String.format("%02X", value & 0xff));
            }
        }
        return encoded.toString();
    }

    private static byte[] hmac(byte[] key, String text)
    {
        return AccessTokens.sign(key, text);
    }
}
