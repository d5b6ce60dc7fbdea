package io.certscan.domain.catalogue;

import io.certscan.domain.identifier.IdentifierKind;

import java.util.Optional;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A check of one field of a certificate type: against an identifier standard, or against a format
 * (a regular expression the whole value must match, described in words for the finding).
 */
public record FieldCheck(String field, Optional<IdentifierKind> identifier, Optional<Pattern> format, String formatDescription)
{
    public FieldCheck
    {
        requireNonNull(field, "field is null");
        requireNonNull(identifier, "identifier is null");
        requireNonNull(format, "format is null");
        requireNonNull(formatDescription, "formatDescription is null");
        if (identifier.isPresent() == format.isPresent()) {
            throw new IllegalArgumentException("a field check is either an identifier check or a format, not " + (identifier.isPresent() ? "both" : "neither"));
        }
    }

    public static FieldCheck identifier(String field, IdentifierKind kind)
    {
        return new FieldCheck(field, Optional.of(kind), Optional.empty(), "");
    }

    public static FieldCheck format(String field, Pattern format, String description)
    {
        return new FieldCheck(field, Optional.empty(), Optional.of(format), description);
    }
}
