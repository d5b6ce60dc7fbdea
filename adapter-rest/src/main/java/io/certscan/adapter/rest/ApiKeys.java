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

import static java.util.Objects.requireNonNull;

/**
 * The API key pairs ({@code client_id} → {@code client_secret}) that may ask for access tokens:
 * the pair from the settings plus those of the keys file. Secrets are compared in constant time
 * and never shown.
 */
final class ApiKeys
{
    private final Map<String, byte[]> secrets;

    private ApiKeys(Map<String, byte[]> secrets)
    {
        this.secrets = Map.copyOf(secrets);
    }

    static ApiKeys none()
    {
        return new ApiKeys(Map.of());
    }

    /**
     * @throws IllegalArgumentException naming the file and line of every problem in the keys file
     */
    static ApiKeys load(RestConfig config)
    {
        Map<String, byte[]> secrets = new LinkedHashMap<>();
        if (config.apiKey() != null && !config.apiKey().isBlank()) {
            secrets.put(config.apiKey().strip(), config.secretKey().strip().getBytes(StandardCharsets.UTF_8));
        }
        if (config.keysFile() != null) {
            readKeysFile(config.keysFile(), secrets);
        }
        return new ApiKeys(secrets);
    }

    private static void readKeysFile(Path file, Map<String, byte[]> secrets)
    {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new IllegalArgumentException("server.keys-file: cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
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
            else if (secrets.putIfAbsent(id, secret.getBytes(StandardCharsets.UTF_8)) != null) {
                problems.add(file + ":" + number + ": API key " + id + " appears twice");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("server.keys-file: " + String.join("; ", problems));
        }
    }

    boolean isEmpty()
    {
        return secrets.isEmpty();
    }

    int size()
    {
        return secrets.size();
    }

    /** The secret of a client, as the key that signs its tokens. */
    Optional<byte[]> secretOf(String clientId)
    {
        return Optional.ofNullable(secrets.get(requireNonNull(clientId, "clientId is null"))).map(byte[]::clone);
    }

    boolean knows(String clientId)
    {
        return secrets.containsKey(clientId);
    }

    /** Whether the secret is the client's, in time that does not depend on where they differ. */
    boolean accepts(String clientId, String secret)
    {
        byte[] expected = secrets.get(clientId);
        return expected != null && MessageDigest.isEqual(expected, secret.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public String toString()
    {
        return "ApiKeys[" + secrets.size() + " pairs]";
    }
}
