package io.certscan.application.document;

import io.certscan.domain.geometry.Quadrilateral;

import java.awt.image.BufferedImage;

import static java.util.Objects.requireNonNull;

/**
 * A picture on a page and where it lies, in the page's pixel coordinates: the whole page of a
 * photo or scan, or one picture embedded in a born-digital page (an invoice's QR code).
 */
public record PagePicture(BufferedImage image, Quadrilateral box)
{
    public PagePicture
    {
        requireNonNull(image, "image is null");
        requireNonNull(box, "box is null");
    }

    /** A picture that is the whole page. */
    public static PagePicture wholePage(BufferedImage image)
    {
        return new PagePicture(image, Quadrilateral.rectangle(0, 0, image.getWidth(), image.getHeight()));
    }
}
