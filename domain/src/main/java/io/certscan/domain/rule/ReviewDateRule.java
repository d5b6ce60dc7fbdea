package io.certscan.domain.rule;

import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.date.ValidityPeriod;
import io.certscan.domain.identifier.SpecialOperationCertificateNumber;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Judges the review deadline (应复审日期, 复审日期): due within the window, or overdue. A special-
 * operation certificate (特种作业操作证) whose review is overdue is no longer valid, so that is an
 * error; for other certificates it is a warning.
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

    /** With the catalogue, a type that keeps its review deadline in a field of its own is judged by that field. */
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
        Optional<ExtractedField> field = catalogue.classify(certificate)
                .flatMap(type -> type.reviewField().flatMap(certificate::field))
                .or(() -> certificate.field("应复审日期"));
        if (field.isEmpty()) {
            return List.of();
        }
        String name = field.get().name();
        Optional<LocalDate> deadline = ValidityPeriod.parse(field.get().value()).flatMap(ValidityPeriod::endDate);
        if (deadline.isEmpty()) {
            return List.of(UnreadableDate.finding("REVIEW_DATE_UNREADABLE", name));
        }
        long daysLeft = ChronoUnit.DAYS.between(asOf, deadline.get());
        if (daysLeft < 0) {
            boolean specialOperation = isSpecialOperationCertificate(certificate)
                    || catalogue.classify(certificate).filter(type -> type.id().equals("special-operation")).isPresent();
            return List.of(new Finding("REVIEW_OVERDUE", specialOperation ? Severity.ERROR : Severity.WARNING, Optional.of(name),
                    "应于 " + deadline.get() + " 前复审，已逾期 " + -daysLeft + " 天" + (specialOperation ? "，特种作业操作证逾期未复审即失效" : ""),
                    "review was due by " + deadline.get() + ", " + -daysLeft + " days overdue"
                            + (specialOperation ? "; a special-operation certificate not reviewed in time is invalid" : "")));
        }
        if (daysLeft <= dueSoonDays) {
            return List.of(new Finding("REVIEW_DUE_SOON", Severity.WARNING, Optional.of(name),
                    "应于 " + deadline.get() + " 前复审（剩余 " + daysLeft + " 天）", "review due by " + deadline.get() + " (" + daysLeft + " days left)"));
        }
        return List.of();
    }

    /** 特种作业操作证 and its everyday names (低压电工证, 焊工证 …), or a number of the form T + ID number. */
    static boolean isSpecialOperationCertificate(Certificate certificate)
    {
        String title = certificate.title().map(FieldNames::normalize).orElse("");
        if (title.contains("特种作业") || title.endsWith("电工证") || title.endsWith("焊工证") || title.endsWith("操作证")) {
            return true;
        }
        return certificate.field("证号").map(ExtractedField::value).filter(SpecialOperationCertificateNumber::isWrittenAsOne).isPresent();
    }
}
