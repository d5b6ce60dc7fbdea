package io.certscan.adapter.documents;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageContent;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.invoice.InvoiceQrCode;
import io.certscan.domain.layout.LayoutExtractor;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real e-invoices of testdata/ofd-einvoices, read from their OFD text (no OCR) and laid out: each
 * value of the ground truth (taken from the invoice XML inside the package) is found under the
 * label printed on the invoice, the party's section before it (销售方纳税人识别号) and the （小写）
 * figure as 价税合计.
 */
class OfdInvoicesTest
{
    private final LayoutExtractor layout = new LayoutExtractor();

    static Stream<Arguments> invoices()
            throws IOException
    {
        Type type = Types.newParameterizedType(Map.class, String.class, Types.newParameterizedType(Map.class, String.class, Object.class));
        JsonAdapter<Map<String, Map<String, Object>>> adapter = new Moshi.Builder().build().adapter(type);
        Map<String, Map<String, Object>> truth = adapter.fromJson(Files.readString(OfdFixtures.invoices().resolve("ground_truth.json")));
        assertThat(truth).hasSizeGreaterThanOrEqualTo(9);
        return truth.entrySet().stream()
                .filter(entry -> entry.getValue().get("invoiceCode") != null)
                .map(entry -> Arguments.of(Named.of(entry.getKey(), OfdFixtures.invoices().resolve(entry.getKey())), entry.getValue()));
    }

    @ParameterizedTest
    @MethodSource("invoices")
    void everyGroundTruthValueIsUnderItsPrintedLabel(Path file, Map<String, Object> truth)
            throws IOException
    {
        DocumentReader reader = new DocumentReader();
        PageContent.TextLayer page = (PageContent.TextLayer) reader.read(new DocumentSource.Ofd(Files.readAllBytes(file), 1)).content();

        List<Certificate> certificates = layout.extract(page.lines());

        assertThat(certificates).hasSize(1);
        Certificate invoice = certificates.get(0);
        assertThat(invoice.title()).hasValueSatisfying(title -> assertThat(title).matches(".*(发票|凭证)"));
        assertThat(values(invoice, "发票代码")).containsExactly((String) truth.get("invoiceCode"));
        assertThat(values(invoice, "发票号码")).containsExactly((String) truth.get("invoiceNo"));
        assertThat(values(invoice, "开票日期")).singleElement().satisfies(date ->
                assertThat(date.replaceAll("\\D", "")).isEqualTo(((String) truth.get("issueDate")).replace("-", "")));
        assertThat(values(invoice, "校验码")).singleElement().satisfies(code -> assertThat(code.replace(" ", "")).isEqualTo(truth.get("checkCode")));
        assertThat(values(invoice, "销售方纳税人识别号")).containsExactly((String) truth.get("sellerTaxId"));
        if (truth.get("buyerTaxId") != null) {
            assertThat(values(invoice, "购买方纳税人识别号")).containsExactly((String) truth.get("buyerTaxId"));
        }
        assertThat(values(invoice, "价税合计")).containsExactly("¥" + truth.get("amountInclTax"));
        assertThat(values(invoice, "销售方名称")).containsExactly((String) truth.get("sellerName"));
        if (truth.get("buyerName") != null) {
            assertThat(values(invoice, "购买方名称")).containsExactly((String) truth.get("buyerName"));
        }
        assertThat(values(invoice, "名称")).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("invoices")
    void theQrCodeOfEveryInvoiceIsReadFromItsEmbeddedPictureAndAgreesWithTheTruth(Path file, Map<String, Object> truth)
            throws IOException
    {
        PageContent.TextLayer page = (PageContent.TextLayer) new DocumentReader().read(new DocumentSource.Ofd(Files.readAllBytes(file), 1)).content();
        QrCodes codes = new QrCodes();

        List<InvoiceQrCode> read = page.pictures().stream()
                .flatMap(picture -> codes.read(picture).stream())
                .flatMap(code -> InvoiceQrCode.parse(code.text()).stream())
                .toList();

        if (!Boolean.TRUE.equals(truth.get("qrCodePicture"))) {
            assertThat(read).isEmpty();
            return;
        }
        assertThat(read).singleElement().satisfies(code -> {
            assertThat(code.code()).contains((String) truth.get("invoiceCode"));
            assertThat(code.number()).isEqualTo(truth.get("invoiceNo"));
            assertThat(code.date()).hasToString((String) truth.get("issueDate"));
            assertThat(code.checkCode()).contains((String) truth.get("checkCode"));
        });
    }

    private static List<String> values(Certificate certificate, String label)
    {
        return certificate.fields().stream().filter(field -> field.name().equals(label)).map(ExtractedField::value).toList();
    }
}
