package io.certscan.domain.catalogue;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.FieldNames;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * A kind of certificate certscan knows: how its title reads, which fields it must carry, where its
 * validity period and review date are, how long it may be valid and which identifiers it prints.
 *
 * @param id a stable name for programs ({@code special-operation})
 * @param name the name people use (特种作业操作证)
 * @param titles what its printed title contains: the name and its aliases (低压电工证, 焊工证 …)
 * @param requiredFields fields it must carry, each a list of alternative names (准操项目 or 操作项目)
 * @param validityField the field holding its period of validity, when not one of the usual names
 * @param reviewField the field holding its review deadline, when not one of the usual names
 * @param maxValidityYears the longest period of validity the type allows
 * @param checks identifier and format checks of its fields
 */
public record CertificateType(
        String id,
        String name,
        List<String> titles,
        List<List<String>> requiredFields,
        Optional<String> validityField,
        Optional<String> reviewField,
        OptionalInt maxValidityYears,
        List<FieldCheck> checks)
{
    public static final String UNCLASSIFIED = "unclassified";
    /** The id of 特种作业操作证 in the built-in catalogue: overdue for review, such a certificate is no longer valid. */
    public static final String SPECIAL_OPERATION = "special-operation";

    public CertificateType
    {
        requireNonNull(id, "id is null");
        requireNonNull(name, "name is null");
        if (!id.matches("[a-z0-9][a-z0-9-]*")) {
            throw new IllegalArgumentException("id must be lower-case letters, digits and dashes: '" + id + "'");
        }
        titles = requireNonNull(titles, "titles is null").stream().map(FieldNames::normalize).toList();
        if (titles.isEmpty() || titles.stream().anyMatch(String::isEmpty)) {
            throw new IllegalArgumentException("a certificate type needs at least one non-empty title");
        }
        requiredFields = requireNonNull(requiredFields, "requiredFields is null").stream().map(List::copyOf).toList();
        if (requiredFields.stream().anyMatch(List::isEmpty)) {
            throw new IllegalArgumentException("a required field needs at least one name");
        }
        requireNonNull(validityField, "validityField is null");
        requireNonNull(reviewField, "reviewField is null");
        requireNonNull(maxValidityYears, "maxValidityYears is null");
        if (maxValidityYears.isPresent() && maxValidityYears.getAsInt() < 1) {
            throw new IllegalArgumentException("max validity must be at least one year");
        }
        checks = List.copyOf(requireNonNull(checks, "checks is null"));
    }

    /** How well a title matches: the length of the longest of this type's titles it contains, or 0. */
    int matchLength(String title)
    {
        String normalized = FieldNames.normalize(title);
        return titles.stream().filter(normalized::contains).mapToInt(String::length).max().orElse(0);
    }

    /** Each required field the certificate lacks, named by its first alternative. */
    public List<String> missingFields(Certificate certificate)
    {
        return requiredFields.stream()
                .filter(alternatives -> alternatives.stream().noneMatch(name -> certificate.field(name).isPresent()))
                .map(alternatives -> alternatives.get(0))
                .toList();
    }
}
