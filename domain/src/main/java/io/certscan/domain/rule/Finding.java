package io.certscan.domain.rule;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a rule concluded about a certificate: a stable machine code ({@code EXPIRED}), how much it
 * matters, the field it is about (if any) and a sentence for people. A rejection is a finding
 * value, never an exception.
 */
public record Finding(String code, Severity severity, Optional<String> field, String message)
{
    public Finding
    {
        requireNonNull(code, "code is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(field, "field is null");
        requireNonNull(message, "message is null");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code is blank");
        }
    }
}
