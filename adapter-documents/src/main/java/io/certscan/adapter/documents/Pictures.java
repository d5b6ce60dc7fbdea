package io.certscan.adapter.documents;

import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageTypeSpecifier;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.MultiPixelPackedSampleModel;
import java.awt.image.SampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

/**
 * Decodes pictures within general_ocr's limits (shortest side at least 15 px, longest at most
 * 8192 px). The dimensions come from the header before anything is decoded, so a small file
 * declaring a huge picture (a decompression bomb) is refused without allocating it; a JPEG that
 * lost its end or a PNG whose chunks fail their checksums is refused as corrupt rather than read
 * as if whole. A picture of more than 16.7 megapixels is decoded subsampled, and every decoding
 * holds its share of {@link DecodingMemory} while it runs, so what one request and all requests
 * together allocate for pictures is bounded. JPEGs are
 * turned as their EXIF orientation says. TwelveMonkeys' readers, on the class path, take
 * precedence over the JDK's: they decode CMYK and YCCK JPEGs in the right colours and read the
 * BMP headers (OS/2 v2) the JDK refuses.
 */
final class Pictures
{
    static final int MIN_SIDE = 15;
    static final int MAX_SIDE = 8192;
    /** The most pixels one picture is decoded to (4096 × 4096); larger pictures are read subsampled. */
    static final long MAX_DECODED_PIXELS = 4096L * 4096;

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

    /**
     * A picture embedded in a document (an OFD page's scan), in any format a registered reader
     * knows (JBIG2 and TIFF scans too), within the same limits.
     */
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
            return read(readers.next(), input, "embedded", bytes);
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
            BufferedImage image = read(readers.next(), input, format, bytes);
            return format.equals("jpeg") ? ExifOrientation.upright(image, ExifOrientation.of(bytes)) : image;
        }
        catch (IOException | RuntimeException broken) {
            throw translate(broken, format);
        }
    }

    private static BufferedImage read(ImageReader reader, ImageInputStream input, String format, byte[] bytes)
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
            PictureIntegrity.check(format, bytes);
            int step = subsampling(width, height);
            long pixels = (long) ceilDiv(width, step) * ceilDiv(height, step);
            ImageReadParam parameters = reader.getDefaultReadParam();
            parameters.setSourceSubsampling(step, step, 0, 0);
            try (DecodingMemory.Reservation ignored = DecodingMemory.reserve(pixels * (bytesPerPixel(reader) + 3))) {
                BufferedImage image = reader.read(0, parameters);
                if (image == null) {
                    throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the " + format + " picture could not be decoded");
                }
                return compact(image);
            }
        }
        finally {
            reader.dispose();
        }
    }

    /**
     * Every {@code n}th pixel of each {@code n}th row, {@code n} the smallest step that brings the
     * picture within {@link #MAX_DECODED_PIXELS}: a 48-megapixel photo is read at 12, an 8192 ×
     * 8192 scan at 16.7; the subsampled picture is all that is ever allocated.
     */
    static int subsampling(int width, int height)
    {
        int step = 1;
        while ((long) ceilDiv(width, step) * ceilDiv(height, step) > MAX_DECODED_PIXELS) {
            step++;
        }
        return step;
    }

    private static int ceilDiv(int dividend, int divisor)
    {
        return (dividend + divisor - 1) / divisor;
    }

    /** What a decoded pixel of the reader's first image type takes, in bytes: 6 for 16-bit RGB, 1 for grey, 4 when it cannot tell. */
    private static long bytesPerPixel(ImageReader reader)
    {
        try {
            Iterator<ImageTypeSpecifier> types = reader.getImageTypes(0);
            if (types == null || !types.hasNext()) {
                return 4;
            }
            SampleModel model = types.next().getSampleModel(1, 1);
            int sampleBytes = Math.max(1, DataBuffer.getDataTypeSize(model.getDataType()) / 8);
            if (model instanceof SinglePixelPackedSampleModel || model instanceof MultiPixelPackedSampleModel) {
                return sampleBytes;
            }
            return (long) model.getNumBands() * sampleBytes;
        }
        catch (IOException | RuntimeException unknown) {
            return 4;
        }
    }

    /**
     * A picture of more than 8 bits a sample (16-bit PNGs, 16-bit grey scans) as 8-bit
     * blue-green-red, transparent pixels white as on paper: the engine reads 8 bits, and the
     * 16-bit copy, three times larger, is not kept for the rest of the recognition.
     */
    private static BufferedImage compact(BufferedImage image)
    {
        SampleModel model = image.getSampleModel();
        boolean wide = model.getDataType() != DataBuffer.TYPE_BYTE && !(model instanceof SinglePixelPackedSampleModel);
        if (!wide) {
            return image;
        }
        BufferedImage compact = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = compact.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
            graphics.drawImage(image, 0, 0, null);
        }
        finally {
            graphics.dispose();
        }
        return compact;
    }

    private static CertscanException translate(Exception broken, String format)
    {
        if (broken instanceof CertscanException known) {
            return known;
        }
        return new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the " + format + " picture is truncated or corrupt", broken);
    }
}
