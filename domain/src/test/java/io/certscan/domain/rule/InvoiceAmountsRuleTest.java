package io.certscan.domain.rule;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceAmountsRuleTest
{
    private static final LocalDate AS_OF = LocalDate.of(2026, 12, 1);
    private final InvoiceAmountsRule rule = new InvoiceAmountsRule();

    @Test
    void amountsThatAgreeRaiseNothing()
    {
        assertThat(rule.evaluate(invoice("¥107.55", "¥6.45", "壹佰壹拾肆圆整", "¥114.00"), AS_OF)).isEmpty();
        assertThat(rule.evaluate(invoice("¥29.43", "¥0.88", "叁拾圆叁角壹分", "¥30.31"), AS_OF)).isEmpty();
        // Tax-exempt: the tax is printed as ***, the sum is not judged.
        assertThat(rule.evaluate(invoice("¥57.00", "***", "伍拾柒圆整", "¥57.00"), AS_OF)).isEmpty();
    }

    @Test
    void aChangedDigitInTheFigureIsCaughtTwice()
    {
        List<Finding> findings = rule.evaluate(invoice("¥107.55", "¥6.45", "壹佰壹拾肆圆整", "¥144.00"), AS_OF);

        assertThat(findings).extracting(Finding::code).containsExactlyInAnyOrder(FindingCode.INVOICE_AMOUNT_IN_WORDS_MISMATCH.code(), FindingCode.INVOICE_TOTAL_MISMATCH.code());
        assertThat(findings).allSatisfy(finding -> {
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.message()).doesNotContain("144");
        });
    }

    @Test
    void aChangedTaxIsCaughtByTheSum()
    {
        assertThat(rule.evaluate(invoice("¥107.55", "¥7.45", "壹佰壹拾肆圆整", "¥114.00"), AS_OF)).extracting(Finding::code)
                .containsExactly(FindingCode.INVOICE_TOTAL_MISMATCH.code());
    }

    @Test
    void eachGoodsLinesTaxIsItsAmountTimesItsRate()
    {
        Certificate agreeing = lines("¥114.00", List.of("100.00", "3.77"), List.of("6%", "6%"), List.of("6.00", "0.23"));
        Certificate changed = lines("¥114.00", List.of("100.00", "3.77"), List.of("6%", "6%"), List.of("6.00", "0.32"));
        Certificate exempt = lines("¥57.00", List.of("57.00"), List.of("免税"), List.of("***"));

        assertThat(rule.evaluate(agreeing, AS_OF)).isEmpty();
        assertThat(rule.evaluate(changed, AS_OF)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.INVOICE_LINE_TAX_MISMATCH.code());
            assertThat(finding.message()).contains("第 2 行");
        });
        assertThat(rule.evaluate(exempt, AS_OF)).isEmpty();
        List<ExtractedField> deducted = new ArrayList<>(changed.fields());
        deducted.add(ExtractedField.withoutLocation("备注", List.of("差额征税：5.00。")));
        assertThat(rule.evaluate(changed.withFields(deducted), AS_OF)).as("差额征税: the tax is on the amount less a deduction").isEmpty();
    }

    @Test
    void aCardWithoutATotalIsNotJudged()
    {
        assertThat(rule.evaluate(new Certificate(0, Optional.of("营业执照"), List.of(ExtractedField.withoutLocation("注册资本", List.of("壹佰万元整"))), Optional.empty()), AS_OF))
                .isEmpty();
    }

    private static Certificate lines(String total, List<String> nets, List<String> rates, List<String> taxes)
    {
        List<ExtractedField> fields = new ArrayList<>();
        for (int i = 0; i < nets.size(); i++) {
            fields.add(ExtractedField.withoutLocation("金额", List.of(nets.get(i))));
            fields.add(ExtractedField.withoutLocation("税率", List.of(rates.get(i))));
            fields.add(ExtractedField.withoutLocation("税额", List.of(taxes.get(i))));
        }
        fields.add(ExtractedField.withoutLocation("价税合计", List.of(total)));
        return new Certificate(0, Optional.of("增值税电子普通发票"), fields, Optional.empty());
    }

    private static Certificate invoice(String net, String tax, String words, String total)
    {
        List<ExtractedField> fields = new ArrayList<>();
        fields.add(ExtractedField.withoutLocation("合计金额", List.of(net)));
        fields.add(ExtractedField.withoutLocation("合计税额", List.of(tax)));
        fields.add(ExtractedField.withoutLocation("价税合计（大写）", List.of(words)));
        fields.add(ExtractedField.withoutLocation("价税合计", List.of(total)));
        return new Certificate(0, Optional.of("增值税电子普通发票"), fields, Optional.empty());
    }
}
