package io.certscan.adapter.rest;

import io.certscan.application.document.DocumentSource;
import io.certscan.contract.ErrorMessages;
import io.certscan.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RichApiTest
        extends ServerTest
{
    private static final byte[] PDF = "%PDF-1.7 a fake document".getBytes(StandardCharsets.ISO_8859_1);


    @Test
    void uploadedFileGivesFieldsWithConfidenceBoxesNormalisedValuesAndFindings()
    {
        server = new TestingServer();
        byte[] body = TestingServer.multipart("rich", Map.of("page", "2", "as_of", "2025-01-01"), "file", "licence.pdf", PDF);

        HttpResponse<String> response = server.post("/v1/recognize", "multipart/form-data; boundary=rich", body);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("\"source\":\"pdf\"", "\"page_count\":3", "\"evaluation_date\":\"2025-01-01\"", "\"title\":\"低压电工证\"")
                .contains("\"name\":\"证号\"", "\"confidence\":0.98", "\"location\":[[100.0,100.0],[400.0,100.0],[400.0,130.0],[100.0,130.0]]")
                .contains("\"normalized\":{\"kind\":\"period\",\"start\":\"2021-10-08\",\"end\":\"2027-10-07\",\"ending\":\"date\"}")
                .contains("\"code\":\"VALID\"", "\"severity\":\"info\"", "\"message_en\":\"valid until 2027-10-07\"");
        assertThat(server.recognizer.lastCommand().evaluationDate()).contains(LocalDate.of(2025, 1, 1));
        assertThat(server.recognizer.lastCommand().source()).isInstanceOfSatisfying(DocumentSource.Pdf.class, pdf -> assertThat(pdf.page()).isEqualTo(2));
    }

    @Test
    void jsonBodyTakesGeneralOcrParametersAndAnAsOfDate()
    {
        server = new TestingServer();
        String json = "{\"image\":\"" + Base64.getEncoder().encodeToString(new byte[] {9, 8, 7}) + "\",\"as_of\":\"2030-02-28\"}";

        HttpResponse<String> response = server.post("/v1/recognize", "application/json", json.getBytes(StandardCharsets.UTF_8));

        assertThat(response.body()).contains("\"source\":\"image\"", "\"evaluation_date\":\"2030-02-28\"");
        assertThat(((DocumentSource.Image) server.recognizer.lastCommand().source()).bytes()).containsExactly(9, 8, 7);
    }

    @Test
    void errorsAreProblemDetailsWithAStatusThatSaysWhatKindOfErrorItIs()
    {
        server = new TestingServer();

        assertProblem(server.post("/v1/recognize", "application/json", "{}".getBytes(StandardCharsets.UTF_8)), 400, 216101);
        assertProblem(server.post("/v1/recognize", "application/json", "{\"image\":".getBytes(StandardCharsets.UTF_8)), 400, 216100);
        assertProblem(server.post("/v1/recognize", "application/json", "{\"image\":\"AAAA\",\"as_of\":\"tomorrow\"}".getBytes(StandardCharsets.UTF_8)), 400, 216100);
        server.recognizer.answerWith(command -> {
            throw new io.certscan.domain.error.CertscanException(io.certscan.domain.error.ErrorCode.TARGET_DETECT_ERROR, "no certificate in the picture");
        });
        HttpResponse<String> nothingFound = server.post("/v1/recognize", "application/json", "{\"image\":\"AAAA\"}".getBytes(StandardCharsets.UTF_8));
        assertProblem(nothingFound, 422, 282102);
        assertThat(nothingFound.body()).contains("\"detail\":\"no certificate in the picture\"", "\"title\":\"target detect error\"");
        // Beside the documented title and the developer's detail, what it means to a person, in both languages.
        assertThat(nothingFound.body()).contains("\"message\":\"" + ErrorMessages.of(ErrorCode.TARGET_DETECT_ERROR).chinese() + "\"",
                "\"message_en\":\"" + ErrorMessages.of(ErrorCode.TARGET_DETECT_ERROR).english() + "\"");
    }

    @Test
    void oversizeUploadIs413()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withMaxRequestBytes(2048));
        byte[] body = TestingServer.multipart("big", Map.of(), "file", "big.png", new byte[10_000]);

        assertProblem(server.post("/v1/recognize", "multipart/form-data; boundary=big", body), 413, 216202);
    }

    @Test
    void tokenMayComeAsABearerHeader()
    {
        server = new TestingServer(RestConfig.loopbackForTesting().withKeys("key", "rich-api-secret-0123456789"));
        byte[] json = "{\"image\":\"AAAA\"}".getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = server.post("/v1/recognize", "application/json", json);
        assertProblem(refused, 401, 100);
        assertThat(refused.headers().firstValue("WWW-Authenticate")).contains("Bearer");

        HttpResponse<String> accepted = server.send(HttpRequest.newBuilder(server.uri.resolve("/v1/recognize"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + server.token("key", "rich-api-secret-0123456789"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)));
        assertThat(accepted.statusCode()).isEqualTo(200);
    }

    static void assertProblem(HttpResponse<String> response, int status, int errorCode)
    {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("\"status\":" + status, "\"error_code\":" + errorCode, "\"log_id\":");
    }
}
