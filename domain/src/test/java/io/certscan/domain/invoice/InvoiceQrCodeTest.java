package io.certscan.domain.invoice;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class InvoiceQrCodeTest
{
    @Test
    void anElectronicOrdinaryInvoicesCodeGivesEveryPart()
    {
        InvoiceQrCode code = InvoiceQrCode.parse("01,10,044031900111,12345678,107.55,20240513,12345678901234567890,9EC4,").orElseThrow();

        assertThat(code.type()).isEqualTo("10");
        assertThat(code.code()).contains("044031900111");
        assertThat(code.number()).isEqualTo("12345678");
        assertThat(code.amount()).isEqualByComparingTo(new BigDecimal("107.55"));
        assertThat(code.date()).isEqualTo(LocalDate.of(2024, 5, 13));
        assertThat(code.checkCode()).contains("12345678901234567890");
        assertThat(code.kind()).isEqualTo(InvoiceKind.ORDINARY);
        assertThat(code.amountField()).isEqualTo("合计金额");
    }

    @Test
    void aFullyDigitalInvoiceHasNoCodeAndItsAmountIsTheTotal()
    {
        InvoiceQrCode code = InvoiceQrCode.parse("01,32,,24317000000123456789,1137.00,20250425,,5072").orElseThrow();

        assertThat(code.code()).isEmpty();
        assertThat(code.checkCode()).isEmpty();
        assertThat(code.fullyDigital()).isTrue();
        assertThat(code.kind()).isEqualTo(InvoiceKind.DIGITAL);
        assertThat(code.amountField()).isEqualTo("价税合计");
    }

    @Test
    void aSpecialInvoiceIsNamedSo()
    {
        assertThat(InvoiceQrCode.parse("01,01,5100191160,00123456,1456.31,20190614,,E6B0,").map(InvoiceQrCode::kind)).contains(InvoiceKind.SPECIAL);
    }

    @Test
    void otherTextIsNoInvoiceCode()
    {
        assertThat(InvoiceQrCode.parse("https://inv-veri.chinatax.gov.cn/")).isEmpty();
        assertThat(InvoiceQrCode.parse("01,10,044031900111,12345678,107.55,20241332,12345678901234567890,9EC4,")).as("no 32nd of the 13th month").isEmpty();
        assertThat(InvoiceQrCode.parse("01,10,0440319,12345678,107.55,20240513,,9EC4,")).as("a 7-digit code").isEmpty();
        assertThat(InvoiceQrCode.parse("02,10,044031900111,12345678,107.55,20240513,,9EC4,")).as("another version").isEmpty();
        assertThat(InvoiceQrCode.parse("01,10,044031900111,1234567,107.55,20240513,,9EC4,")).as("a 7-digit number").isEmpty();
        assertThat(InvoiceQrCode.parse("01,10")).isEmpty();
        assertThat(InvoiceQrCode.parse("01,10,044031900111,12345678,107.55,20240513,123456,9EC4,")).as("a check code of 6 digits").isEmpty();
    }

    @Test
    void itsTextNeverShowsThePayload()
    {
        assertThat(InvoiceQrCode.parse("01,10,044031900111,12345678,107.55,20240513,12345678901234567890,9EC4,").map(Object::toString))
                .hasValueSatisfying(text -> assertThat(text).doesNotContain("12345678").doesNotContain("107.55"));
        assertThat(Optional.of(new io.certscan.domain.certificate.MachineCode("01,10,044031900111,12345678", Optional.empty())).map(Object::toString))
                .hasValueSatisfying(text -> assertThat(text).doesNotContain("12345678"));
    }
}
