package io.certscan.adapter.documents;

import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Decodes pictures within general_ocr's limits (shortest side at least 15 px, longest at most
 * 8192 px). The dimensions come from the header before anything is decoded, so a small file
 * declaring a huge picture (a decompression bomb) is refused without allocating it. JPEGs are
 * turned as their EXIF orientation says. TwelveMonkeys' readers, on the class path, take
 * precedence over the JDK's: they decode CMYK and YCCK JPEGs in the right colours and read the
 * BMP headers (OS/2 v2) the JDK refuses.
 */
final class Pictures
{
    static final int MIN_SIDE = 15;
    static final int MAX_SIDE = 8192;

    static {
        // No temporary files: pictures are decoded from memory.
        ImageIO.setUseCache(false);
    }

    private Pictures() {}

    /** A picture in one of the formats general_ocr accepts: jpg, png or bmp. */
    static BufferedImage decode(byte[] bytes)
    {
        if (bytes.length == 0) {
            throw new CertscanException(ErrorCode.EMPTY_IMAGE, "the picture is empty");
        }
        String format = PictureFormat.sniff(bytes)
                .orElseThrow(() -> new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not a jpg, png or bmp picture"));
        return decode(bytes, format);
    }

    /**
     * A picture embedded in a document (an OFD page's scan), in any format a registered reader
     * knows (JBIG2 and TIFF scans too), within the same limits.
     */
    /** The width and height an embedded picture declares in its header, read without decoding it; empty when unreadable. */
    static Optional<java.awt.Dimension> declaredSize(byte[] bytes)
    {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new java.awt.Dimension(reader.getWidth(0), reader.getHeight(0)));
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    static BufferedImage decodeEmbedded(byte[] bytes)
    {
        if (bytes.length == 0) {
            throw new CertscanException(ErrorCode.EMPTY_IMAGE, "the embedded picture is empty");
        }
        Optional<String> format = PictureFormat.sniff(bytes);
        if (format.isPresent()) {
            return decode(bytes, format.get());
        }
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the embedded picture is in no format this build reads");
            }
            return read(readers.next(), input, "embedded");
        }
        catch (IOException | RuntimeException broken) {
            throw translate(broken, "embedded");
        }
    }

    private static BufferedImage decode(byte[] bytes, String format)
    {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "no decoder for " + format);
            }
            BufferedImage image = read(readers.next(), input, format);
            return format.equals("jpeg") ? ExifOrientation.upright(image, ExifOrientation.of(bytes)) : image;
        }
        catch (IOException | RuntimeException broken) {
            throw translate(broken, format);
        }
    }

    private static BufferedImage read(ImageReader reader, ImageInputStream input, String format)
            throws IOException
    {
        try {
            reader.setInput(input, true, true);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (Math.max(width, height) > MAX_SIDE || Math.min(width, height) < MIN_SIDE) {
                throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR,
                        "picture is %d × %d pixels; sides must be %d to %d pixels".formatted(width, height, MIN_SIDE, MAX_SIDE));
            }
            BufferedImage image = reader.read(0);
            if (image == null) {
                throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the " + format + " picture could not be decoded");
            }
            return image;
        }
        finally {
            reader.dispose();
        }
    }

    private static CertscanException translate(Exception broken, String format)
    {
        if (broken instanceof CertscanException known) {
            return known;
        }
        return new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the " + format + " picture is truncated or corrupt", broken);
    }
}
