package io.certscan.adapter.rest;

import io.certscan.application.document.DocumentKind;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RenderDocument;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.geometry.QuarterTurns;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What {@code /v1/page} sends: the page turned as its recognition read it ({@code rotation}, the
 * degrees of the rich result's {@code page.rotation}), made smaller when asked ({@code max_side},
 * for a screen: the boxes stay in the page's coordinates, the picture is drawn at the page's size),
 * a photo as JPEG and a drawn PDF or OFD page, whose lines and small print JPEG would blur, as PNG.
 */
final class PagePictures
{
    static final String ROTATION = "rotation";
    static final String MAX_SIDE = "max_side";
    /** Smaller than general_ocr's smallest picture is no picture of a page to look at. */
    static final int SMALLEST_SIDE = 64;
    static final int LARGEST_SIDE = 8192;
    private static final float JPEG_QUALITY = 0.88f;

    /** An encoded page: its bytes and their media type. */
    record Encoded(byte[] bytes, String mediaType) {}

    private final QuarterTurns turn;
    private final Optional<Integer> maxSide;

    private PagePictures(QuarterTurns turn, Optional<Integer> maxSide)
    {
        this.turn = requireNonNull(turn, "turn is null");
        this.maxSide = requireNonNull(maxSide, "maxSide is null");
    }

    /** @throws CertscanException {@link ErrorCode#INVALID_PARAM} for a rotation or size that is none */
    static PagePictures of(Optional<String> rotation, Optional<String> maxSide)
    {
        QuarterTurns turn = rotation.filter(text -> !text.isBlank())
                .map(text -> integer(text).flatMap(QuarterTurns::ofDegrees).orElseThrow(() -> new CertscanException(ErrorCode.INVALID_PARAM,
                        ROTATION + " must be 0, 90, 180 or 270 (degrees clockwise, the page.rotation of the recognition)")))
                .orElse(QuarterTurns.NONE);
        Optional<Integer> side = maxSide.filter(text -> !text.isBlank())
                .map(text -> integer(text).filter(value -> value >= SMALLEST_SIDE && value <= LARGEST_SIDE).orElseThrow(() -> new CertscanException(ErrorCode.INVALID_PARAM,
                        MAX_SIDE + " must be a whole number of pixels from " + SMALLEST_SIDE + " to " + LARGEST_SIDE)));
        return new PagePictures(turn, side);
    }

    /** The page of the command, drawn, sized and encoded. */
    Encoded page(RenderDocument renderer, RecognizeCommand command)
    {
        BufferedImage page = renderer.page(command, turn);
        BufferedImage sized = maxSide.map(side -> smaller(page, side)).orElse(page);
        boolean photo = command.source().kind() == DocumentKind.IMAGE || command.source().kind() == DocumentKind.URL;
        try {
            return photo ? new Encoded(jpeg(sized), "image/jpeg") : new Encoded(png(sized), "image/png");
        }
        catch (IOException e) {
            throw new CertscanException(ErrorCode.INTERNAL_ERROR, "the page could not be encoded", e);
        }
    }

    /** The picture with its longest side at most {@code side}, halved step by step so that fine print is averaged, not dropped. */
    static BufferedImage smaller(BufferedImage picture, int side)
    {
        BufferedImage current = picture;
        while (Math.max(current.getWidth(), current.getHeight()) > side) {
            double factor = Math.max(0.5, (double) side / Math.max(current.getWidth(), current.getHeight()));
            current = scaled(current, Math.max(1, (int) Math.round(current.getWidth() * factor)), Math.max(1, (int) Math.round(current.getHeight() * factor)));
        }
        return current;
    }

    private static BufferedImage scaled(BufferedImage picture, int width, int height)
    {
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(picture, 0, 0, width, height, null);
        }
        finally {
            graphics.dispose();
        }
        return scaled;
    }

    private static byte[] png(BufferedImage picture)
            throws IOException
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", bytes);
        return bytes.toByteArray();
    }

    private static byte[] jpeg(BufferedImage picture)
            throws IOException
    {
        // JPEG has no transparency; a picture that has some is put on white first.
        BufferedImage opaque = picture.getColorModel().hasAlpha() || picture.getType() == BufferedImage.TYPE_CUSTOM ? onWhite(picture) : picture;
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam parameters = writer.getDefaultWriteParam();
            parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            parameters.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(opaque, null, null), parameters);
        }
        finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage onWhite(BufferedImage picture)
    {
        BufferedImage opaque = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = opaque.createGraphics();
        try {
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, picture.getWidth(), picture.getHeight());
            graphics.drawImage(picture, 0, 0, null);
        }
        finally {
            graphics.dispose();
        }
        return opaque;
    }

    private static Optional<Integer> integer(String text)
    {
        try {
            return Optional.of(Integer.parseInt(text.strip()));
        }
        catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }
}
