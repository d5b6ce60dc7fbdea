package io.certscan.domain.rule;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UrgencyTest
{
    @Test
    void aCertificateStandsAtTheFirstUrgencyItsFindingsReach()
    {
        assertThat(Urgency.of(List.of(finding("IDENTIFIER_INVALID", Severity.ERROR), finding("EXPIRED", Severity.ERROR)))).isEqualTo(Urgency.EXPIRED);
        assertThat(Urgency.of(List.of(finding("IDENTIFIER_INVALID", Severity.ERROR), finding("REVIEW_OVERDUE", Severity.WARNING)))).isEqualTo(Urgency.REVIEW_OVERDUE);
        assertThat(Urgency.of(List.of(finding("EXPIRING_SOON", Severity.WARNING), finding("IDENTIFIER_INVALID", Severity.ERROR)))).isEqualTo(Urgency.INVALID);
        assertThat(Urgency.of(List.of(finding("EXPIRING_SOON", Severity.WARNING), finding("NOT_YET_VALID", Severity.WARNING)))).isEqualTo(Urgency.NOT_YET_VALID);
        assertThat(Urgency.of(List.of(finding("REVIEW_DUE_SOON", Severity.WARNING), finding("EXPIRING_SOON", Severity.WARNING)))).isEqualTo(Urgency.EXPIRING_SOON);
        assertThat(Urgency.of(List.of(finding("LOW_CONFIDENCE", Severity.WARNING), finding("REVIEW_DUE_SOON", Severity.WARNING)))).isEqualTo(Urgency.REVIEW_DUE_SOON);
        assertThat(Urgency.of(List.of(finding("VALID", Severity.INFO), finding("LOW_CONFIDENCE", Severity.WARNING)))).isEqualTo(Urgency.CHECK);
        assertThat(Urgency.of(List.of(finding("VALID", Severity.INFO)))).isEqualTo(Urgency.VALID);
        assertThat(Urgency.of(List.of())).isEqualTo(Urgency.VALID);
    }

    @Test
    void aPluginsOwnCodesCountByTheirSeverity()
    {
        assertThat(Urgency.of(List.of(finding("ACME_BANNED", Severity.ERROR), finding("EXPIRING_SOON", Severity.WARNING)))).isEqualTo(Urgency.INVALID);
        assertThat(Urgency.of(List.of(finding("ACME_RULE", Severity.WARNING)))).isEqualTo(Urgency.CHECK);
        assertThat(Urgency.of(List.of(finding("ACME_SEEN", Severity.INFO)))).isEqualTo(Urgency.VALID);
    }

    private static Finding finding(String code, Severity severity)
    {
        return new Finding(code, severity, Optional.empty(), code, code);
    }
}
