package io.certscan.domain.invoice;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.MachineCode;
import io.certscan.domain.geometry.Quadrilateral;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InvoicesTest
{
    private static final String PAYLOAD = "01,10,044031900111,12345678,107.55,20240513,12345678901234567890,9EC4,";

    @Test
    void fieldsTheTextLacksAreFilledFromTheCodeAndMarkedSo()
    {
        Certificate invoice = card(0, "增值税电子普通发票", Quadrilateral.rectangle(0, 0, 1000, 600),
                field("发票号码", "12345678"), field("开票日期", "2024年05月13日"));

        Certificate coded = Invoices.withCodes(List.of(invoice), List.of(new MachineCode(PAYLOAD, Optional.of(Quadrilateral.rectangle(20, 20, 120, 120))))).get(0);

        assertThat(coded.codes()).hasSize(1);
        assertThat(coded.field("发票号码").orElseThrow().origin()).isEqualTo(ExtractedField.Origin.PRINTED);
        assertThat(coded.field("发票代码").orElseThrow()).satisfies(field -> {
            assertThat(field.value()).isEqualTo("044031900111");
            assertThat(field.origin()).isEqualTo(ExtractedField.Origin.QR_CODE);
            assertThat(field.location()).contains(Quadrilateral.rectangle(20, 20, 120, 120));
        });
        assertThat(coded.field("校验码").map(ExtractedField::value)).contains("12345678901234567890");
        assertThat(coded.field("合计金额").map(ExtractedField::value)).contains("¥107.55");
        assertThat(coded.fields("开票日期")).hasSize(1);
        assertThat(InvoiceKind.of(coded)).contains(InvoiceKind.ORDINARY);
    }

    @Test
    void aCodeGoesToTheInvoiceItLiesOnAndNeverToACertificate()
    {
        Certificate licence = card(0, "营业执照", Quadrilateral.rectangle(0, 0, 1000, 600), field("名称", "某某有限公司"));
        Certificate left = card(1, "增值税电子普通发票", Quadrilateral.rectangle(0, 700, 1000, 1300), field("发票号码", "87654321"));
        Certificate right = card(2, "增值税电子普通发票", Quadrilateral.rectangle(1100, 700, 2100, 1300), field("发票号码", "12345678"));

        List<Certificate> coded = Invoices.withCodes(List.of(licence, left, right), List.of(new MachineCode(PAYLOAD, Optional.of(Quadrilateral.rectangle(1150, 720, 1250, 820)))));

        assertThat(coded.get(0).codes()).isEmpty();
        assertThat(coded.get(0).fields()).hasSize(1);
        assertThat(coded.get(1).codes()).isEmpty();
        assertThat(coded.get(2).codes()).hasSize(1);
    }

    @Test
    void codesThatAreNoInvoiceCodesAreLeftOut()
    {
        Certificate invoice = card(0, "增值税电子普通发票", Quadrilateral.rectangle(0, 0, 1000, 600), field("发票号码", "12345678"));

        assertThat(Invoices.withCodes(List.of(invoice), List.of(new MachineCode("https://example.test/", Optional.empty()))).get(0)).isEqualTo(invoice);
    }

    @Test
    void anInvoiceIsKnownByItsCodeAndNumberOrItsTwentyDigits()
    {
        assertThat(Invoices.identity(card(0, "增值税电子普通发票", Quadrilateral.rectangle(0, 0, 1, 1), field("发票代码", "044031900111"), field("发票号码", "12345678"))))
                .contains("044031900111-12345678");
        assertThat(Invoices.identity(card(0, "电子发票（普通发票）", Quadrilateral.rectangle(0, 0, 1, 1), field("发票号码", "24317000000123456789"))))
                .contains("24317000000123456789");
        assertThat(Invoices.identity(card(0, "增值税电子普通发票", Quadrilateral.rectangle(0, 0, 1, 1), field("发票号码", "12345678")))).as("no code").isEmpty();
        assertThat(Invoices.identity(card(0, "营业执照", Quadrilateral.rectangle(0, 0, 1, 1), field("注册号", "12345678901234567890")))).isEmpty();
    }

    @Test
    void theKindIsReadFromTheTitleWhenThereIsNoCode()
    {
        assertThat(InvoiceKind.of(card(0, "电子发票（普通发票）", Quadrilateral.rectangle(0, 0, 1, 1), field("发票号码", "24317000000123456789")))).contains(InvoiceKind.DIGITAL);
        assertThat(InvoiceKind.of(card(0, "四川增值税专用发票", Quadrilateral.rectangle(0, 0, 1, 1), field("发票号码", "00123456")))).contains(InvoiceKind.SPECIAL);
        assertThat(InvoiceKind.of(card(0, "营业执照", Quadrilateral.rectangle(0, 0, 1, 1), field("名称", "某某")))).isEmpty();
    }

    static Certificate card(int index, String title, Quadrilateral region, ExtractedField... fields)
    {
        return new Certificate(index, Optional.of(title), List.of(fields), Optional.of(region));
    }

    static ExtractedField field(String name, String value)
    {
        return ExtractedField.withoutLocation(name, List.of(value));
    }
}
