package io.certscan.application.document;

import io.certscan.domain.text.TextLine;

import java.awt.image.BufferedImage;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One page ready for recognition: a picture to run OCR on, or, for born-digital PDF and OFD pages,
 * the text lines of its text layer with their positions (no OCR needed).
 */
public sealed interface PageContent
{
    record Raster(BufferedImage image)
            implements PageContent
    {
        public Raster
        {
            requireNonNull(image, "image is null");
        }
    }

    /** Text lines in pixel coordinates of a page {@code width} × {@code height}. */
    record TextLayer(List<TextLine> lines, double width, double height)
            implements PageContent
    {
        public TextLayer
        {
            lines = List.copyOf(requireNonNull(lines, "lines is null"));
        }
    }
}
