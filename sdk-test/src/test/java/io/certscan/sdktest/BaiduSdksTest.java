package io.certscan.sdktest;

import io.certscan.bootstrap.CertscanFactory;
import io.certscan.bootstrap.CertscanServer;
import io.certscan.contract.ContractJson;
import io.certscan.contract.GeneralOcrResponse;
import org.json.JSONObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.Key;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Baidu's official SDKs, unchanged, against {@code certscan serve} over HTTPS: the Java SDK
 * ({@code com.baidu.aip:java-sdk} 4.16.22) reaches aip.baidubce.com, which the JVM resolves to
 * loopback (src/test/hosts), on port 443 with a certificate the test makes and trusts (through the
 * SDK's own HTTP proxy setting when the test may not listen on 443); the Python SDK (baidu-aip
 * 4.16.13, vendored) with only its token URL constant pointed at the server. Both in token mode
 * and in signing mode (bce-auth-v1 with access keys that get no token), with wrong keys, and with
 * tokens the server lets expire after a few seconds.
 */
class BaiduSdksTest
{
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path DOCUMENTED = Path.of("..", "contract", "src", "test", "resources", "general_ocr_success_example.json");
    private static final String API_KEY = "sdk-test-app";
    private static final String SECRET_KEY = "sdk-test-secret-0123456789";
    private static final String ACCESS_KEY = "sdk-test-access-key";
    private static final String ACCESS_SECRET = "sdk-test-access-secret-0123456789";
    private static final int TOKEN_SECONDS = 4;
    private static final int MAX_REQUEST_BYTES = 2 * 1024 * 1024;

    private static Path directory;
    private static CertscanServer server;
    private static int port;
    private static ConnectProxy proxy;

    @BeforeAll
    static void start()
            throws Exception
    {
        directory = Files.createTempDirectory("certscan-sdk-test");
        Path keyStore = directory.resolve("server.p12");
        keytool("-genkeypair", "-alias", "aip", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=aip.baidubce.com",
                "-ext", "SAN=dns:aip.baidubce.com,ip:127.0.0.1", "-keystore", keyStore.toString(), "-storetype", "PKCS12", "-storepass", "changeit");
        KeyStore identity = KeyStore.getInstance("PKCS12");
        identity.load(Files.newInputStream(keyStore), "changeit".toCharArray());
        Certificate certificate = identity.getCertificate("aip");
        // The server reads the PEM pair an operator would have; the PKCS#12 file is read by ServerTlsTest.
        Path certificatePem = directory.resolve("server.crt");
        Path keyPem = directory.resolve("server.key");
        Files.writeString(certificatePem, pem("CERTIFICATE", certificate.getEncoded()));
        Key key = identity.getKey("aip", "changeit".toCharArray());
        Files.writeString(keyPem, pem("PRIVATE KEY", key.getEncoded()));
        Path signingKeys = directory.resolve("signing-keys");
        Files.writeString(signingKeys, ACCESS_KEY + "=" + ACCESS_SECRET + "\n");

        trust(certificate);
        Map<String, String> settings = new HashMap<>(Map.of(
                "server.host", "127.0.0.1", "server.port", "443", "server.api-key", API_KEY, "server.secret-key", SECRET_KEY,
                "server.signing-keys-file", signingKeys.toString(), "server.tls-certificate", certificatePem.toString(), "server.tls-key", keyPem.toString(),
                "server.token-lifetime", TOKEN_SECONDS + "s", "server.max-request-bytes", Integer.toString(MAX_REQUEST_BYTES)));
        server = CertscanFactory.createServer(settings);
        try {
            port = server.start().getPort();
        }
        catch (IllegalStateException mayNotListenOn443) {
            settings.put("server.port", "0");
            server = CertscanFactory.createServer(settings);
            port = server.start().getPort();
            proxy = new ConnectProxy(port);
            System.err.println("BaiduSdksTest: port 443 is not ours to open; the Java SDK reaches certscan through its HTTP proxy setting");
        }
    }

    @AfterAll
    static void stop()
            throws IOException
    {
        if (server != null) {
            server.stop();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void javaSdkRecognisesTheTwoCardSampleAsDocumented()
            throws IOException
    {
        JSONObject answer = java(API_KEY, SECRET_KEY).generalOcr(Map.of("image", base64(SAMPLES.resolve("two-low-voltage-electricians.png"))));

        assertThat(ContractJson.results(answer.toString())).isEqualTo(documented().results());
    }

    @Test
    void javaSdkReadsAPdfAndAnOfd()
            throws IOException
    {
        GeneralOcrClient client = java(API_KEY, SECRET_KEY);

        JSONObject pdf = client.generalOcr(Map.of("pdf_file", base64(SAMPLES.resolve("low-voltage-electrician.pdf")), "pdf_file_num", "1"));
        JSONObject ofd = client.generalOcr(Map.of("ofd_file", base64(SAMPLES.resolve("low-voltage-electrician.ofd")), "ofd_file_num", "1"));

        assertThat(pdf.getString("pdf_file_size")).isEqualTo("1");
        for (JSONObject answer : List.of(pdf, ofd)) {
            assertThat(answer.getJSONObject("results").getJSONObject("0").getJSONArray("证号").getJSONObject(0).getJSONArray("words").getString(0))
                    .isEqualTo("T3204811998063035170");
        }
    }

    @Test
    void javaSdkSignsItsRequestsWithAccessKeysThatGetNoToken()
            throws IOException
    {
        GeneralOcrClient client = java(ACCESS_KEY, ACCESS_SECRET);

        JSONObject answer = client.generalOcr(Map.of("image", base64(SAMPLES.resolve("two-low-voltage-electricians.png"))));
        JSONObject pdf = client.generalOcr(Map.of("pdf_file", base64(SAMPLES.resolve("low-voltage-electrician.pdf")), "pdf_file_num", "1"));
        JSONObject ofd = client.generalOcr(Map.of("ofd_file", base64(SAMPLES.resolve("low-voltage-electrician.ofd")), "ofd_file_num", "1"));

        assertThat(answer.has("error_code")).as(answer.toString()).isFalse();
        assertThat(ContractJson.results(answer.toString())).isEqualTo(documented().results());
        for (JSONObject document : List.of(pdf, ofd)) {
            assertThat(ContractJson.results(document.toString())).as(document.toString()).isEqualTo(List.of(documented().results().get(0)));
        }
        assertThat(client.signing()).isTrue();
    }

    @Test
    void javaSdkWithAWrongSecretIsRefused()
            throws IOException
    {
        // The token is refused, the SDK then signs with the wrong secret, certscan answers 14
        // (IAM Certification failed) and the SDK reports it as the cloud's 6.
        JSONObject answer = java(API_KEY, "not-the-secret").generalOcr(Map.of("image", base64(SAMPLES.resolve("low-voltage-electrician.png"))));

        assertThat(answer.getInt("error_code")).as(answer.toString()).isEqualTo(6);
    }

    @Test
    void javaSdkGetsANewTokenWhenTheServerLetsItsTokenExpire()
            throws Exception
    {
        GeneralOcrClient client = java(API_KEY, SECRET_KEY);
        Map<String, String> request = Map.of("image", base64(SAMPLES.resolve("low-voltage-electrician.png")));
        assertThat(client.generalOcr(request).has("results")).isTrue();
        String first = client.token();

        TimeUnit.SECONDS.sleep(TOKEN_SECONDS + 1);

        JSONObject answer = client.generalOcr(request);
        assertThat(answer.has("results")).as(answer.toString()).isTrue();
        assertThat(client.token()).isNotEqualTo(first);
        assertThat(rawCall(first)).contains("\"error_code\":111");
    }

    @Test
    void javaSdkGetsTheSizeErrorForAnUploadOverTheLimitNotATimeout()
            throws IOException
    {
        byte[] noise = new byte[MAX_REQUEST_BYTES];
        new Random(7).nextBytes(noise);

        JSONObject answer = java(API_KEY, SECRET_KEY).generalOcr(Map.of("image", Base64.getEncoder().encodeToString(noise)));

        assertThat(answer.get("error_code")).as(answer.toString()).isEqualTo(216202);
    }

    @Test
    void aSignatureOutOfItsTimeOrOverAnotherBodyIsRefused()
            throws Exception
    {
        String body = "image=" + java.net.URLEncoder.encode(base64(SAMPLES.resolve("low-voltage-electrician.png")), StandardCharsets.UTF_8);
        java.time.format.DateTimeFormatter utc = java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'").withZone(java.time.ZoneOffset.UTC);
        String now = utc.format(java.time.Instant.now());
        String twoHoursAgo = utc.format(java.time.Instant.now().minus(java.time.Duration.ofHours(2)));

        assertThat(signedCall(body, body, now, ACCESS_SECRET)).contains("\"results\"");
        assertThat(signedCall(body, body, twoHoursAgo, ACCESS_SECRET)).contains("\"error_code\":14");
        assertThat(signedCall(body, body.replace("image=", "image=A"), now, ACCESS_SECRET)).as("another body than the signed MD5").contains("\"error_code\":14");
        assertThat(signedCall(body, body, now, "not-the-secret")).contains("\"error_code\":14");
    }

    /** A request signed by the SDK's own signer (CloudAuth) over {@code signedBody}, sent with {@code sentBody}. */
    private static String signedCall(String signedBody, String sentBody, String timestamp, String secret)
            throws Exception
    {
        com.baidu.aip.http.AipRequest request = new com.baidu.aip.http.AipRequest();
        request.setUri(GeneralOcrClient.GENERAL_OCR);
        request.setHttpMethod(com.baidu.aip.http.HttpMethodName.POST);
        request.addParam("aipSdk", "java");
        request.addHeader("Content-Type", "application/x-www-form-urlencoded");
        // As the SDK's postOperation signs: the length and the MD5 of the body, the host, the time.
        request.addHeader("Content-Length", Integer.toString(sentBody.getBytes(StandardCharsets.UTF_8).length));
        request.addHeader("Content-MD5", com.baidu.aip.util.SignUtil.md5(signedBody, "UTF8"));
        request.addHeader("Host", "aip.baidubce.com");
        request.addHeader("x-bce-date", timestamp);
        String authorization = com.baidu.aip.auth.CloudAuth.sign(request, ACCESS_KEY, secret, timestamp);
        HttpRequest http = HttpRequest.newBuilder(URI.create("https://aip.baidubce.com:" + port + "/rest/2.0/ocr/v1/general_ocr?aipSdk=java"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Content-MD5", request.getHeaders().get("Content-MD5"))
                .header("x-bce-date", timestamp)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofString(sentBody))
                .build();
        return HttpClient.newBuilder().sslContext(SSLContext.getDefault()).build().send(http, HttpResponse.BodyHandlers.ofString()).body();
    }

    @Test
    void pythonSdkWithATokenReadsTheTwoCardSampleAPdfAndAnOfd()
            throws Exception
    {
        assertPythonReadsEverything(API_KEY, SECRET_KEY, false);
    }

    @Test
    void pythonSdkSigningWithAccessKeysReadsTheTwoCardSampleAPdfAndAnOfd()
            throws Exception
    {
        assertPythonReadsEverything(ACCESS_KEY, ACCESS_SECRET, true);
    }

    private static void assertPythonReadsEverything(String apiKey, String secretKey, boolean signing)
            throws Exception
    {
        List<JSONObject> image = python(apiKey, secretKey, "image", SAMPLES.resolve("two-low-voltage-electricians.png"));
        List<JSONObject> pdf = python(apiKey, secretKey, "pdf_file", SAMPLES.resolve("low-voltage-electrician.pdf"));
        List<JSONObject> ofd = python(apiKey, secretKey, "ofd_file", SAMPLES.resolve("low-voltage-electrician.ofd"));

        assertThat(ContractJson.results(image.get(0).getJSONObject("result").toString())).as(image.toString()).isEqualTo(documented().results());
        for (JSONObject call : List.of(image.get(0), pdf.get(0), ofd.get(0))) {
            assertThat(call.getBoolean("signing")).as(call.toString()).isEqualTo(signing);
            assertThat(call.getJSONObject("result").getJSONObject("results").getJSONObject("0").getJSONArray("姓名").getJSONObject(0).getJSONArray("words")
                    .getString(0)).as(call.toString()).isEqualTo("张敞");
        }
    }

    @Test
    void pythonSdkWithAWrongSecretGetsTheCloudsSignatureError()
            throws Exception
    {
        List<JSONObject> calls = python(API_KEY, "not-the-secret", "image", SAMPLES.resolve("low-voltage-electrician.png"));

        assertThat(calls.get(0).getBoolean("signing")).isTrue();
        assertThat(calls.get(0).getJSONObject("result").getInt("error_code")).as(calls.get(0).toString()).isEqualTo(14);
    }

    @Test
    void pythonSdkKeepsWorkingWhenTheServerLetsItsTokenExpire()
            throws Exception
    {
        List<JSONObject> calls = python(API_KEY, SECRET_KEY, "image", SAMPLES.resolve("low-voltage-electrician.png"), TOKEN_SECONDS + 1);

        assertThat(calls).hasSize(2).allSatisfy(call -> assertThat(call.getJSONObject("result").has("results")).as(call.toString()).isTrue());
    }

    private static GeneralOcrClient java(String apiKey, String secretKey)
    {
        GeneralOcrClient client = new GeneralOcrClient("certscan-sdk-test", apiKey, secretKey);
        if (proxy != null) {
            client.setHttpProxy("127.0.0.1", proxy.port());
        }
        return client;
    }

    private static List<JSONObject> python(String apiKey, String secretKey, String kind, Path file, int... repeatAfterSeconds)
            throws Exception
    {
        Path sdk = Path.of(BaiduSdksTest.class.getResource("/baidu-aip/aip/__init__.py").toURI()).getParent().getParent();
        Path script = Path.of(BaiduSdksTest.class.getResource("/general_ocr_sdk.py").toURI());
        List<String> command = new ArrayList<>(List.of(python(), script.toString(), sdk.toString(), "https://127.0.0.1:" + port, apiKey, secretKey, kind,
                file.toAbsolutePath().toString()));
        for (int seconds : repeatAfterSeconds) {
            command.add(Integer.toString(seconds));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = new String(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text.lines().filter(line -> line.startsWith("{")).map(JSONObject::new).toList();
    }

    /** A Python 3 with requests and chardet: .ci/run installs python3-requests and python3-chardet. */
    private static String python()
            throws Exception
    {
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                Process process = new ProcessBuilder(candidate, "-c", "import requests, chardet").redirectErrorStream(true).start();
                if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return candidate;
                }
            }
            catch (IOException absent) {
                // The next one.
            }
        }
        if ("true".equals(System.getenv("CI"))) {
            throw new AssertionError("CI must have python3 with requests and chardet (.ci/run installs python3-requests python3-chardet)");
        }
        Assumptions.abort("no python3 with requests and chardet here; apt-get install python3-requests python3-chardet to run Baidu's Python SDK");
        throw new AssertionError("unreachable");
    }

    /** The documented request with a token the SDK used before: the server's own answer to it. */
    private static String rawCall(String token)
            throws Exception
    {
        HttpClient client = HttpClient.newBuilder().sslContext(SSLContext.getDefault()).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("https://aip.baidubce.com:" + port + "/rest/2.0/ocr/v1/general_ocr?access_token=" + token))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("image=x"))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static GeneralOcrResponse documented()
            throws IOException
    {
        return ContractJson.generalOcrResponse().fromJson(Files.readString(DOCUMENTED, StandardCharsets.UTF_8));
    }

    private static String base64(Path file)
            throws IOException
    {
        return Base64.getEncoder().encodeToString(Files.readAllBytes(file));
    }

    /** Every TLS client of this JVM (the SDK's HttpURLConnection among them) trusts the certificate the test made. */
    private static void trust(Certificate certificate)
            throws Exception
    {
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("certscan-test", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        SSLContext.setDefault(context);
        HttpsURLConnection.setDefaultSSLSocketFactory(context.getSocketFactory());
    }

    private static String pem(String type, byte[] der)
    {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    private static void keytool(String... arguments)
            throws Exception
    {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "keytool").toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
    }
}
