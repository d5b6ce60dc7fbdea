package io.certscan.domain.rule;

import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Judges the review deadline (应复审日期, 复审日期): due within the window, or overdue. A special-
 * operation certificate (特种作业操作证, {@link CertificateFacts#specialOperation()}) whose review is
 * overdue is no longer valid, so that is an error; for other certificates it is a warning.
 */
public final class ReviewDateRule
        implements CertificateRule
{
    private final int dueSoonDays;
    private final CertificateCatalogue catalogue;

    public ReviewDateRule(int dueSoonDays)
    {
        this(dueSoonDays, CertificateCatalogue.empty());
    }

    /**
     * With the catalogue, a type that keeps its review deadline in a field of its own is judged by
     * that field. The catalogue classifies only a certificate judged alone; facts already carry its type.
     */
    public ReviewDateRule(int dueSoonDays, CertificateCatalogue catalogue)
    {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays is negative: " + dueSoonDays);
        }
        this.dueSoonDays = dueSoonDays;
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    @Override
    public List<Finding> evaluate(Certificate certificate, LocalDate asOf)
    {
        return evaluate(CertificateFacts.of(certificate, catalogue), asOf);
    }

    @Override
    public List<Finding> evaluate(CertificateFacts facts, LocalDate asOf)
    {
        Optional<ExtractedField> field = facts.reviewField();
        if (field.isEmpty()) {
            return List.of();
        }
        String name = field.get().name();
        Optional<LocalDate> deadline = facts.reviewDeadline();
        if (deadline.isEmpty()) {
            return List.of(UnreadableDate.finding(FindingCode.REVIEW_DATE_UNREADABLE, name));
        }
        long daysLeft = ChronoUnit.DAYS.between(asOf, deadline.get());
        if (daysLeft < 0) {
            boolean specialOperation = facts.specialOperation();
            return List.of(new Finding(FindingCode.REVIEW_OVERDUE, specialOperation ? Severity.ERROR : Severity.WARNING, Optional.of(name),
                    "应于 " + deadline.get() + " 前复审，已逾期 " + -daysLeft + " 天" + (specialOperation ? "，特种作业操作证逾期未复审即失效" : ""),
                    "review was due by " + deadline.get() + ", " + -daysLeft + " days overdue"
                            + (specialOperation ? "; a special-operation certificate not reviewed in time is invalid" : "")));
        }
        if (daysLeft <= dueSoonDays) {
            return List.of(new Finding(FindingCode.REVIEW_DUE_SOON, Severity.WARNING, Optional.of(name),
                    "应于 " + deadline.get() + " 前复审（剩余 " + daysLeft + " 天）", "review due by " + deadline.get() + " (" + daysLeft + " days left)"));
        }
        return List.of();
    }
}
