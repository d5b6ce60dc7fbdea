package io.certscan.synthetic;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.invoice.InvoiceKind;
import io.certscan.domain.invoice.Invoices;
import io.certscan.domain.rule.CertificateRule;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.FindingCode;
import io.certscan.domain.rule.IdentifierRule;
import io.certscan.domain.rule.InvoiceAmountsRule;
import io.certscan.domain.rule.InvoiceDateRule;
import io.certscan.domain.rule.InvoiceQrCodeRule;
import io.certscan.domain.rule.Severity;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** One invoice of a real set as the harness reports it: recall, QR code, what the invoice rules found. */
record InvoiceLine(String file, int found, int pairs, String kind, String qrCode, List<String> findings)
{
    private static final List<CertificateRule> RULES = List.of(new IdentifierRule(), new InvoiceAmountsRule(), new InvoiceQrCodeRule(), new InvoiceDateRule());

    static InvoiceLine of(String file, RealScorer.Tally tally, List<Certificate> certificates)
    {
        List<Certificate> invoices = certificates.stream().filter(Invoices::isInvoice).toList();
        List<Finding> findings = invoices.stream()
                .flatMap(invoice -> RULES.stream().flatMap(rule -> rule.evaluate(invoice, LocalDate.now()).stream()))
                .filter(finding -> finding.severity() != Severity.INFO)
                .toList();
        boolean coded = invoices.stream().anyMatch(invoice -> !invoice.codes().isEmpty());
        List<String> disagree = findings.stream().filter(finding -> finding.is(FindingCode.INVOICE_QR_CODE_MISMATCH))
                .map(finding -> finding.field().orElse("?")).toList();
        String qrCode = !coded ? "none" : disagree.isEmpty() ? "agrees" : "DIFFERS " + String.join(",", disagree);
        String kind = invoices.stream().flatMap(invoice -> InvoiceKind.of(invoice).stream()).map(InvoiceKind::chineseName).findFirst().orElse("?");
        return new InvoiceLine(file, tally.foundPairs, tally.truthPairs, kind, qrCode,
                findings.stream().filter(finding -> !finding.is(FindingCode.INVOICE_QR_CODE_MISMATCH))
                        .map(finding -> finding.code() + finding.field().map(field -> "(" + field + ")").orElse("")).toList());
    }

    static String report(List<InvoiceLine> lines)
    {
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder report = new StringBuilder("\ninvoices (each file another producer's chain; findings as of today)\n");
        report.append(String.format(Locale.ROOT, "%-38s %5s %7s %6s  %-22s %s%n", "file", "kind", "pairs", "recall", "qr-code", "findings"));
        int found = 0;
        int pairs = 0;
        int coded = 0;
        int agreeing = 0;
        for (InvoiceLine line : lines) {
            report.append(String.format(Locale.ROOT, "%-38s %5s %7s %6.3f  %-22s %s%n", line.file(), line.kind(), line.found() + "/" + line.pairs(),
                    line.pairs() == 0 ? 0 : (double) line.found() / line.pairs(), line.qrCode(), line.findings().isEmpty() ? "-" : String.join(" ", line.findings())));
            found += line.found();
            pairs += line.pairs();
            coded += line.qrCode().equals("none") ? 0 : 1;
            agreeing += line.qrCode().equals("agrees") ? 1 : 0;
        }
        report.append(String.format(Locale.ROOT, "invoices %d, pair recall %.3f, QR codes read %d, agreeing %d, with findings %d%n", lines.size(),
                pairs == 0 ? 0 : (double) found / pairs, coded, agreeing, lines.stream().filter(line -> !line.findings().isEmpty()).count()));
        return report.toString();
    }
}
