package io.certscan.domain.certificate;

import io.certscan.domain.geometry.Quadrilateral;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * One key/value pair read from a certificate. {@code words} holds the value as printed, one entry
 * per piece the recogniser returned (general_ocr's {@code words} array); the name is normalised.
 * {@code origin} says whether the value was read from the printed text or from a machine-readable
 * code on the document (an invoice's QR code filling a field the text lacks).
 */
public record ExtractedField(String name, List<String> words, double confidence, Optional<Quadrilateral> location, Origin origin)
{
    public enum Origin
    {
        PRINTED,
        QR_CODE,
    }

    public ExtractedField(String name, List<String> words, double confidence, Optional<Quadrilateral> location)
    {
        this(name, words, confidence, location, Origin.PRINTED);
    }

    public ExtractedField
    {
        name = FieldNames.normalize(requireNonNull(name, "name is null"));
        if (name.isEmpty()) {
            throw new IllegalArgumentException("field name is empty");
        }
        words = List.copyOf(requireNonNull(words, "words is null"));
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
        requireNonNull(location, "location is null");
        requireNonNull(origin, "origin is null");
    }

    public ExtractedField(String name, List<String> words, double confidence, Quadrilateral location)
    {
        this(name, words, confidence, Optional.of(location));
    }

    /** A field known only by its value, as a cloud engine returns it: no box, full confidence. */
    public static ExtractedField withoutLocation(String name, List<String> words)
    {
        return new ExtractedField(name, words, 1.0, Optional.empty());
    }

    /** The value as one string: the words joined without separator, as Chinese text is written. */
    public String value()
    {
        return String.join("", words);
    }
}
