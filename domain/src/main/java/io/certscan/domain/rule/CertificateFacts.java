package io.certscan.domain.rule;

import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.date.ValidityPeriod;
import io.certscan.domain.identifier.SpecialOperationCertificateNumber;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What is known about a certificate before any rule judges it: its type in the catalogue, which
 * field holds its period of validity and which its review deadline, both read as dates, and
 * whether it is a 特种作业操作证. Several rules and the compliance report need the same answers;
 * deciding them here, once per certificate, means they cannot disagree (the report showing one
 * validity while the rule judged another) and a certificate is classified once, not by every rule.
 *
 * <p>Where the dates are: the field the type names ({@code validity_field}, {@code review_field}
 * of a rule pack), else the usual names ({@value FieldNames#VALIDITY} and its synonyms,
 * {@value FieldNames#REVIEW_DATE} and its synonyms). A field that is present but cannot be read
 * as a date is still its field: {@link #validityField()} present and {@link #validity()} empty is
 * an unreadable validity, which is a finding, not the absence of one.
 *
 * <p>Only the factories build facts, so the derived values always follow from the certificate
 * and its type; equality is that of the certificate and the type.
 */
public final class CertificateFacts
{
    private final Certificate certificate;
    private final Optional<CertificateType> type;
    private final Optional<ExtractedField> validityField;
    private final Optional<ValidityPeriod> validity;
    private final Optional<ExtractedField> reviewField;
    private final Optional<LocalDate> reviewDeadline;
    private final boolean specialOperation;

    private CertificateFacts(Certificate certificate, Optional<CertificateType> type)
    {
        this.certificate = requireNonNull(certificate, "certificate is null");
        this.type = requireNonNull(type, "type is null");
        this.validityField = type.flatMap(CertificateType::validityField).flatMap(certificate::field).or(() -> certificate.field(FieldNames.VALIDITY));
        this.validity = validityField.flatMap(field -> ValidityPeriod.parse(field.value()));
        this.reviewField = type.flatMap(CertificateType::reviewField).flatMap(certificate::field).or(() -> certificate.field(FieldNames.REVIEW_DATE));
        // A review deadline is printed as a date or as a period's end (2024-10-07前).
        this.reviewDeadline = reviewField.flatMap(field -> ValidityPeriod.parse(field.value())).flatMap(ValidityPeriod::endDate);
        this.specialOperation = type.filter(known -> known.id().equals(CertificateType.SPECIAL_OPERATION)).isPresent() || saysSpecialOperation(certificate);
    }

    /** The facts of a certificate the catalogue classifies (or leaves unclassified). */
    public static CertificateFacts of(Certificate certificate, CertificateCatalogue catalogue)
    {
        requireNonNull(catalogue, "catalogue is null");
        return of(certificate, catalogue.classify(requireNonNull(certificate, "certificate is null")));
    }

    /** The facts of a certificate of a known type (empty: unclassified). */
    public static CertificateFacts of(Certificate certificate, Optional<CertificateType> type)
    {
        return new CertificateFacts(certificate, type);
    }

    public static CertificateFacts unclassified(Certificate certificate)
    {
        return of(certificate, Optional.empty());
    }

    public Certificate certificate()
    {
        return certificate;
    }

    /** Its type in the catalogue; empty: unclassified. */
    public Optional<CertificateType> type()
    {
        return type;
    }

    /** The field that holds its period of validity, if it has one. */
    public Optional<ExtractedField> validityField()
    {
        return validityField;
    }

    /** That field read as a period; empty when there is no such field or it is no period. */
    public Optional<ValidityPeriod> validity()
    {
        return validity;
    }

    /** The field that holds its review deadline, if it has one. */
    public Optional<ExtractedField> reviewField()
    {
        return reviewField;
    }

    /** That field read as a date; empty when there is no such field or it is no date. */
    public Optional<LocalDate> reviewDeadline()
    {
        return reviewDeadline;
    }

    /**
     * Whether it is a 特种作业操作证, whose review overdue makes it invalid: classified so, or
     * saying so itself (its title, its number) when no catalogue classified it so, as when a rule
     * is used without one or a pack renames the type.
     */
    public boolean specialOperation()
    {
        return specialOperation;
    }

    /** 特种作业操作证 and its everyday names (低压电工证, 焊工证 …), or a number of the form T + ID number. */
    private static boolean saysSpecialOperation(Certificate certificate)
    {
        String title = certificate.title().map(FieldNames::normalize).orElse("");
        if (title.contains("特种作业") || title.endsWith("电工证") || title.endsWith("焊工证") || title.endsWith("操作证")) {
            return true;
        }
        return certificate.field(FieldNames.NUMBER).map(ExtractedField::value).filter(SpecialOperationCertificateNumber::isWrittenAsOne).isPresent();
    }

    @Override
    public boolean equals(Object other)
    {
        return other instanceof CertificateFacts facts && certificate.equals(facts.certificate) && type.equals(facts.type);
    }

    @Override
    public int hashCode()
    {
        return Objects.hash(certificate, type);
    }

    @Override
    public String toString()
    {
        return "CertificateFacts[certificate " + certificate.index() + ", type " + type.map(CertificateType::id).orElse(CertificateType.UNCLASSIFIED)
                + ", validity " + validityField.map(ExtractedField::name).orElse("none") + ", review " + reviewField.map(ExtractedField::name).orElse("none") + "]";
    }
}
