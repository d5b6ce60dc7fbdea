package io.certscan.domain.rule;

import io.certscan.domain.certificate.Certificate;

import java.time.LocalDate;
import java.util.List;

/**
 * A compliance rule: looks at one certificate as of a date and says what it finds. Rules are
 * gathered in a list and all evaluated; a rule that has nothing to say returns an empty list.
 *
 * <p>The recognition service calls {@link #evaluate(CertificateFacts, LocalDate)}, giving every
 * rule the same {@link CertificateFacts}: the certificate's type and its validity and review
 * fields, decided once. A rule that needs them overrides that method and reads them there rather
 * than deciding again (and perhaps otherwise). Its default hands the certificate to
 * {@link #evaluate(Certificate, LocalDate)}, so a rule written against the certificate alone,
 * as plug-ins were before the facts existed, keeps working unchanged.
 */
public interface CertificateRule
{
    /** What the rule finds about the certificate alone; a rule that reads the facts decides them here as the service would. */
    List<Finding> evaluate(Certificate certificate, LocalDate asOf);

    /** What the rule finds, given what is known of the certificate; by default, what it finds about the certificate alone. */
    default List<Finding> evaluate(CertificateFacts facts, LocalDate asOf)
    {
        return evaluate(facts.certificate(), asOf);
    }
}
