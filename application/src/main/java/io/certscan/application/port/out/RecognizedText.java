package io.certscan.application.port.out;

import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.text.TextLine;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The lines of text an OCR engine found in a picture, in the coordinates of the picture turned
 * upright by {@code turned} (the engine turns a picture stored sideways or upside down before it
 * reads it; {@link QuarterTurns#NONE} for one read as it was stored).
 */
public record RecognizedText(List<TextLine> lines, QuarterTurns turned)
{
    public RecognizedText
    {
        lines = List.copyOf(requireNonNull(lines, "lines is null"));
        requireNonNull(turned, "turned is null");
    }

    /** Lines of a picture read as it was stored. */
    public static RecognizedText upright(List<TextLine> lines)
    {
        return new RecognizedText(lines, QuarterTurns.NONE);
    }
}
