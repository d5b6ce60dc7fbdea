package io.certscan.domain.rule;

import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.date.ValidityPeriod;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Judges the period of validity (有效期限, 有效期, 有效期至, 营业期限 …) as of a date: valid, expiring
 * within the window, expired, long term, or not yet valid. A certificate is valid through the
 * last day of its period: on that day it is expiring, the next day it has expired.
 */
public final class ValidityRule
        implements CertificateRule
{
    private final int expiringSoonDays;
    private final CertificateCatalogue catalogue;

    public ValidityRule(int expiringSoonDays)
    {
        this(expiringSoonDays, CertificateCatalogue.empty());
    }

    /**
     * With the catalogue, a type that keeps its validity in a field of its own is judged by that
     * field. The catalogue classifies only a certificate judged alone; facts already carry its type.
     */
    public ValidityRule(int expiringSoonDays, CertificateCatalogue catalogue)
    {
        if (expiringSoonDays < 0) {
            throw new IllegalArgumentException("expiringSoonDays is negative: " + expiringSoonDays);
        }
        this.expiringSoonDays = expiringSoonDays;
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
        Optional<ExtractedField> field = facts.validityField();
        if (field.isEmpty()) {
            return List.of();
        }
        String name = field.get().name();
        Optional<ValidityPeriod> parsed = facts.validity();
        if (parsed.isEmpty()) {
            return List.of(UnreadableDate.finding(FindingCode.VALIDITY_UNREADABLE, name));
        }
        ValidityPeriod period = parsed.get();
        Optional<LocalDate> start = period.startDate();
        if (start.isPresent() && asOf.isBefore(start.get())) {
            return List.of(new Finding(FindingCode.NOT_YET_VALID, Severity.WARNING, Optional.of(name),
                    "证书自 " + start.get() + " 起生效，尚未生效", "valid from " + start.get() + ", not yet valid"));
        }
        if (period.isLongTerm()) {
            return List.of(new Finding(FindingCode.LONG_TERM, Severity.INFO, Optional.of(name), "长期有效", "valid without end"));
        }
        Optional<LocalDate> end = period.endDate();
        if (end.isEmpty()) {
            return List.of(new Finding(FindingCode.VALID, Severity.INFO, Optional.of(name), "有效期至今", "valid up to the present"));
        }
        long daysLeft = ChronoUnit.DAYS.between(asOf, end.get());
        if (daysLeft < 0) {
            return List.of(new Finding(FindingCode.EXPIRED, Severity.ERROR, Optional.of(name),
                    "已于 " + end.get() + " 过期（" + -daysLeft + " 天前）", "expired on " + end.get() + " (" + -daysLeft + " days ago)"));
        }
        if (daysLeft <= expiringSoonDays) {
            return List.of(new Finding(FindingCode.EXPIRING_SOON, Severity.WARNING, Optional.of(name),
                    "将于 " + end.get() + " 到期（剩余 " + daysLeft + " 天）", "expires on " + end.get() + " (" + daysLeft + " days left)"));
        }
        return List.of(new Finding(FindingCode.VALID, Severity.INFO, Optional.of(name), "有效期至 " + end.get(), "valid until " + end.get()));
    }
}
