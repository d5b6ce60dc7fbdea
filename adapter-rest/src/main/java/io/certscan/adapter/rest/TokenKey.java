package io.certscan.adapter.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The server's own key for tokens. A token is signed with a key derived from the client's secret
 * <em>and</em> this key (HKDF-SHA256, RFC 5869: this key the salt, the secret the input keying
 * material, {@code "certscan token v2"}, a zero byte and the client id the info), so that a token
 * seen by someone else says nothing about the secret: without this key there is nothing to try
 * guesses of the secret against offline. Replicas that should accept each other's tokens share
 * this key through {@code server.token-key-file}; without the file a key is made at start, and
 * tokens die with the process. bce-auth-v1 signatures do not use it: the SDKs compute those from
 * the raw secret, as Baidu's protocol has it.
 */
final class TokenKey
{
    static final int MINIMUM_BYTES = 32;
    private static final byte[] DERIVATION_LABEL = "certscan token v2".getBytes(StandardCharsets.UTF_8);
    /** What {@code openssl rand -base64 32} writes (either alphabet, padded or not). */
    private static final Pattern BASE64_TEXT = Pattern.compile("[A-Za-z0-9+/_-]+={0,2}");
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] key;
    private final boolean madeAtStart;

    private TokenKey(byte[] key, boolean madeAtStart)
    {
        this.key = key.clone();
        this.madeAtStart = madeAtStart;
    }

    /** A fresh random key, for a server with no {@code server.token-key-file}. */
    static TokenKey random()
    {
        byte[] key = new byte[MINIMUM_BYTES];
        RANDOM.nextBytes(key);
        return new TokenKey(key, true);
    }

    /**
     * The key in the file: base64 text (standard or URL alphabet, as {@code openssl rand -base64 32}
     * writes it) or the raw bytes, at least {@value #MINIMUM_BYTES} of them either way.
     *
     * @throws IllegalArgumentException naming the setting and the file, never its content
     */
    static TokenKey load(Path file)
    {
        requireNonNull(file, "file is null");
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new IllegalArgumentException("server.token-key-file: cannot read " + file + " (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        byte[] key = content;
        String text = new String(content, StandardCharsets.ISO_8859_1).strip();
        if (BASE64_TEXT.matcher(text).matches()) {
            try {
                key = Base64.getDecoder().decode(text.replace('-', '+').replace('_', '/'));
            }
            catch (IllegalArgumentException notWhole) {
                throw new IllegalArgumentException("server.token-key-file: " + file + " is not whole base64 text (openssl rand -base64 32 > " + file.getFileName() + ")");
            }
        }
        if (key.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("server.token-key-file: " + file + " holds " + key.length + " bytes of key; at least " + MINIMUM_BYTES
                    + " random bytes are needed (openssl rand -base64 32 > " + file.getFileName() + ")");
        }
        return new TokenKey(key, false);
    }

    /** Whether the key was made at start (no file): tokens then do not outlive the process. */
    boolean madeAtStart()
    {
        return madeAtStart;
    }

    /** The key that signs the tokens of one client: HKDF-SHA256 with one block of output. */
    byte[] derive(String clientId, byte[] secret)
    {
        byte[] pseudorandomKey = AccessTokens.sign(key, secret);
        byte[] client = clientId.getBytes(StandardCharsets.UTF_8);
        byte[] info = new byte[DERIVATION_LABEL.length + 1 + client.length + 1];
        System.arraycopy(DERIVATION_LABEL, 0, info, 0, DERIVATION_LABEL.length);
        System.arraycopy(client, 0, info, DERIVATION_LABEL.length + 1, client.length);
        // The block counter of HKDF-Expand: one block (32 bytes) is all a signing key needs.
        info[info.length - 1] = 1;
        byte[] derived = AccessTokens.sign(pseudorandomKey, info);
        Arrays.fill(pseudorandomKey, (byte) 0);
        return derived;
    }

    @Override
    public String toString()
    {
        return "TokenKey[" + (madeAtStart ? "made at start" : "from file") + "]";
    }
}
