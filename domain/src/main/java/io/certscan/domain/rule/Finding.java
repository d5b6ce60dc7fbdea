package io.certscan.domain.rule;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a rule concluded about a certificate: a stable machine code ({@code EXPIRED}), how much it
 * matters, the field it is about (if any) and a sentence for people in Chinese and in English. A
 * rejection is a finding value, never an exception. Messages never repeat identity numbers. The
 * code is text so that plug-ins can make codes of their own; certscan's are {@link FindingCode}s.
 */
public record Finding(String code, Severity severity, Optional<String> field, String message, String englishMessage)
{
    public Finding
    {
        requireNonNull(code, "code is null");
        requireNonNull(severity, "severity is null");
        requireNonNull(field, "field is null");
        requireNonNull(message, "message is null");
        requireNonNull(englishMessage, "englishMessage is null");
        if (code.isBlank()) {
            throw new IllegalArgumentException("code is blank");
        }
    }

    public Finding(FindingCode code, Severity severity, Optional<String> field, String message, String englishMessage)
    {
        this(requireNonNull(code, "code is null").code(), severity, field, message, englishMessage);
    }

    /** Whether this finding has that code. */
    public boolean is(FindingCode code)
    {
        return this.code.equals(code.code());
    }
}
