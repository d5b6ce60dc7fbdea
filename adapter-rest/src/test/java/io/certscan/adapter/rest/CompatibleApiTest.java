package io.certscan.adapter.rest;

import io.certscan.application.document.DocumentSource;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class CompatibleApiTest
        extends ServerTest
{
    private static final byte[] PICTURE = "not really a picture, the recogniser is a fake".getBytes(StandardCharsets.UTF_8);
    private static final String GENERAL_OCR = "/rest/2.0/ocr/v1/general_ocr?access_token=anything";


    @Test
    void formEncodedImageIsAnsweredInTheDocumentedShape()
    {
        server = new TestingServer();

        HttpResponse<String> response = server.postForm(GENERAL_OCR, Map.of("image", Base64.getEncoder().encodeToString(PICTURE)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"log_id\":2057057242228098769,\"results\":{\"0\":{"
                + "\"标题\":[{\"words\":[\"低压电工证\"]}],"
                + "\"证号\":[{\"words\":[\"T3204811998063035170\"]}],"
                + "\"有效期限\":[{\"words\":[\"2021-10-08至2027-10-07\"]}]}}}");
        assertThat(server.recognizer.lastCommand().source()).isInstanceOfSatisfying(DocumentSource.Image.class,
                image -> assertThat(image.bytes()).isEqualTo(PICTURE));
    }

    @Test
    void multipartTextFieldsAsTheCAndPhpSamplesSendThem()
    {
        server = new TestingServer();
        byte[] body = TestingServer.multipart("XyZ123", Map.of("image", Base64.getEncoder().encodeToString(PICTURE)), null, null, null);

        HttpResponse<String> response = server.post(GENERAL_OCR, "multipart/form-data; boundary=XyZ123", body);

        assertThat(response.body()).contains("\"results\":{\"0\"");
        assertThat(((DocumentSource.Image) server.recognizer.lastCommand().source()).bytes()).isEqualTo(PICTURE);
    }

    @Test
    void multipartFilePartIsTakenAsTheRawDocument()
    {
        server = new TestingServer();
        byte[] body = TestingServer.multipart("b0undary", Map.of("pdf_file_num", "2"), "pdf_file", "scan.pdf", PICTURE);

        HttpResponse<String> response = server.post(GENERAL_OCR, "multipart/form-data; boundary=b0undary", body);

        assertThat(response.body()).contains("\"pdf_file_size\":\"3\"");
        assertThat(server.recognizer.lastCommand().source()).isInstanceOfSatisfying(DocumentSource.Pdf.class, pdf -> {
            assertThat(pdf.bytes()).isEqualTo(PICTURE);
            assertThat(pdf.page()).isEqualTo(2);
        });
    }

    @Test
    void bodyWithoutContentTypeIsReadAsAFormLikeTheCSharpSampleSendsIt()
    {
        server = new TestingServer();
        byte[] body = ("image=" + java.net.URLEncoder.encode(Base64.getEncoder().encodeToString(PICTURE), StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);

        HttpResponse<String> response = server.post(GENERAL_OCR, null, body);

        assertThat(response.body()).contains("\"results\":{\"0\"");
    }

    @Test
    void imageWinsOverTheLowerSources()
    {
        server = new TestingServer();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("url", "https://example.com/card.jpg");
        form.put("pdf_file", "JVBERi0=");
        form.put("image", Base64.getEncoder().encodeToString(PICTURE));

        server.postForm(GENERAL_OCR, form);

        assertThat(server.recognizer.lastCommand().source()).isInstanceOf(DocumentSource.Image.class);
        assertThat(server.recognizer.lastCommand().isRemote()).isFalse();
    }

    @Test
    void requestErrorsAreAnsweredWithTheDocumentedCodeAndMessageAndHttp200()
    {
        server = new TestingServer();

        assertError(server.postForm(GENERAL_OCR, Map.of()), 216101, "not enough param");
        assertError(server.postForm(GENERAL_OCR, Map.of("image", "%%%not base64%%%")), 216203, "image base64 error");
        assertError(server.postForm(GENERAL_OCR, Map.of("pdf_file", "JVBERi0=", "pdf_file_num", "0")), 216100, "invalid param");
        assertError(server.postForm(GENERAL_OCR, Map.of("url", "https://example.com/" + "a".repeat(1100))), 282114, "url size error");
        assertError(server.post(GENERAL_OCR, "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 216100, "invalid param");
    }

    @Test
    void errorsOfTheRecognitionKeepTheirCodeAndUnexpectedFailuresBecomeInternalErrorsWhileTheServerGoesOn()
    {
        server = new TestingServer();
        Map<String, String> form = Map.of("image", Base64.getEncoder().encodeToString(PICTURE));

        server.recognizer.answerWith(command -> {
            throw new CertscanException(ErrorCode.TARGET_DETECT_ERROR, "no certificate found");
        });
        assertError(server.postForm(GENERAL_OCR, form), 282102, "target detect error");

        server.recognizer.answerWith(command -> {
            throw new IllegalStateException("a bug");
        });
        HttpResponse<String> failed = server.postForm(GENERAL_OCR, form);
        assertError(failed, 282000, "internal error");
        assertThat(failed.body()).doesNotContain("a bug").doesNotContain("Exception");

        server.recognizer.answerWith(TestingRecognizer::electrician);
        assertThat(server.postForm(GENERAL_OCR, form).body()).contains("\"results\"");
    }

    @Test
    void bodyDeclaredLargerThanTheLimitIsRefusedWithoutBeingRead()
            throws Exception
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withMaxRequestBytes(4096));

        try (Socket socket = new Socket(server.uri.getHost(), server.uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream output = socket.getOutputStream();
            output.write(("POST " + GENERAL_OCR + " HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\n"
                    + "Content-Length: 500000000\r\n\r\nimage=").getBytes(StandardCharsets.US_ASCII));
            output.flush();
            String answer = new String(readAll(socket.getInputStream()), StandardCharsets.UTF_8);

            assertThat(answer).startsWith("HTTP/1.1 200").contains("\"error_code\":216202").contains("\"error_msg\":\"image size error\"");
        }
        assertThat(server.recognizer.commands).isEmpty();
    }

    @Test
    void chunkedBodyGrowingPastTheLimitIsRefused()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withMaxRequestBytes(4096));
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(server.uri.resolve(GENERAL_OCR))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(("image=" + "A".repeat(20_000)).getBytes(StandardCharsets.US_ASCII))));

        assertError(server.send(request), 216202, "image size error");
    }

    @Test
    void otherPathsAndMethodsUnderRestAreUnsupportedOpenApiMethods()
    {
        server = new TestingServer();

        assertError(server.get(GENERAL_OCR), 3, "Unsupported openapi method");
        assertError(server.postForm("/rest/2.0/ocr/v1/idcard", Map.of("image", "AAAA")), 3, "Unsupported openapi method");
        HttpResponse<String> elsewhere = server.get("/nothing/here");
        assertThat(elsewhere.statusCode()).isEqualTo(404);
        assertThat(elsewhere.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    static void assertError(HttpResponse<String> response, int code, String message)
    {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).matches("\\{\"log_id\":[0-9]+,\"error_code\":" + code + ",\"error_msg\":\"" + java.util.regex.Pattern.quote(message) + "\"}");
    }

    private static byte[] readAll(InputStream input)
            throws java.io.IOException
    {
        return input.readAllBytes();
    }
}
