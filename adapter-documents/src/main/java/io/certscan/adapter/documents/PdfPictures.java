package io.certscan.adapter.documents;

import io.certscan.application.document.PagePicture;
import io.certscan.domain.geometry.Quadrilateral;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The pictures a born-digital PDF page that says 发票 draws that may be a QR code: roughly square,
 * of a size a code has, at most {@link #MAXIMUM_PICTURES} of them, each placed where the page draws it (in the
 * text layer's pixels). Only declared sizes are trusted before decoding, and a picture that cannot
 * be decoded is passed over: the page's text is read whatever its pictures hold.
 */
final class PdfPictures
{
    static final int MAXIMUM_PICTURES = 8;
    /** A QR code has at least 21 modules a side; more than this many pixels a side is a photo. */
    private static final int SMALLEST_SIDE = 21;
    /** E-invoices draw their code a few hundred pixels wide. */
    private static final int LARGEST_SIDE = 1000;
    private static final double SQUARE = 1.25;

    private PdfPictures() {}

    static List<PagePicture> on(PDPage page, double scale)
    {
        Collector collector = new Collector(page, scale);
        try {
            collector.processPage(page);
        }
        catch (IOException | RuntimeException broken) {
            // A content stream the text reader got through but this one does not: no pictures.
        }
        return List.copyOf(collector.pictures);
    }

    /** Pictures are looked at only on pages whose text says 发票: invoices are what carry a code worth reading. */
    static boolean mayHoldInvoice(List<io.certscan.domain.text.TextLine> lines)
    {
        return lines.stream().anyMatch(line -> line.text().contains("发票"));
    }

    static boolean mayBeCode(int width, int height)
    {
        int smaller = Math.min(width, height);
        int larger = Math.max(width, height);
        return smaller >= SMALLEST_SIDE && larger <= LARGEST_SIDE && larger <= SQUARE * smaller;
    }

    private static final class Collector
            extends PDFGraphicsStreamEngine
    {
        private final List<PagePicture> pictures = new ArrayList<>();
        private final PDRectangle crop;
        private final boolean upright;
        private final double scale;

        Collector(PDPage page, double scale)
        {
            super(page);
            this.crop = page.getCropBox();
            this.upright = page.getRotation() % 360 == 0;
            this.scale = scale;
        }

        @Override
        public void drawImage(PDImage image)
                throws IOException
        {
            if (pictures.size() >= MAXIMUM_PICTURES || !mayBeCode(image.getWidth(), image.getHeight())) {
                return;
            }
            BufferedImage decoded = image.getImage();
            if (decoded != null) {
                pictures.add(new PagePicture(decoded, placed()));
            }
        }

        /** The unit square the image fills, through the current transformation, in the page's pixels. */
        private Quadrilateral placed()
        {
            if (!upright) {
                return Quadrilateral.rectangle(0, 0, crop.getWidth() * scale, crop.getHeight() * scale);
            }
            Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
            double[] xs = new double[4];
            double[] ys = new double[4];
            double[][] corners = {{0, 0}, {1, 0}, {1, 1}, {0, 1}};
            for (int i = 0; i < 4; i++) {
                Point2D.Float point = ctm.transformPoint((float) corners[i][0], (float) corners[i][1]);
                xs[i] = (point.x - crop.getLowerLeftX()) * scale;
                ys[i] = (crop.getUpperRightY() - point.y) * scale;
            }
            return Quadrilateral.rectangle(min(xs), min(ys), max(xs), max(ys));
        }

        private static double min(double[] values)
        {
            return Arrays.stream(values).min().orElse(0);
        }

        private static double max(double[] values)
        {
            return Arrays.stream(values).max().orElse(0);
        }

        // Text is the text layer's business: its glyphs are not even decoded here.
        @Override
        public void showTextString(byte[] string)
        {
        }

        @Override
        public void showTextStrings(COSArray array)
        {
        }

        // Paths draw nothing that is looked for.
        @Override
        public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3)
        {
        }

        @Override
        public void clip(int windingRule)
        {
        }

        @Override
        public void moveTo(float x, float y)
        {
        }

        @Override
        public void lineTo(float x, float y)
        {
        }

        @Override
        public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3)
        {
        }

        @Override
        public Point2D getCurrentPoint()
        {
            return new Point2D.Float(0, 0);
        }

        @Override
        public void closePath()
        {
        }

        @Override
        public void endPath()
        {
        }

        @Override
        public void strokePath()
        {
        }

        @Override
        public void fillPath(int windingRule)
        {
        }

        @Override
        public void fillAndStrokePath(int windingRule)
        {
        }

        @Override
        public void shadingFill(COSName shadingName)
        {
        }
    }
}
