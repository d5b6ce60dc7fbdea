package io.certscan.domain.rule;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.MachineCode;
import io.certscan.domain.invoice.Invoices;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceQrCodeRuleTest
{
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private static final String PAYLOAD = "01,10,044031900111,12345678,107.55,20240513,12345678901234567890,9EC4,";
    private final InvoiceQrCodeRule rule = new InvoiceQrCodeRule();

    @Test
    void printedFieldsThatAgreeWithTheCodeRaiseNothing()
    {
        assertThat(rule.evaluate(invoice("044031900111", "12345678", "2024年05月13日", "12345 67890 12345 67890", "¥107.55"), AS_OF)).isEmpty();
    }

    @Test
    void aChangedDigitInTheNumberTheAmountOrTheDateIsCaught()
    {
        assertThat(rule.evaluate(invoice("044031900111", "12345679", "2024年05月13日", "12345 67890 12345 67890", "¥107.55"), AS_OF))
                .extracting(finding -> finding.field().orElseThrow()).containsExactly("发票号码");
        assertThat(rule.evaluate(invoice("044031900111", "12345678", "2024年05月13日", "12345 67890 12345 67890", "¥177.55"), AS_OF))
                .extracting(finding -> finding.field().orElseThrow()).containsExactly("合计金额");
        assertThat(rule.evaluate(invoice("044031900111", "12345678", "2024年06月13日", "12345 67890 12345 67890", "¥107.55"), AS_OF))
                .extracting(finding -> finding.field().orElseThrow()).containsExactly("开票日期");
        List<Finding> codeAndCheck = rule.evaluate(invoice("044031900112", "12345678", "2024年05月13日", "12345 67890 12345 67891", "¥107.55"), AS_OF);
        assertThat(codeAndCheck).extracting(finding -> finding.field().orElseThrow()).containsExactlyInAnyOrder("发票代码", "校验码");
        assertThat(codeAndCheck).allSatisfy(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.INVOICE_QR_CODE_MISMATCH.code());
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).doesNotContain("044031900112");
        });
    }

    @Test
    void onAFullyDigitalInvoiceTheCodesAmountIsTheTotal()
    {
        Certificate digital = new Certificate(0, Optional.of("电子发票（普通发票）"), List.of(
                ExtractedField.withoutLocation("发票号码", List.of("24317000000123456789")),
                ExtractedField.withoutLocation("价税合计", List.of("¥1137.00")),
                ExtractedField.withoutLocation("合计金额", List.of("¥1006.19"))), Optional.empty(),
                List.of(new MachineCode("01,32,,24317000000123456789,1137.00,20250425,,5072", Optional.empty())));

        assertThat(rule.evaluate(digital, AS_OF)).isEmpty();
    }

    @Test
    void fieldsFilledFromTheCodeAreNotComparedWithIt()
    {
        Certificate bare = new Certificate(0, Optional.of("增值税电子普通发票"), List.of(ExtractedField.withoutLocation("发票号码", List.of("12345678"))), Optional.empty());
        Certificate filled = Invoices.withCodes(List.of(bare), List.of(new MachineCode(PAYLOAD, Optional.empty()))).get(0);

        assertThat(filled.fields()).hasSizeGreaterThan(bare.fields().size());
        assertThat(rule.evaluate(filled, AS_OF)).isEmpty();
    }

    @Test
    void anInvoiceWithoutACodeIsNotJudged()
    {
        assertThat(rule.evaluate(new Certificate(0, Optional.of("增值税电子普通发票"), List.of(ExtractedField.withoutLocation("发票号码", List.of("1"))), Optional.empty()), AS_OF))
                .isEmpty();
    }

    private static Certificate invoice(String code, String number, String date, String checkCode, String net)
    {
        return new Certificate(0, Optional.of("增值税电子普通发票"), List.of(
                ExtractedField.withoutLocation("发票代码", List.of(code)),
                ExtractedField.withoutLocation("发票号码", List.of(number)),
                ExtractedField.withoutLocation("开票日期", List.of(date)),
                ExtractedField.withoutLocation("校验码", List.of(checkCode)),
                ExtractedField.withoutLocation("合计金额", List.of(net)),
                ExtractedField.withoutLocation("合计税额", List.of("¥6.45"))),
                Optional.empty(), List.of(new MachineCode(PAYLOAD, Optional.empty())));
    }
}
