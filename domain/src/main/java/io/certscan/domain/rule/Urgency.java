package io.certscan.domain.rule;

import java.util.Collection;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * How urgently a judged certificate wants a person, most urgent first: what the compliance report
 * sorts and counts by. A certificate stands at the first of these its findings reach: a code
 * that decides it alone (expired before any other error, an overdue review before it), else the
 * worst severity among the rest. Kept beside the codes so that a new code is ranked where it is
 * named, not in each program that shows findings.
 */
public enum Urgency
{
    /** It no longer proves anything. */
    EXPIRED(FindingCode.EXPIRED),
    /** Its review is overdue (for a 特种作业操作证, it is no longer valid). */
    REVIEW_OVERDUE(FindingCode.REVIEW_OVERDUE),
    /** Any other error: an invalid identifier, a tampered invoice, dates that contradict each other. */
    INVALID(Severity.ERROR),
    NOT_YET_VALID(FindingCode.NOT_YET_VALID),
    EXPIRING_SOON(FindingCode.EXPIRING_SOON),
    REVIEW_DUE_SOON(FindingCode.REVIEW_DUE_SOON),
    /** Any other warning: something to check by hand. */
    CHECK(Severity.WARNING),
    /** Nothing above: only information, or no finding at all. */
    VALID(finding -> false);

    private final Predicate<Finding> reached;

    Urgency(FindingCode code)
    {
        this(finding -> finding.is(code));
    }

    Urgency(Severity severity)
    {
        this(finding -> finding.severity() == severity);
    }

    Urgency(Predicate<Finding> reached)
    {
        this.reached = reached;
    }

    /** The urgency of a certificate with these findings. */
    public static Urgency of(Collection<Finding> findings)
    {
        requireNonNull(findings, "findings is null");
        for (Urgency urgency : values()) {
            if (findings.stream().anyMatch(urgency.reached)) {
                return urgency;
            }
        }
        return VALID;
    }
}
