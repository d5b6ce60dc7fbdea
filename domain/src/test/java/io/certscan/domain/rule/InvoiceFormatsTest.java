package io.certscan.domain.rule;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the identifier and date rules say of an invoice's numbers and date. */
class InvoiceFormatsTest
{
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);

    @Test
    void theCheckCodeHasTwentyDigitsSpacesAside()
    {
        assertThat(codes(invoice("校验码", "12345 67890 12345 67890"))).isEmpty();
        assertThat(codes(invoice("校验码", "12345 67890 12345 6789"))).containsExactly("IDENTIFIER_FORMAT");
    }

    @Test
    void taxpayerNumbersAreCreditCodesOrTheOlderNumbers()
    {
        assertThat(codes(invoice("销售方纳税人识别号", "91350100M000100Y43"))).as("a credit code").isEmpty();
        assertThat(codes(invoice("购买方纳税人识别号", "110101199003077774"))).as("an 18-character tax number that is an ID number").isEmpty();
        assertThat(codes(invoice("购买方纳税人识别号", "110101MA0000000Z"))).as("16 characters").containsExactly("IDENTIFIER_FORMAT");
        assertThat(codes(invoice("销售方纳税人识别号", "440301123456789"))).as("15: a region and an organisation code").isEmpty();
        assertThat(codes(invoice("销售方纳税人识别号", "44030112345678901"))).as("17").isEmpty();
        assertThat(codes(invoice("销售方纳税人识别号", "11010119900307777401"))).as("20: an ID number and a suffix").isEmpty();
        assertThat(codes(invoice("购买方统一社会信用代码/纳税人识别号", "91350100M000100Y44"))).as("a credit code with a wrong check character")
                .containsExactly("IDENTIFIER_CHECK_CHARACTER_MISMATCH");
    }

    @Test
    void anInvoiceIssuedAfterTheDayItIsJudgedOnIsAnError()
    {
        InvoiceDateRule rule = new InvoiceDateRule();

        assertThat(rule.evaluate(invoice("开票日期", "2026年12月01日"), AS_OF)).isEmpty();
        assertThat(rule.evaluate(invoice("开票日期", "2026年12月02日"), AS_OF)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.INVOICE_DATE_IN_FUTURE.code());
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.field()).contains("开票日期");
        });
        assertThat(rule.evaluate(new Certificate(0, Optional.of("营业执照"), List.of(ExtractedField.withoutLocation("开票日期", List.of("2030年1月1日"))), Optional.empty()), AS_OF))
                .as("not an invoice").isEmpty();
    }

    private static List<String> codes(Certificate certificate)
    {
        return new IdentifierRule().evaluate(certificate, AS_OF).stream().map(Finding::code).toList();
    }

    private static Certificate invoice(String name, String value)
    {
        return new Certificate(0, Optional.of("增值税电子普通发票"), List.of(ExtractedField.withoutLocation(name, List.of(value))), Optional.empty());
    }
}
