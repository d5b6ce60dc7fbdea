package io.certscan.domain.rule;

import io.certscan.domain.certificate.Certificate;

import java.time.LocalDate;
import java.util.List;

/**
 * A compliance rule: looks at one certificate as of a date and says what it finds. Rules are
 * gathered in a list and all evaluated; a rule that has nothing to say returns an empty list.
 */
public interface CertificateRule
{
    List<Finding> evaluate(Certificate certificate, LocalDate asOf);
}
