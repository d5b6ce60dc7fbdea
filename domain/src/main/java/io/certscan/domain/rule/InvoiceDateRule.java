package io.certscan.domain.rule;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.date.ChineseDate;
import io.certscan.domain.invoice.Invoices;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** An invoice cannot have been issued after the day it is judged on. */
public final class InvoiceDateRule
        implements CertificateRule
{
    @Override
    public List<Finding> evaluate(Certificate certificate, LocalDate asOf)
    {
        if (!Invoices.isInvoice(certificate)) {
            return List.of();
        }
        return certificate.field("开票日期")
                .flatMap(field -> ChineseDate.parse(field.value()))
                .filter(date -> date.firstDay().isAfter(asOf))
                .map(date -> List.of(new Finding(FindingCode.INVOICE_DATE_IN_FUTURE, Severity.ERROR, Optional.of("开票日期"),
                        "开票日期晚于核验日期 " + asOf + "，发票可能被篡改或识别有误",
                        "the date of issue is after " + asOf + ", the day the invoice is judged on; it may be tampered with or misread")))
                .orElse(List.of());
    }
}
