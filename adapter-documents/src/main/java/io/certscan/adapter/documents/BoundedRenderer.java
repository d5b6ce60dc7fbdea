package io.certscan.adapter.documents;

import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

import java.awt.Dimension;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * PDFBox's renderer with a bound on the images it decodes. PDFBox allocates an image's full
 * raster before it draws it, so an 856-byte file whose image declares 20000 × 20000 pixels would
 * take 1.2 GB; here every image a page draws (XObjects, inline images, those of forms, patterns
 * and annotations, their soft masks and masks) is measured first and refused (216202) beyond
 * {@link #MAX_IMAGE_PIXELS}, a JPEG by the size its own header declares as well as by its
 * dictionary's. Images much larger than they are drawn are read subsampled.
 */
final class BoundedRenderer
        extends PDFRenderer
{
    /** The most pixels one image of a page may have: a 600 dpi A4 scan is 35 million. */
    static final long MAX_IMAGE_PIXELS = 40_000_000;
    /** How much of a JPEG stream is read to find its frame header. */
    private static final int JPEG_HEADER_BYTES = 64 * 1024;

    BoundedRenderer(PDDocument document)
    {
        super(document);
        setSubsamplingAllowed(true);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters)
            throws IOException
    {
        return new PageDrawer(parameters)
        {
            @Override
            public void drawImage(PDImage image)
                    throws IOException
            {
                checkImage(image);
                super.drawImage(image);
            }
        };
    }

    static void checkImage(PDImage image)
            throws IOException
    {
        check(image.getWidth(), image.getHeight());
        if (image instanceof PDImageXObject object) {
            if (object.getSoftMask() != null) {
                check(object.getSoftMask().getWidth(), object.getSoftMask().getHeight());
            }
            if (object.getMask() != null) {
                check(object.getMask().getWidth(), object.getMask().getHeight());
            }
            if ("jpg".equals(object.getSuffix())) {
                Optional<Dimension> declared = jpegSize(object);
                if (declared.isPresent()) {
                    check(declared.get().width, declared.get().height);
                }
            }
        }
    }

    private static Optional<Dimension> jpegSize(PDImageXObject object)
            throws IOException
    {
        try (InputStream raw = object.getCOSObject().createRawInputStream()) {
            return Pictures.declaredSize(raw.readNBytes(JPEG_HEADER_BYTES));
        }
    }

    private static void check(long width, long height)
    {
        if (width * height > MAX_IMAGE_PIXELS) {
            throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR,
                    "an image on the PDF page is %d × %d pixels; images of up to %d million pixels are read".formatted(width, height, MAX_IMAGE_PIXELS / 1_000_000));
        }
    }
}
