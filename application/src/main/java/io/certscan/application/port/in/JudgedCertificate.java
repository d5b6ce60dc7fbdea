package io.certscan.application.port.in;

import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.rule.Finding;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A recognised certificate, the type the catalogue says it is (empty: unclassified), and what the rules found about it. */
public record JudgedCertificate(Certificate certificate, Optional<CertificateType> type, List<Finding> findings)
{
    public JudgedCertificate
    {
        requireNonNull(certificate, "certificate is null");
        requireNonNull(type, "type is null");
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
    }

    /** An unclassified certificate. */
    public JudgedCertificate(Certificate certificate, List<Finding> findings)
    {
        this(certificate, Optional.empty(), findings);
    }
}
