package io.certscan.domain.rule;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A field the engine read with little confidence (a rare character recovered from a dropped
 * one, a smudged digit) is reported to be checked by hand rather than trusted silently.
 */
public final class LowConfidenceRule
        implements CertificateRule
{
    private final double threshold;

    public LowConfidenceRule(double threshold)
    {
        if (!(threshold >= 0 && threshold <= 1)) {
            throw new IllegalArgumentException("threshold must be within [0, 1]: " + threshold);
        }
        this.threshold = threshold;
    }

    @Override
    public List<Finding> evaluate(Certificate certificate, LocalDate asOf)
    {
        return certificate.fields().stream()
                .filter(field -> field.confidence() < threshold)
                .map(LowConfidenceRule::finding)
                .toList();
    }

    private static Finding finding(ExtractedField field)
    {
        String percent = String.format(Locale.ROOT, "%.0f%%", 100 * field.confidence());
        return new Finding(FindingCode.LOW_CONFIDENCE, Severity.WARNING, Optional.of(field.name()),
                field.name() + "识别置信度低（" + percent + "），请人工核对", field.name() + " was read with low confidence (" + percent + "); check it by hand");
    }
}
