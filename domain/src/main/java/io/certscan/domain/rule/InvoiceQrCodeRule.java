package io.certscan.domain.rule;

import io.certscan.domain.amount.ChineseAmount;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.date.ChineseDate;
import io.certscan.domain.invoice.InvoiceQrCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An invoice's printed fields agree with its QR code: the code, the number, the date, the check
 * code and the amount (合计金额, or 价税合计 on 数电 invoices). A difference is an error: the
 * invoice was tampered with, or a field was misread. Fields filled from the code itself, and
 * fields that cannot be read as what they are, are not compared.
 */
public final class InvoiceQrCodeRule
        implements CertificateRule
{
    @Override
    public List<Finding> evaluate(Certificate certificate, LocalDate asOf)
    {
        Optional<InvoiceQrCode> parsed = certificate.codes().stream().flatMap(code -> InvoiceQrCode.parse(code.text()).stream()).findFirst();
        if (parsed.isEmpty()) {
            return List.of();
        }
        InvoiceQrCode payload = parsed.get();
        List<Finding> findings = new ArrayList<>();
        payload.code().ifPresent(code -> printed(certificate, "发票代码").map(InvoiceQrCodeRule::digits).filter(digits -> !digits.isEmpty() && !digits.equals(code))
                .ifPresent(digits -> findings.add(mismatch("发票代码", "发票代码", "invoice code"))));
        printed(certificate, "发票号码").map(InvoiceQrCodeRule::digits).filter(digits -> !digits.isEmpty() && !digits.equals(payload.number()))
                .ifPresent(digits -> findings.add(mismatch("发票号码", "发票号码", "invoice number")));
        printed(certificate, "开票日期").flatMap(ChineseDate::parse).map(ChineseDate::date).filter(date -> !date.equals(payload.date()))
                .ifPresent(date -> findings.add(mismatch("开票日期", "开票日期", "date of issue")));
        payload.checkCode().ifPresent(checkCode -> printed(certificate, "校验码").map(InvoiceQrCodeRule::digits).filter(digits -> digits.length() >= 6 && !checkCode.endsWith(digits) && !digits.endsWith(checkCode))
                .ifPresent(digits -> findings.add(mismatch("校验码", "校验码", "check code"))));
        String amountField = payload.amountField();
        printed(certificate, amountField).flatMap(ChineseAmount::toTheCent).filter(amount -> amount.compareTo(payload.amount()) != 0)
                .ifPresent(amount -> findings.add(mismatch(amountField, amountField.equals("价税合计") ? "价税合计" : "合计金额",
                        amountField.equals("价税合计") ? "total including tax" : "amount before tax")));
        return findings;
    }

    /** The printed value of an invoice field (never one filled from the code), white space removed. */
    private static Optional<String> printed(Certificate certificate, String name)
    {
        return certificate.fields(name).stream()
                .filter(field -> field.origin() == ExtractedField.Origin.PRINTED)
                .map(field -> FieldNames.normalize(field.value()))
                .findFirst();
    }

    private static Finding mismatch(String field, String chinese, String english)
    {
        return new Finding(FindingCode.INVOICE_QR_CODE_MISMATCH, Severity.ERROR, Optional.of(field),
                "发票二维码中的" + chinese + "与票面不一致，发票可能被篡改或识别有误",
                "the " + english + " in the invoice's QR code differs from the printed one; the invoice may be tampered with or misread");
    }

    private static String digits(String value)
    {
        return value.replaceAll("[^0-9]", "");
    }
}
