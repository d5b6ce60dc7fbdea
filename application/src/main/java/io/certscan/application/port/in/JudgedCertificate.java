package io.certscan.application.port.in;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.rule.Finding;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** A recognised certificate with what the rules found about it. */
public record JudgedCertificate(Certificate certificate, List<Finding> findings)
{
    public JudgedCertificate
    {
        requireNonNull(certificate, "certificate is null");
        findings = List.copyOf(requireNonNull(findings, "findings is null"));
    }
}
