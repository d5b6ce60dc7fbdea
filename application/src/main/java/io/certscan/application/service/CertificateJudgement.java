package io.certscan.application.service;

import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.rule.CertificateFacts;
import io.certscan.domain.rule.CertificateRule;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.FindingCode;
import io.certscan.domain.rule.Severity;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Classifies a certificate with the catalogue and judges it with every rule: what a recognition
 * does with each certificate it finds, and all that re-judging a stored one needs (no engine, no
 * models).
 */
public final class CertificateJudgement
        implements JudgeCertificates
{
    private final List<CertificateRule> rules;
    private final CertificateCatalogue catalogue;
    private final Clock clock;

    public CertificateJudgement(Collection<CertificateRule> rules, CertificateCatalogue catalogue, Clock clock)
    {
        this.rules = List.copyOf(requireNonNull(rules, "rules is null"));
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
        this.clock = requireNonNull(clock, "clock is null");
    }

    @Override
    public LocalDate today()
    {
        return LocalDate.now(clock);
    }

    @Override
    public List<JudgedCertificate> judge(List<Certificate> certificates, LocalDate asOf)
    {
        requireNonNull(certificates, "certificates is null");
        requireNonNull(asOf, "asOf is null");
        return certificates.stream().map(certificate -> judge(certificate, asOf)).toList();
    }

    public JudgedCertificate judge(Certificate certificate, LocalDate asOf)
    {
        CertificateFacts facts = CertificateFacts.of(certificate, catalogue);
        return new JudgedCertificate(facts, findings(facts, asOf));
    }

    /**
     * Every rule is given the same facts, decided once here. A failing rule (a plugin's bug) costs
     * its own finding, never the result of the others.
     */
    private List<Finding> findings(CertificateFacts facts, LocalDate asOf)
    {
        List<Finding> findings = new ArrayList<>();
        for (CertificateRule rule : rules) {
            try {
                findings.addAll(rule.evaluate(facts, asOf));
            }
            catch (RuntimeException failure) {
                findings.add(new Finding(FindingCode.RULE_FAILED, Severity.WARNING, Optional.empty(),
                        "规则 " + rule.getClass().getName() + " 执行失败（" + failure.getClass().getSimpleName() + "），结论不完整",
                        "rule " + rule.getClass().getName() + " failed (" + failure.getClass().getSimpleName() + "); the verdict is incomplete"));
            }
        }
        return findings;
    }
}
