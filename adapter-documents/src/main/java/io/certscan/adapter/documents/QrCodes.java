package io.certscan.adapter.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.ResultPoint;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import com.google.zxing.qrcode.QRCodeReader;
import io.certscan.application.document.PagePicture;
import io.certscan.application.port.out.ReadCodes;
import io.certscan.domain.certificate.MachineCode;
import io.certscan.domain.geometry.Quadrilateral;
import jakarta.inject.Inject;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * QR codes through ZXing: the picture is turned grey (a large photo first at {@link #FIRST_LOOK_PIXELS},
 * then whole, at most {@link #MAXIMUM_PIXELS}), searched hard for every code in it, and searched
 * again enlarged (within the same bound) when nothing was found, because an invoice's code on a photo or
 * a screenshot is often a few pixels a module. The code's box is mapped back into the page.
 */
final class QrCodes
        implements ReadCodes
{
    /** The largest grey picture searched: 16 MB, whatever the scale. */
    static final long MAXIMUM_PIXELS = 16_000_000;
    private static final double[] SCALES = {1, 1.5, 3};
    /** Pictures larger than this are first searched at this size. */
    static final double FIRST_LOOK_PIXELS = 4_000_000;
    private static final Map<DecodeHintType, Object> HINTS = hints();

    @Inject
    QrCodes() {}

    @Override
    public List<MachineCode> read(PagePicture picture)
    {
        BufferedImage image = picture.image();
        double pixels = (double) image.getWidth() * image.getHeight();
        if (pixels > FIRST_LOOK_PIXELS) {
            // A phone photo's code is many pixels a module: a smaller copy finds it at a fraction of the cost.
            BufferedImage smaller = grey(image, Math.sqrt(FIRST_LOOK_PIXELS / pixels));
            List<MachineCode> found = codes(decode(smaller), smaller, picture);
            if (!found.isEmpty()) {
                return found;
            }
        }
        BufferedImage grey = null;
        for (double scale : SCALES) {
            double fit = Math.min(scale, Math.sqrt(MAXIMUM_PIXELS / pixels));
            if (scale > 1 && fit <= 1) {
                break;
            }
            if (grey == null) {
                grey = grey(image, Math.min(1, fit));
            }
            double greyScale = (double) grey.getWidth() / image.getWidth();
            BufferedImage searched = fit > greyScale ? scaled(grey, fit / greyScale) : grey;
            List<MachineCode> found = codes(decode(searched), searched, picture);
            if (!found.isEmpty()) {
                return found;
            }
        }
        return List.of();
    }

    private static List<MachineCode> codes(List<Result> results, BufferedImage searched, PagePicture picture)
    {
        double scale = (double) searched.getWidth() / picture.image().getWidth();
        return results.stream().map(result -> new MachineCode(result.getText(), box(result, scale, picture))).toList();
    }

    /** Every QR code in the picture (a scan may hold two invoices), else the one the single reader finds. */
    private static List<Result> decode(BufferedImage grey)
    {
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        LuminanceSource luminance = new PlanarYUVLuminanceSource(pixels, grey.getWidth(), grey.getHeight(), 0, 0, grey.getWidth(), grey.getHeight(), false);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(luminance));
        try {
            return List.of(new QRCodeMultiReader().decodeMultiple(bitmap, HINTS));
        }
        catch (ReaderException | RuntimeException noneAtOnce) {
            // The multiple reader misses some codes the single one finds.
        }
        try {
            return List.of(new QRCodeReader().decode(bitmap, HINTS));
        }
        catch (ReaderException | RuntimeException none) {
            // Not found, not decodable, or a picture ZXing cannot handle: no code, never a failure.
            return List.of();
        }
    }

    /**
     * The picture's luminance, (R + 2G + B) / 4 as ZXing computes it, transparent pixels white (a
     * code drawn on the page's paper), shrunk first when it is larger than the search allows.
     */
    private static BufferedImage grey(BufferedImage image, double scale)
    {
        BufferedImage source = scale < 1 ? shrunk(image, scale) : image;
        int width = source.getWidth();
        int height = source.getHeight();
        BufferedImage grey = new BufferedImage(width, height, BufferedImage.TYPE_BYTE_GRAY);
        byte[] luminance = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            source.getRGB(0, y, width, 1, row, 0, width);
            for (int x = 0; x < width; x++) {
                int argb = row[x];
                int alpha = argb >>> 24;
                int value = (((argb >> 16) & 0xff) + 2 * ((argb >> 8) & 0xff) + (argb & 0xff)) / 4;
                luminance[y * width + x] = (byte) ((value * alpha + 255 * (255 - alpha)) / 255);
            }
        }
        return grey;
    }

    private static BufferedImage shrunk(BufferedImage image, double scale)
    {
        BufferedImage smaller = new BufferedImage(Math.max(1, (int) (image.getWidth() * scale)), Math.max(1, (int) (image.getHeight() * scale)), BufferedImage.TYPE_INT_ARGB);
        draw(image, smaller);
        return smaller;
    }

    /** A grey picture enlarged: a code of a few pixels a module needs more for ZXing to find it. */
    private static BufferedImage scaled(BufferedImage grey, double factor)
    {
        BufferedImage larger = new BufferedImage(Math.max(1, (int) Math.round(grey.getWidth() * factor)), Math.max(1, (int) Math.round(grey.getHeight() * factor)),
                BufferedImage.TYPE_BYTE_GRAY);
        draw(grey, larger);
        return larger;
    }

    private static void draw(BufferedImage from, BufferedImage to)
    {
        Graphics2D graphics = to.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.drawImage(from, 0, 0, to.getWidth(), to.getHeight(), null);
        }
        finally {
            graphics.dispose();
        }
    }

    /** Where the code is on the page: its finder patterns' bounds in the picture, mapped into the picture's box on the page. */
    private static Optional<Quadrilateral> box(Result result, double scale, PagePicture picture)
    {
        ResultPoint[] points = result.getResultPoints();
        if (points == null || points.length == 0 || Arrays.stream(points).anyMatch(point -> point == null)) {
            return Optional.of(picture.box());
        }
        double left = Arrays.stream(points).mapToDouble(ResultPoint::getX).min().orElseThrow() / scale;
        double right = Arrays.stream(points).mapToDouble(ResultPoint::getX).max().orElseThrow() / scale;
        double top = Arrays.stream(points).mapToDouble(ResultPoint::getY).min().orElseThrow() / scale;
        double bottom = Arrays.stream(points).mapToDouble(ResultPoint::getY).max().orElseThrow() / scale;
        Quadrilateral on = picture.box();
        double xScale = on.width() / picture.image().getWidth();
        double yScale = on.height() / picture.image().getHeight();
        return Optional.of(Quadrilateral.rectangle(on.left() + left * xScale, on.top() + top * yScale, on.left() + right * xScale, on.top() + bottom * yScale));
    }

    private static Map<DecodeHintType, Object> hints()
    {
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
        hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
        return Map.copyOf(hints);
    }
}
