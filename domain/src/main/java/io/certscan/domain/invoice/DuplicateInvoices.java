package io.certscan.domain.invoice;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.FindingCode;
import io.certscan.domain.rule.Severity;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The invoices of one batch, in the order they were met: the second and later copies of the same
 * invoice (the same code and number, or the same 20-digit number), whatever file format each copy
 * came in, are duplicates — the classic double claim. Not thread-safe: one batch, one thread.
 */
public final class DuplicateInvoices
{
    private final Map<String, String> firstSeen = new HashMap<>();

    /**
     * Remembers this invoice, met at {@code where} (a file and page), and says whether it is a
     * copy of one met before.
     */
    public Optional<Finding> record(Certificate certificate, String where)
    {
        Optional<String> identity = Invoices.identity(certificate);
        if (identity.isEmpty()) {
            return Optional.empty();
        }
        String first = firstSeen.putIfAbsent(identity.get(), where);
        if (first == null) {
            return Optional.empty();
        }
        return Optional.of(new Finding(FindingCode.DUPLICATE_INVOICE, Severity.ERROR, Optional.of("发票号码"),
                "与 " + first + " 是同一张发票（重复报销）",
                "the same invoice as " + first + " (claimed twice)"));
    }
}
