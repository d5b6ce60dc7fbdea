package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.application.port.out.ReadDocument;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import jakarta.inject.Inject;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.OptionalInt;

/**
 * Reads PDF pages (see {@link PdfPages}) and jpg/jpeg/png/bmp pictures, JPEGs turned as their
 * EXIF orientation says, within general_ocr's limits (shortest side at least 15 px,
 * longest at most 8192 px). The dimensions come from the header before anything is decoded, so a
 * small file declaring a huge picture (a decompression bomb) is refused without allocating it.
 */
final class DocumentReader
        implements ReadDocument
{
    static final int MIN_SIDE = 15;
    static final int MAX_SIDE = 8192;

    static {
        // No temporary files: pictures are decoded from memory.
        ImageIO.setUseCache(false);
    }

    @Inject
    DocumentReader() {}

    @Override
    public LoadedPage read(DocumentSource source)
    {
        if (source instanceof DocumentSource.Image image) {
            return new LoadedPage(new PageContent.Raster(decode(image.bytes())), OptionalInt.empty());
        }
        if (source instanceof DocumentSource.Pdf pdf) {
            return PdfPages.read(pdf.bytes(), pdf.page());
        }
        throw new CertscanException(ErrorCode.SERVICE_NOT_SUPPORT,
                source.kind().name().toLowerCase(java.util.Locale.ROOT) + " sources are not supported by this build yet; send the page as a picture");
    }

    static BufferedImage decode(byte[] bytes)
    {
        if (bytes.length == 0) {
            throw new CertscanException(ErrorCode.EMPTY_IMAGE, "the picture is empty");
        }
        String format = PictureFormat.sniff(bytes)
                .orElseThrow(() -> new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not a jpg, png or bmp picture"));
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
            if (!readers.hasNext()) {
                throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "no decoder for " + format);
            }
            ImageReader reader = readers.next();
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
                return format.equals("jpeg") ? ExifOrientation.upright(image, ExifOrientation.of(bytes)) : image;
            }
            finally {
                reader.dispose();
            }
        }
        catch (IOException | RuntimeException broken) {
            if (broken instanceof CertscanException known) {
                throw known;
            }
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the " + format + " picture is truncated or corrupt", broken);
        }
    }
}
