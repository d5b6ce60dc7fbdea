package io.certscan.domain.rule;

import io.certscan.domain.amount.ChineseAmount;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An invoice's amounts agree with each other: 价税合计（大写） read as capital numerals is the （小写）
 * figure 价税合计, 合计金额 plus 合计税额 is 价税合计 to the cent, and each goods line's 金额 × 税率 is
 * its 税额. A mismatch is a tampered or
 * misread invoice. Amounts that cannot be read (a tax shown as ***) are not judged.
 */
public final class InvoiceAmountsRule
        implements CertificateRule
{
    private static final java.util.regex.Pattern PERCENTAGE = java.util.regex.Pattern.compile("(\\d{1,2}(?:\\.\\d+)?)%");
    /** A line's tax is rounded to the cent once; a cent either way is rounding, more is not. */
    private static final BigDecimal LINE_TOLERANCE = new BigDecimal("0.01");

    @Override
    public List<Finding> evaluate(Certificate certificate, LocalDate asOf)
    {
        List<Finding> findings = new ArrayList<>();
        Optional<BigDecimal> total = amount(certificate, "价税合计").flatMap(ChineseAmount::toTheCent);
        if (total.isEmpty()) {
            return findings;
        }
        Optional<ExtractedField> inWords = certificate.fields().stream()
                .filter(field -> FieldNames.normalize(field.name()).matches("价税合计[（(]大写[）)]"))
                .findFirst();
        inWords.flatMap(field -> ChineseAmount.capital(FieldNames.normalize(field.value())))
                .filter(words -> words.compareTo(total.get()) != 0)
                .ifPresent(words -> findings.add(new Finding(FindingCode.INVOICE_AMOUNT_IN_WORDS_MISMATCH, Severity.ERROR, Optional.of(inWords.get().name()),
                        "价税合计的大写金额与小写金额不一致，发票可能被篡改或识别有误",
                        "the total in words differs from the total in figures; the invoice may be tampered with or misread")));
        lineTaxes(certificate).ifPresent(findings::add);
        Optional<BigDecimal> net = amount(certificate, "合计金额").flatMap(ChineseAmount::toTheCent);
        Optional<BigDecimal> tax = amount(certificate, "合计税额").flatMap(ChineseAmount::toTheCent);
        if (net.isPresent() && tax.isPresent() && net.get().add(tax.get()).compareTo(total.get()) != 0) {
            findings.add(new Finding(FindingCode.INVOICE_TOTAL_MISMATCH, Severity.ERROR, Optional.of("价税合计"),
                    "合计金额与合计税额之和不等于价税合计，发票可能被篡改或识别有误",
                    "the amount and the tax do not add up to the total; the invoice may be tampered with or misread"));
        }
        return findings;
    }

    /**
     * Each goods line's 金额 × 税率 is its 税额, to the cent (the tax is rounded once per line).
     * Lines are matched by their order when the three columns were read alike; a rate that is no
     * percentage (免税, 不征税, ***) is not judged, nor an invoice that says 差额征税.
     */
    private static Optional<Finding> lineTaxes(Certificate certificate)
    {
        if (certificate.fields().stream().anyMatch(field -> field.value().contains("差额征税"))) {
            // The tax of a 差额征税 invoice is levied on the amount less a deduction, not on the amount.
            return Optional.empty();
        }
        List<String> nets = values(certificate, "金额");
        List<String> rates = values(certificate, "税率");
        List<String> taxes = values(certificate, "税额");
        if (nets.isEmpty() || nets.size() != rates.size() || nets.size() != taxes.size()) {
            return Optional.empty();
        }
        for (int i = 0; i < nets.size(); i++) {
            Optional<BigDecimal> net = ChineseAmount.toTheCent(nets.get(i));
            Optional<BigDecimal> tax = ChineseAmount.toTheCent(taxes.get(i));
            java.util.regex.Matcher rate = PERCENTAGE.matcher(rates.get(i));
            if (net.isEmpty() || tax.isEmpty() || !rate.matches()) {
                continue;
            }
            BigDecimal expected = net.get().multiply(new BigDecimal(rate.group(1))).movePointLeft(2);
            if (expected.subtract(tax.get()).abs().compareTo(LINE_TOLERANCE) > 0) {
                return Optional.of(new Finding(FindingCode.INVOICE_LINE_TAX_MISMATCH, Severity.ERROR, Optional.of("税额"),
                        "第 " + (i + 1) + " 行的金额乘以税率不等于税额，发票可能被篡改或识别有误",
                        "line " + (i + 1) + ": the amount times the tax rate is not the tax; the invoice may be tampered with or misread"));
            }
        }
        return Optional.empty();
    }

    private static List<String> values(Certificate certificate, String name)
    {
        return certificate.fields().stream()
                .filter(field -> FieldNames.normalize(field.name()).equals(name))
                .map(field -> FieldNames.normalize(field.value()))
                .toList();
    }

    private static Optional<String> amount(Certificate certificate, String name)
    {
        return values(certificate, name).stream().findFirst();
    }
}
