package io.certscan.adapter.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * The API key pairs ({@code client_id} → {@code client_secret}) that may ask for access tokens:
 * the pair from the settings plus those of the keys file; and the access key pairs of the signing
 * keys file, which sign each request instead (bce-auth-v1) and get no token. Any pair may sign.
 * Secrets are compared in constant time and never shown.
 */
final class ApiKeys
{
    /**
     * The shortest secret key taken. A request signature (bce-auth-v1) is an HMAC under the secret
     * itself, as Baidu's protocol has it, so anyone who sees one signed request can try guesses of
     * the secret offline at millions a second; 16 random characters put that out of reach, where 4
     * fell in under two seconds. Baidu's own secret keys have 32.
     */
    static final int MINIMUM_SECRET_CHARACTERS = 16;
    /** What an unknown client's secret is compared with: as long as Baidu's secret keys, and no one's. */
    private static final byte[] UNKNOWN_CLIENT_SECRET = new byte[32];

    private final Map<String, byte[]> secrets;
    private final Map<String, byte[]> signingSecrets;

    private ApiKeys(Map<String, byte[]> secrets, Map<String, byte[]> signingOnly)
    {
        this.secrets = Map.copyOf(secrets);
        Map<String, byte[]> signing = new LinkedHashMap<>(signingOnly);
        secrets.forEach(signing::putIfAbsent);
        this.signingSecrets = Map.copyOf(signing);
    }

    static ApiKeys none()
    {
        return new ApiKeys(Map.of(), Map.of());
    }

    /**
     * @throws IllegalArgumentException naming the file and line of every problem in the keys file,
     *         a secret key shorter than {@value #MINIMUM_SECRET_CHARACTERS} characters among them
     */
    static ApiKeys load(RestConfig config)
    {
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        if (config.apiKey() != null && !config.apiKey().isBlank()) {
            secrets.put(config.apiKey().strip(), config.secretKey().strip().getBytes(StandardCharsets.UTF_8));
        }
        if (config.keysFile() != null) {
            readKeysFile("server.keys-file", config.keysFile(), secrets);
        }
        Map<String, byte[]> signing = new LinkedHashMap<>();
        if (config.signingKeysFile() != null) {
            readKeysFile("server.signing-keys-file", config.signingKeysFile(), signing);
            List<String> both = signing.keySet().stream().filter(secrets::containsKey).toList();
            if (!both.isEmpty()) {
                throw new IllegalArgumentException("server.signing-keys-file: " + both.get(0) + " is also an API key; a key is either one or the other");
            }
        }
        return new ApiKeys(secrets, signing);
    }

    private static void readKeysFile(String setting, Path file, Map<String, byte[]> secrets)
    {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalArgumentException(setting + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        List<String> problems = new ArrayList<>();
        for (int number = 1; number <= lines.size(); number++) {
            String line = lines.get(number - 1).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int separator = line.indexOf('=');
            String id = separator < 0 ? "" : line.substring(0, separator).strip();
            String secret = separator < 0 ? "" : line.substring(separator + 1).strip();
            if (id.isEmpty() || secret.isEmpty()) {
                // The line is not echoed: it may hold a secret.
                problems.add(file + ":" + number + ": expected 'apiKey=secretKey'");
            }
            else if (isWeak(secret)) {
                problems.add(file + ":" + number + ": the secret key of " + id + " is shorter than " + MINIMUM_SECRET_CHARACTERS + " characters");
            }
            else if (secrets.putIfAbsent(id, secret.getBytes(StandardCharsets.UTF_8)) != null) {
                problems.add(file + ":" + number + ": API key " + id + " appears twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(setting + ": " + String.join("; ", problems));
        }
    }

    static boolean isWeak(String secret)
    {
        return secret.strip().codePointCount(0, secret.strip().length()) < MINIMUM_SECRET_CHARACTERS;
    }

    /** No key of either kind: the server is open. */
    boolean isEmpty()
    {
        return signingSecrets.isEmpty();
    }

    int size()
    {
        return signingSecrets.size();
    }

    /** The secret that signs a request made with this access key, if the key is known. */
    Optional<byte[]> signingSecretOf(String accessKey)
    {
        return Optional.ofNullable(signingSecrets.get(requireNonNull(accessKey, "accessKey is null"))).map(byte[]::clone);
    }

    /** The secret of a client, as the key that signs its tokens. */
    Optional<byte[]> secretOf(String clientId)
    {
        return Optional.ofNullable(secrets.get(requireNonNull(clientId, "clientId is null"))).map(byte[]::clone);
    }

    /** The clients that may ask for tokens (not the signing-only keys). */
    Set<String> clientIds()
    {
        return secrets.keySet();
    }

    /**
     * Whether the secret is the client's, in time that does not depend on where they differ nor
     * on whether the client exists: an unknown id is compared with a stand-in of a real secret's
     * length, so that its answer comes as soon as a wrong secret's.
     */
    boolean accepts(String clientId, String secret)
    {
        byte[] expected = secrets.get(clientId);
        boolean matches = MessageDigest.isEqual(expected == null ? UNKNOWN_CLIENT_SECRET : expected, secret.getBytes(StandardCharsets.UTF_8));
        return expected != null && matches;
    }

    /**
     * Whether the pair is a signing-only access key with its own secret. Baidu's SDKs ask for a
     * token with whatever key they have, once per client, and sign when refused: such a request
     * is refused as any other but guessed nothing. Compared as {@link #accepts} compares.
     */
    boolean isSigningOnlyPair(String accessKey, String secret)
    {
        byte[] expected = secrets.containsKey(accessKey) ? null : signingSecrets.get(accessKey);
        boolean matches = MessageDigest.isEqual(expected == null ? UNKNOWN_CLIENT_SECRET : expected, secret.getBytes(StandardCharsets.UTF_8));
        return expected != null && matches;
    }

    @Override
    public String toString()
    {
        return "ApiKeys[" + secrets.size() + " API key pairs, " + (signingSecrets.size() - secrets.size()) + " signing-only pairs]";
    }
}
