package io.certscan.application.port.in;

import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.rule.CertificateFacts;
import io.certscan.domain.rule.Finding;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A recognised certificate with the facts the rules were given (its type, its validity and review
 * fields and dates) and what the rules found about it. Whoever shows the certificate reads its
 * type and dates from these facts, so it shows what the rules judged.
 */
public record JudgedCertificate(CertificateFacts facts, List<Finding> findings)
{
    public JudgedCertificate
    {
        requireNonNull(facts, "facts is null");
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
    }

    /** A certificate of a known type (empty: unclassified). */
    public JudgedCertificate(Certificate certificate, Optional<CertificateType> type, List<Finding> findings)
    {
        this(CertificateFacts.of(certificate, type), findings);
    }

    /** An unclassified certificate. */
    public JudgedCertificate(Certificate certificate, List<Finding> findings)
    {
        this(CertificateFacts.unclassified(certificate), findings);
    }

    public Certificate certificate()
    {
        return facts.certificate();
    }

    /** The type the catalogue says it is; empty: unclassified. */
    public Optional<CertificateType> type()
    {
        return facts.type();
    }
}
