package io.certscan.application.document;

import io.certscan.domain.text.TextLine;

import java.awt.image.BufferedImage;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One page ready for recognition: a picture to run OCR on, or, for born-digital PDF and OFD pages,
 * the text lines of its text layer with their positions (no OCR needed) and the small pictures
 * placed on it that may hold a machine-readable code.
 */
public sealed interface PageContent
{
    /** Where machine-readable codes may be: the page itself, or the pictures embedded in it. */
    List<PagePicture> pictures();

    record Raster(BufferedImage image)
            implements PageContent
    {
        public Raster
        {
            requireNonNull(image, "image is null");
        }

        @Override
        public List<PagePicture> pictures()
        {
            return List.of(PagePicture.wholePage(image));
        }
    }

    /** Text lines in pixel coordinates of a page {@code width} × {@code height}, and the pictures that may be codes. */
    record TextLayer(List<TextLine> lines, double width, double height, List<PagePicture> pictures)
            implements PageContent
    {
        public TextLayer(List<TextLine> lines, double width, double height)
        {
            this(lines, width, height, List.of());
        }

        public TextLayer
        {
            lines = List.copyOf(requireNonNull(lines, "lines is null"));
            pictures = List.copyOf(requireNonNull(pictures, "pictures is null"));
        }
    }
}
