package io.certscan.domain.rule;

import java.util.Optional;

/** The finding of a date field that is present but cannot be read as a date: a person must look. */
final class UnreadableDate
{
    private UnreadableDate() {}

    static Finding finding(FindingCode code, String field)
    {
        return new Finding(code, Severity.WARNING, Optional.of(field),
                field + "无法识别为日期，请人工核对", field + " is not a date certscan can read; check it by hand");
    }
}
