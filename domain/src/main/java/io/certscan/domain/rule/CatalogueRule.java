package io.certscan.domain.rule;

import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.catalogue.FieldCheck;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.date.ChineseDate;
import io.certscan.domain.date.ValidityPeriod;
import io.certscan.domain.identifier.IdentifierCheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a certificate's type asks of it: its required fields, a period of validity no longer than
 * the type allows, an issue date no later than the end of validity, and the identifier and format
 * checks the type names for its fields (those the {@link IdentifierRule} makes anyway are not made
 * twice). An unclassified certificate gets none of these. The type and the period of validity are
 * those of the {@link CertificateFacts}, the same the validity rule judges.
 */
public final class CatalogueRule
        implements CertificateRule
{
    /** Where certificates print the day they were issued. */
    private static final List<String> ISSUE_DATE_FIELDS = List.of("发证日期", "签发日期", "颁发日期", "颁证日期", "发证时间", "初领日期");

    private final CertificateCatalogue catalogue;

    /** The catalogue classifies only a certificate judged alone; facts already carry its type, which this rule then judges. */
    public CatalogueRule(CertificateCatalogue catalogue)
    {
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
        if (facts.type().isEmpty()) {
            return List.of();
        }
        CertificateType type = facts.type().get();
        Certificate certificate = facts.certificate();
        List<Finding> findings = new ArrayList<>();
        for (String missing : type.missingFields(certificate)) {
            findings.add(new Finding(FindingCode.REQUIRED_FIELD_MISSING, Severity.WARNING, Optional.of(missing),
                    type.name() + "应有「" + missing + "」，未识别到", "a " + type.name() + " (" + type.id() + ") carries " + missing + "; none was read"));
        }
        Optional<ExtractedField> validityField = facts.validityField();
        Optional<ValidityPeriod> period = facts.validity();
        Optional<LocalDate> start = period.flatMap(ValidityPeriod::startDate);
        Optional<LocalDate> end = period.flatMap(ValidityPeriod::endDate);
        if (type.maxValidityYears().isPresent() && start.isPresent() && end.isPresent()) {
            int years = type.maxValidityYears().getAsInt();
            // 2021-10-08 to 2027-10-07 is six years: the end may be the day before the anniversary, or the anniversary itself.
            if (end.get().isAfter(start.get().plusYears(years))) {
                findings.add(new Finding(FindingCode.VALIDITY_TOO_LONG, Severity.WARNING, Optional.of(validityField.get().name()),
                        "有效期 " + start.get() + " 至 " + end.get() + " 超过" + type.name() + "最长 " + years + " 年的有效期，请核对",
                        "valid from " + start.get() + " to " + end.get() + ", longer than the " + years + " years a " + type.name() + " may be valid"));
            }
        }
        Optional<ExtractedField> issueField = ISSUE_DATE_FIELDS.stream().map(certificate::field).flatMap(Optional::stream).findFirst();
        Optional<LocalDate> issued = issueField.flatMap(field -> ChineseDate.parse(field.value())).map(ChineseDate::firstDay);
        if (issued.isPresent() && end.isPresent() && issued.get().isAfter(end.get())) {
            findings.add(new Finding(FindingCode.ISSUED_AFTER_EXPIRY, Severity.ERROR, Optional.of(issueField.get().name()),
                    issueField.get().name() + " " + issued.get() + " 晚于有效期截止日 " + end.get() + "，日期矛盾",
                    "issued on " + issued.get() + ", after the end of validity " + end.get() + ": the dates contradict each other"));
        }
        for (FieldCheck check : type.checks()) {
            for (ExtractedField field : certificate.fields(check.field())) {
                judge(check, field).ifPresent(findings::add);
            }
        }
        return findings;
    }

    private static Optional<Finding> judge(FieldCheck check, ExtractedField field)
    {
        String value = FieldNames.normalize(field.value());
        if (check.identifier().isPresent()) {
            if (IdentifierRule.builtInCheck(field.name(), value).isPresent()) {
                return Optional.empty();
            }
            IdentifierCheck result = IdentifierRule.check(check.identifier().get(), value);
            return result.isValid() ? Optional.empty() : Optional.of(IdentifierRule.finding(field.name(), result));
        }
        if (check.format().orElseThrow().matcher(value).matches()) {
            return Optional.empty();
        }
        return Optional.of(IdentifierRule.formatFinding(field.name(), check.formatDescription(), check.formatDescription()));
    }
}
