package io.certscan.contract;

import io.certscan.application.document.DocumentKind;
import io.certscan.application.document.PageContent;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.text.TextLine;
import io.certscan.domain.layout.Layout;
import io.certscan.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class GeneralOcrResponseTest
{
    @Test
    void documentationsSuccessExampleRoundTripsToEquivalentJsonWithTheExactLogId()
            throws IOException
    {
        String documented = resource("general_ocr_success_example.json");

        GeneralOcrResponse response = ContractJson.generalOcrResponse().fromJson(documented);
        String written = ContractJson.generalOcrResponse().toJson(response);

        assertThat(response.logId()).isEqualTo(LogId.parse("2057057242228098769"));
        assertThat(written).contains("\"log_id\":2057057242228098769");
        assertThat(JsonTree.parse(written)).isEqualTo(JsonTree.parse(documented));
        assertThat(response.results()).hasSize(2);
        assertThat(response.results().get(1).get("姓名")).containsExactly(new GeneralOcrResponse.Words(List.of("常鹏")));
    }

    @Test
    void documentationsExampleBecomesTwoCertificatesWithTitlesAndFieldsInOrder()
            throws IOException
    {
        GeneralOcrResponse response = ContractJson.generalOcrResponse().fromJson(resource("general_ocr_success_example.json"));

        List<Certificate> certificates = response.certificates();

        assertThat(certificates).extracting(Certificate::index).containsExactly(0, 1);
        assertThat(certificates.get(0).title()).contains("低压电工证");
        assertThat(certificates.get(0).fields()).extracting(ExtractedField::name)
                .containsExactly("证号", "姓名", "性别", "作业类别", "操作项目", "初领日期", "有效期限", "应复审日期", "签发机关");
        assertThat(certificates.get(1).field("姓名")).map(ExtractedField::value).contains("常鹏");
    }

    @Test
    void resultPutsTheTitleFirstKeepsRepeatedNamesAndGivesPdfFileSizeOnlyForPdf()
    {
        Certificate certificate = new Certificate(0, Optional.of("营业执照"), List.of(
                ExtractedField.withoutLocation("名称", List.of("某某科技有限公司")),
                ExtractedField.withoutLocation("经营范围", List.of("软件开发；", "技术服务")),
                ExtractedField.withoutLocation("名称", List.of("第二个名称"))), Optional.empty());
        LogId logId = new LogId(-1);

        GeneralOcrResponse pdf = GeneralOcrResponse.from(result(logId, DocumentKind.PDF, OptionalInt.of(4), certificate));
        GeneralOcrResponse ofd = GeneralOcrResponse.from(result(logId, DocumentKind.OFD, OptionalInt.of(4), certificate));

        String json = ContractJson.generalOcrResponse().toJson(pdf);
        assertThat(json).isEqualTo("{\"log_id\":18446744073709551615,\"pdf_file_size\":\"4\",\"results\":{\"0\":{"
                + "\"标题\":[{\"words\":[\"营业执照\"]}],"
                + "\"名称\":[{\"words\":[\"某某科技有限公司\"]},{\"words\":[\"第二个名称\"]}],"
                + "\"经营范围\":[{\"words\":[\"软件开发；\",\"技术服务\"]}]}}}");
        assertThat(ofd.pdfFileSize()).isEmpty();
        assertThat(ContractJson.generalOcrResponse().toJson(ofd)).doesNotContain("pdf_file_size");
    }

    @Test
    void errorBodyHasTheDocumentedShapeAndIsRecognisedAsAnError()
            throws IOException
    {
        String json = ContractJson.errorResponse().toJson(ErrorResponse.of(LogId.parse("1234567890"), ErrorCode.ACCESS_TOKEN_INVALID));

        assertThat(json).isEqualTo("{\"log_id\":1234567890,\"error_code\":110,\"error_msg\":\"Access token invalid or no longer valid\"}");
        assertThat(ContractJson.errorIn(json)).map(ErrorResponse::errorCode).contains(110);
        assertThat(ContractJson.errorIn(resource("general_ocr_success_example.json"))).isEmpty();
    }

    @Test
    void tokenBodiesUseSnakeCaseNames()
            throws IOException
    {
        String json = "{\"refresh_token\":\"r\",\"expires_in\":2592000,\"session_key\":\"k\",\"access_token\":\"24.abc\",\"scope\":\"public\",\"session_secret\":\"s\"}";

        TokenResponse token = ContractJson.tokenResponse().fromJson(json);

        assertThat(token.accessToken()).isEqualTo("24.abc");
        assertThat(token.expiresIn()).isEqualTo(2592000);
        assertThat(token.toString()).doesNotContain("24.abc");
        assertThat(ContractJson.tokenErrorResponse().fromJson("{\"error\":\"invalid_client\",\"error_description\":\"unknown client id\"}"))
                .isEqualTo(new TokenErrorResponse("invalid_client", "unknown client id"));
        assertThat(JsonTree.parse(ContractJson.tokenResponse().toJson(token))).isEqualTo(JsonTree.parse(json));
    }

    @Test
    void richResponseCarriesNormalisedValues()
            throws IOException
    {
        Certificate certificate = new Certificate(0, Optional.of("低压电工证"), List.of(
                ExtractedField.withoutLocation("有效期限", List.of("2021-10-08至2027-10-07")),
                ExtractedField.withoutLocation("初领日期", List.of("2021年10月8日")),
                ExtractedField.withoutLocation("姓名", List.of("张敞"))), Optional.empty());

        String json = ContractJson.richResponse().toJson(RichResponse.from(result(new LogId(7), DocumentKind.IMAGE, OptionalInt.empty(), certificate)));

        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) JsonTree.parse(json);
        assertThat(tree).containsEntry("log_id", "number:7").containsEntry("evaluation_date", "2026-11-23").doesNotContainKey("page_count");
        assertThat(json).contains("\"normalized\":{\"kind\":\"period\",\"start\":\"2021-10-08\",\"end\":\"2027-10-07\",\"ending\":\"date\"}");
        assertThat(json).contains("\"normalized\":{\"kind\":\"date\",\"date\":\"2021-10-08\"}");
    }

    @Test
    void richResponseListsEveryLineReadWithWhereItWent()
            throws IOException
    {
        Certificate certificate = new Certificate(0, Optional.of("低压电工证"), List.of(ExtractedField.withoutLocation("姓名", List.of("张敞"))), Optional.empty());
        List<Layout.PlacedLine> lines = List.of(
                new Layout.PlacedLine(new TextLine("姓名：张敞", Quadrilateral.rectangle(10, 20, 110, 40), 0.9876), OptionalInt.of(0), Optional.of("姓名")),
                new Layout.PlacedLine(new TextLine("江苏省应急管理厅专用章", Quadrilateral.rectangle(200, 300, 260, 360), 0.5), OptionalInt.of(0), Optional.empty()));
        RecognitionResult result = new RecognitionResult(new LogId(7), DocumentKind.IMAGE, OptionalInt.empty(), List.of(new JudgedCertificate(certificate, List.of())),
                LocalDate.of(2026, 11, 23), lines);

        String json = ContractJson.richResponse().toJson(RichResponse.from(result));

        assertThat(json).contains("\"lines\":[{\"text\":\"姓名：张敞\",\"confidence\":0.988,\"box\":[[10.0,20.0],[110.0,20.0],[110.0,40.0],[10.0,40.0]],\"card\":0,\"field\":\"姓名\"},"
                + "{\"text\":\"江苏省应急管理厅专用章\",\"confidence\":0.5,\"box\":[[200.0,300.0],[260.0,300.0],[260.0,360.0],[200.0,360.0]],\"card\":0}]");
    }

    @Test
    void richResponseSaysHowThePageWasTurnedAndItsSizeAsRead()
            throws IOException
    {
        Certificate certificate = new Certificate(0, Optional.of("低压电工证"), List.of(ExtractedField.withoutLocation("姓名", List.of("张敞"))), Optional.empty());
        BufferedImage sideways = new BufferedImage(300, 500, BufferedImage.TYPE_INT_RGB);
        RecognitionResult turned = new RecognitionResult(new LogId(7), DocumentKind.IMAGE, OptionalInt.empty(), List.of(new JudgedCertificate(certificate, List.of())),
                LocalDate.of(2026, 11, 23), List.of(), Optional.of(new PageContent.Raster(sideways, QuarterTurns.COUNTERCLOCKWISE)));

        assertThat(ContractJson.richResponse().toJson(RichResponse.from(turned))).contains("\"page\":{\"width\":500.0,\"height\":300.0,\"rotation\":270}");
        assertThat(ContractJson.richResponse().toJson(RichResponse.from(result(new LogId(7), DocumentKind.IMAGE, OptionalInt.empty(), certificate))))
                .doesNotContain("\"page\"");
    }

    private static RecognitionResult result(LogId logId, DocumentKind kind, OptionalInt pages, Certificate certificate)
    {
        return new RecognitionResult(logId, kind, pages, List.of(new JudgedCertificate(certificate, List.of())), LocalDate.of(2026, 11, 23));
    }

    private static String resource(String name)
            throws IOException
    {
        try (InputStream input = GeneralOcrResponseTest.class.getResourceAsStream("/" + name)) {
            return new String(input.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
