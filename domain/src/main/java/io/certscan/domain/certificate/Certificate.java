package io.certscan.domain.certificate;

import io.certscan.domain.geometry.Quadrilateral;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One document found in a picture: general_ocr's numbered sub-result. {@code index} is its
 * position in reading order, starting at 0; {@code fields} are in the order they were read;
 * {@code codes} are the machine-readable codes found on it (an invoice's QR code).
 */
public record Certificate(int index, Optional<String> title, List<ExtractedField> fields, Optional<Quadrilateral> region, List<MachineCode> codes)
{
    public Certificate(int index, Optional<String> title, List<ExtractedField> fields, Optional<Quadrilateral> region)
    {
        this(index, title, fields, region, List.of());
    }

    public Certificate
    {
        if (index < 0) {
            throw new IllegalArgumentException("index is negative: " + index);
        }
        requireNonNull(title, "title is null");
        fields = List.copyOf(requireNonNull(fields, "fields is null"));
        requireNonNull(region, "region is null");
        codes = List.copyOf(requireNonNull(codes, "codes is null"));
    }

    /** The first field with this name or one of its synonyms. */
    public Optional<ExtractedField> field(String name)
    {
        return fields.stream().filter(field -> FieldNames.sameField(field.name(), name)).findFirst();
    }

    /** All fields with this name or one of its synonyms, in reading order. */
    public List<ExtractedField> fields(String name)
    {
        return fields.stream().filter(field -> FieldNames.sameField(field.name(), name)).toList();
    }

    public Certificate withIndex(int newIndex)
    {
        return new Certificate(newIndex, title, fields, region, codes);
    }

    public Certificate withFields(List<ExtractedField> newFields)
    {
        return new Certificate(index, title, newFields, region, codes);
    }

    public Certificate withCodes(List<MachineCode> newCodes)
    {
        return new Certificate(index, title, fields, region, newCodes);
    }
}
