package io.certscan.domain.text;

import io.certscan.domain.geometry.Quadrilateral;

import static java.util.Objects.requireNonNull;

/**
 * One line of text as any OCR engine (or a PDF/OFD text layer) gives it back. {@code confidence}
 * is how sure the engine is of the line's weakest character, from 0 to 1 (1 for a text layer).
 */
public record TextLine(String text, Quadrilateral box, double confidence)
{
    public TextLine
    {
        requireNonNull(text, "text is null");
        requireNonNull(box, "box is null");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be within [0, 1]: " + confidence);
        }
    }
}
