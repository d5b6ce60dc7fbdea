package io.certscan.adapter.rest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** certscan serve over HTTPS with a PKCS#12 identity, and the words for identities it cannot use. */
class ServerTlsTest
{
    @TempDir
    Path directory;

    @Test
    void aPkcs12IdentityServesHttps()
            throws Exception
    {
        Path identity = keyStore();
        RestServer server = RestServer.over(RestConfig.loopbackForTesting().withTls(identity, null, "changeit", 0), new TestingRecognizer(),
                new io.certscan.application.service.LogIds(Clock.systemUTC()), Clock.systemUTC());
        try {
            java.net.URI uri = server.start();
            assertThat(uri.getScheme()).isEqualTo("https");
            assertThat(server.securityNotes()).anySatisfy(note -> assertThat(note).contains("HTTPS"));

            HttpResponse<String> health = client(identity).send(HttpRequest.newBuilder(uri.resolve("/healthz")).build(), HttpResponse.BodyHandlers.ofString());

            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).contains("\"up\"");
        }
        finally {
            server.stop();
        }
    }

    @Test
    void identitiesThatCannotBeUsedAreSaidInWords()
            throws Exception
    {
        Path identity = keyStore();
        assertThatThrownBy(() -> TlsKeys.load(identity, null, "wrong", "x".toCharArray()))
                .hasMessageContaining("server.tls-certificate").hasMessageContaining("password");

        assertThatThrownBy(() -> TlsKeys.load(directory.resolve("missing.pem"), null, null, "x".toCharArray()))
                .hasMessage("server.tls-certificate: cannot read " + directory.resolve("missing.pem") + " (NoSuchFileException)");

        Path rsaKey = directory.resolve("rsa.key");
        Files.writeString(rsaKey, "-----BEGIN RSA PRIVATE KEY-----\nMIIB\n-----END RSA PRIVATE KEY-----\n");
        Path realCertificate = pemCertificate(identity);
        assertThatThrownBy(() -> TlsKeys.load(realCertificate, rsaKey, null, "x".toCharArray()))
                .hasMessageContaining("is a RSA PRIVATE KEY; convert it to PKCS#8 with: openssl pkcs8 -topk8 -nocrypt");
        assertThatThrownBy(() -> TlsKeys.load(realCertificate, null, null, "x".toCharArray()))
                .hasMessage("server.tls-key: a PEM server.tls-certificate needs its private key in server.tls-key");
    }

    private Path keyStore()
            throws Exception
    {
        Path file = directory.resolve("server.p12");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(), "-genkeypair", "-alias", "certscan",
                "-keyalg", "EC", "-groupname", "secp256r1", "-validity", "2", "-dname", "CN=localhost", "-ext", "SAN=ip:127.0.0.1,dns:localhost",
                "-keystore", file.toString(), "-storetype", "PKCS12", "-storepass", "changeit"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return file;
    }

    private Path pemCertificate(Path keyStore)
            throws Exception
    {
        KeyStore store = load(keyStore);
        Path file = directory.resolve("real.crt");
        Files.writeString(file, "-----BEGIN CERTIFICATE-----\n" + java.util.Base64.getMimeEncoder().encodeToString(store.getCertificate("certscan").getEncoded())
                + "\n-----END CERTIFICATE-----\n");
        return file;
    }

    private static KeyStore load(Path keyStore)
            throws Exception
    {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream input = Files.newInputStream(keyStore)) {
            store.load(input, "changeit".toCharArray());
        }
        return store;
    }

    private static HttpClient client(Path keyStore)
            throws Exception
    {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("server", load(keyStore).getCertificate("certscan"));
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return HttpClient.newBuilder().sslContext(context).build();
    }
}
