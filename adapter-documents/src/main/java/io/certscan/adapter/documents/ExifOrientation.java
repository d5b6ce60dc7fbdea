package io.certscan.adapter.documents;

import com.drew.imaging.ImageMetadataReader;
import com.drew.imaging.ImageProcessingException;
import com.drew.metadata.Metadata;
import com.drew.metadata.MetadataException;
import com.drew.metadata.exif.ExifIFD0Directory;
import io.certscan.domain.geometry.QuarterTurns;

import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Phones store pictures as the sensor saw them and record in EXIF how to turn them; a picture is
 * recognised as its owner saw it. Unreadable metadata means no turn, never a failed request.
 */
final class ExifOrientation
{
    private ExifOrientation() {}

    /** The EXIF orientation (1 to 8, 1 meaning as stored), or 1 when there is none. */
    static int of(byte[] picture)
    {
        try {
            Metadata metadata = ImageMetadataReader.readMetadata(new ByteArrayInputStream(picture), picture.length);
            ExifIFD0Directory directory = metadata.getFirstDirectoryOfType(ExifIFD0Directory.class);
            if (directory == null || !directory.containsTag(ExifIFD0Directory.TAG_ORIENTATION)) {
                return 1;
            }
            int orientation = directory.getInt(ExifIFD0Directory.TAG_ORIENTATION);
            return orientation >= 1 && orientation <= 8 ? orientation : 1;
        }
        catch (ImageProcessingException | IOException | MetadataException | RuntimeException unreadable) {
            return 1;
        }
    }

    /** The picture turned clockwise by {@code turn}: the EXIF orientation that turns as much. */
    static BufferedImage turned(BufferedImage image, QuarterTurns turn)
    {
        return upright(image, switch (turn) {
            case NONE -> 1;
            case CLOCKWISE -> 6;
            case HALF -> 3;
            case COUNTERCLOCKWISE -> 8;
        });
    }

    /** The picture turned (and mirrored, for orientations 2, 4, 5 and 7) upright. */
    static BufferedImage upright(BufferedImage image, int orientation)
    {
        if (orientation == 1) {
            return image;
        }
        int width = image.getWidth();
        int height = image.getHeight();
        boolean swapsSides = orientation >= 5;
        AffineTransform transform = new AffineTransform();
        switch (orientation) {
            case 2 -> transform.setTransform(-1, 0, 0, 1, width, 0);
            case 3 -> transform.setTransform(-1, 0, 0, -1, width, height);
            case 4 -> transform.setTransform(1, 0, 0, -1, 0, height);
            case 5 -> transform.setTransform(0, 1, 1, 0, 0, 0);
            case 6 -> transform.setTransform(0, 1, -1, 0, height, 0);
            case 7 -> transform.setTransform(0, -1, -1, 0, height, width);
            default -> transform.setTransform(0, -1, 1, 0, 0, width);
        }
        BufferedImage turned = new BufferedImage(swapsSides ? height : width, swapsSides ? width : height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.drawImage(image, transform, null);
        }
        finally {
            graphics.dispose();
        }
        return turned;
    }
}
