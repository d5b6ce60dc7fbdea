package io.certscan.domain.certificate;

import io.certscan.domain.geometry.Quadrilateral;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A machine-readable code printed on a document (an invoice's QR code): the text it holds and
 * where it lies on the page, when that is known.
 */
public record MachineCode(String text, Optional<Quadrilateral> box)
{
    public MachineCode
    {
        requireNonNull(text, "text is null");
        requireNonNull(box, "box is null");
    }

    /** Never the payload: it holds an invoice's number and amount. */
    @Override
    public String toString()
    {
        return "MachineCode[" + text.length() + " characters" + box.map(at -> " at " + at).orElse("") + "]";
    }
}
