package io.certscan.application.document;

import io.certscan.domain.geometry.QuarterTurns;
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

    /** How the page was turned before it was read: what a picture stored sideways needed to be upright. */
    QuarterTurns turned();

    /** The width of the page as read (turned), in the coordinates of the boxes of what was read on it. */
    double width();

    /** The height of the page as read (turned), in the coordinates of the boxes of what was read on it. */
    double height();

    /**
     * A picture as it was stored, and the turn OCR gave it before reading it ({@link QuarterTurns#NONE}
     * until it is read): what was read on it is in the coordinates of the picture so turned.
     */
    record Raster(BufferedImage image, QuarterTurns turned)
            implements PageContent
    {
        public Raster(BufferedImage image)
        {
            this(image, QuarterTurns.NONE);
        }

        public Raster
        {
            requireNonNull(image, "image is null");
            requireNonNull(turned, "turned is null");
        }

        /** The same picture, read turned by {@code turn}. */
        public Raster readTurned(QuarterTurns turn)
        {
            return new Raster(image, turn);
        }

        @Override
        public List<PagePicture> pictures()
        {
            return List.of(PagePicture.wholePage(image));
        }

        @Override
        public double width()
        {
            return turned.swapsSides() ? image.getHeight() : image.getWidth();
        }

        @Override
        public double height()
        {
            return turned.swapsSides() ? image.getWidth() : image.getHeight();
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

        /** A text layer is read where it stands. */
        @Override
        public QuarterTurns turned()
        {
            return QuarterTurns.NONE;
        }
    }
}
