package io.certscan.adapter.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The server's TLS identity from the files an operator has: a PKCS#12 file (.p12, .pfx) with its
 * password, or a PEM certificate chain with a PEM private key (PKCS#8: {@code BEGIN PRIVATE KEY};
 * an RSA or EC key). Every problem is said in words with the file it is about.
 */
final class TlsKeys
{
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

    private TlsKeys() {}

    /** A key store holding one entry, "certscan", the private key and its chain, under {@code password}. */
    static KeyStore load(Path certificate, Path key, String password, char[] storePassword)
    {
        byte[] certificateBytes = read("server.tls-certificate", certificate);
        try {
            if (!new String(certificateBytes, StandardCharsets.US_ASCII).contains("-----BEGIN ")) {
                KeyStore pkcs12 = KeyStore.getInstance("PKCS12");
                try (InputStream input = new ByteArrayInputStream(certificateBytes)) {
                    pkcs12.load(input, password == null ? new char[0] : password.toCharArray());
                }
                String alias = java.util.Collections.list(pkcs12.aliases()).stream()
                        .filter(name -> {
                            try {
                                return pkcs12.isKeyEntry(name);
                            }
                            catch (GeneralSecurityException unreadable) {
                                return false;
                            }
                        })
                        .findFirst()
                        .orElseThrow(() -> new IllegalArgumentException("server.tls-certificate: " + certificate + " holds no private key"));
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("certscan", pkcs12.getKey(alias, password == null ? new char[0] : password.toCharArray()), storePassword, pkcs12.getCertificateChain(alias));
                return store;
            }
            List<Certificate> chain = new ArrayList<>();
            CertificateFactory factory = CertificateFactory.getInstance("X.509");
            for (Matcher block = PEM.matcher(new String(certificateBytes, StandardCharsets.US_ASCII)); block.find(); ) {
                if (block.group(1).equals("CERTIFICATE")) {
                    chain.add(factory.generateCertificate(new ByteArrayInputStream(Base64.getMimeDecoder().decode(block.group(2)))));
                }
            }
            if (chain.isEmpty()) {
                throw new IllegalArgumentException("server.tls-certificate: " + certificate + " holds no PEM certificate");
            }
            if (key == null) {
                throw new IllegalArgumentException("server.tls-key: a PEM server.tls-certificate needs its private key in server.tls-key");
            }
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("certscan", privateKey(key), storePassword, chain.toArray(Certificate[]::new));
            return store;
        }
        catch (IOException | GeneralSecurityException broken) {
            String reason = broken.getMessage() == null ? broken.getClass().getSimpleName() : broken.getMessage();
            throw new IllegalArgumentException("server.tls-certificate: cannot read the TLS identity from " + certificate
                    + (reason.toLowerCase(Locale.ROOT).contains("password") ? " (wrong server.tls-key-password?)" : "") + ": " + reason);
        }
    }

    private static PrivateKey privateKey(Path key)
            throws GeneralSecurityException
    {
        String text = new String(read("server.tls-key", key), StandardCharsets.US_ASCII);
        Matcher block = PEM.matcher(text);
        while (block.find()) {
            if (block.group(1).equals("PRIVATE KEY")) {
                PKCS8EncodedKeySpec spec = new PKCS8EncodedKeySpec(Base64.getMimeDecoder().decode(block.group(2)));
                for (String algorithm : List.of("RSA", "EC", "Ed25519")) {
                    try {
                        return KeyFactory.getInstance(algorithm).generatePrivate(spec);
                    }
                    catch (GeneralSecurityException notThisOne) {
                        // The next algorithm.
                    }
                }
                throw new IllegalArgumentException("server.tls-key: " + key + " is no RSA, EC or Ed25519 key");
            }
            if (block.group(1).endsWith("PRIVATE KEY")) {
                throw new IllegalArgumentException("server.tls-key: " + key + " is a " + block.group(1)
                        + "; convert it to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt -in " + key.getFileName() + " -out key.pem");
            }
        }
        throw new IllegalArgumentException("server.tls-key: " + key + " holds no PEM private key (-----BEGIN PRIVATE KEY-----)");
    }

    private static byte[] read(String setting, Path file)
    {
        try {
            return Files.readAllBytes(file);
        }
        catch (IOException e) {
            throw new IllegalArgumentException(setting + ": cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
