package io.certscan.synthetic;

import io.certscan.adapter.cli.CertscanCommandLine;
import io.certscan.adapter.cli.Launcher;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.invoice.InvoiceKind;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.FindingCode;
import io.certscan.domain.rule.Severity;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Invented e-invoices end to end through the embedded engine: the born-digital PDF gives every
 * printed field exactly and its QR code agrees; each tampered copy is caught; the same invoice as a
 * picture is read by OCR and its QR code found on the picture; {@code check} marks a second copy
 * as a duplicate whatever its format.
 */
class InvoiceSampleTest
{
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static RecognizeDocument engine;
    private final InvoiceSample invoice = InvoiceSample.invent(new FakeData(new Random(20261201)));

    @BeforeAll
    static void startEngine()
    {
        engine = SharedEngine.get();
    }

    @Test
    void aBornDigitalInvoiceGivesEveryPrintedFieldExactlyAndItsCodeAgrees()
    {
        JudgedCertificate judged = recognizePdf(invoice.pdf());
        Certificate read = judged.certificate();

        assertThat(read.title()).contains("广东增值税电子普通发票");
        invoice.printed().forEach((name, value) -> assertThat(read.fields().stream().filter(field -> field.name().equals(name)).map(ExtractedField::value))
                .as(name).containsExactly(value));
        assertThat(read.fields()).allSatisfy(field -> assertThat(field.origin()).isEqualTo(ExtractedField.Origin.PRINTED));
        assertThat(read.codes()).extracting(code -> code.text()).containsExactly(invoice.qrCode());
        assertThat(InvoiceKind.of(read)).contains(InvoiceKind.ORDINARY);
        assertThat(judged.findings()).filteredOn(finding -> finding.severity() != Severity.INFO).isEmpty();
    }

    @Test
    void eachTamperedCopyIsCaught()
    {
        assertThat(codes(invoice.tampered("发票号码", InvoiceSampleTest::changeLastDigit))).containsExactly(FindingCode.INVOICE_QR_CODE_MISMATCH.code() + " 发票号码");
        assertThat(codes(invoice.tampered("开票日期", date -> date.replaceFirst("(\\d{4})年", "2022年"))))
                .containsExactly(FindingCode.INVOICE_QR_CODE_MISMATCH.code() + " 开票日期");
        assertThat(codes(invoice.tampered("合计金额", InvoiceSampleTest::changeLastDigit)))
                .containsExactlyInAnyOrder(FindingCode.INVOICE_QR_CODE_MISMATCH.code() + " 合计金额", FindingCode.INVOICE_TOTAL_MISMATCH.code() + " 价税合计");
        assertThat(codes(invoice.tampered("价税合计", InvoiceSampleTest::changeLastDigit)))
                .containsExactlyInAnyOrder(FindingCode.INVOICE_AMOUNT_IN_WORDS_MISMATCH.code() + " 价税合计（大写）", FindingCode.INVOICE_TOTAL_MISMATCH.code() + " 价税合计");
        assertThat(codes(invoice.tampered("税额", InvoiceSampleTest::changeLastDigit))).containsExactly(FindingCode.INVOICE_LINE_TAX_MISMATCH.code() + " 税额");
        assertThat(codes(invoice.tampered("开票日期", date -> "2027年01月05日")))
                .containsExactlyInAnyOrder(FindingCode.INVOICE_QR_CODE_MISMATCH.code() + " 开票日期", FindingCode.INVOICE_DATE_IN_FUTURE.code() + " 开票日期");
    }

    @Test
    void theSameInvoiceAsAPictureIsReadByOcrAndItsCodeFoundOnThePicture()
            throws IOException
    {
        RecognitionResult result = engine.recognize(RecognizeCommand.ofImage(picture(invoice.pdf())).withAsOf(AS_OF));

        Certificate read = result.certificates().get(0).certificate();
        assertThat(read.codes()).extracting(code -> code.text()).containsExactly(invoice.qrCode());
        assertThat(read.field("发票号码").map(field -> FieldNames.normalize(field.value()))).contains(invoice.printed().get("发票号码"));
        assertThat(read.field("价税合计").map(ExtractedField::value)).contains(invoice.printed().get("价税合计"));
        assertThat(result.certificates().get(0).findings()).extracting(Finding::code).doesNotContain(FindingCode.INVOICE_QR_CODE_MISMATCH.code());
    }

    @Test
    void checkMarksTheSecondCopyOfAnInvoiceWhateverItsFormat(@TempDir Path folder)
            throws IOException
    {
        Files.write(folder.resolve("a-invoice.pdf"), invoice.pdf());
        Files.write(folder.resolve("b-another-invoice.pdf"), InvoiceSample.invent(new FakeData(new Random(7))).pdf());
        Files.write(folder.resolve("c-the-first-again.png"), picture(invoice.pdf()));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exit = CertscanCommandLine.run(options -> Launcher.Program.recognizing(engine), new PrintWriter(out), new PrintWriter(err),
                "check", "--as-of", AS_OF.toString(), folder.toString());

        assertThat(exit).as(err.toString()).isZero();
        List<String> duplicates = out.toString().lines().filter(line -> line.contains(FindingCode.DUPLICATE_INVOICE.code())).toList();
        assertThat(duplicates).singleElement().satisfies(line -> {
            assertThat(line).startsWith(folder.resolve("c-the-first-again.png").toString());
            assertThat(line).contains("a-invoice.pdf");
        });
    }

    private List<String> codes(InvoiceSample tampered)
    {
        return recognizePdf(tampered.pdf()).findings().stream()
                .filter(finding -> finding.severity() == Severity.ERROR)
                .map(finding -> finding.code() + " " + finding.field().orElse(""))
                .toList();
    }

    private static JudgedCertificate recognizePdf(byte[] pdf)
    {
        RecognitionResult result = engine.recognize(RecognizeCommand.ofPdf(pdf, 1).withAsOf(AS_OF));
        assertThat(result.certificates()).hasSize(1);
        return result.certificates().get(0);
    }

    /** The invoice printed and scanned: its page rendered at 150 dpi as a PNG. */
    static byte[] picture(byte[] pdf)
            throws IOException
    {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB), "png", png);
            return png.toByteArray();
        }
    }

    private static String changeLastDigit(String value)
    {
        char last = value.charAt(value.length() - 1);
        return value.substring(0, value.length() - 1) + (char) ('0' + (last - '0' + 3) % 10);
    }
}
