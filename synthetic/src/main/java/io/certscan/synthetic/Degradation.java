package io.certscan.synthetic;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.ConvolveOp;
import java.awt.image.Kernel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** How much a generated picture is spoiled, from a clean render to something like a phone photo. */
public enum Degradation
{
    /** As rendered. */
    CLEAN,
    /** Turned by up to ±5°, grainy, JPEG-compressed. */
    ROTATED_NOISY,
    /** On a table, seen at an angle, unevenly lit, slightly blurred, downscaled, JPEG-compressed. */
    PHOTO_LIKE;

    BufferedImage apply(BufferedImage image, FakeData data)
    {
        return switch (this) {
            case CLEAN -> image;
            case ROTATED_NOISY -> {
                double degrees = data.between(1, 5) * (data.chance(0.5) ? 1 : -1);
                BufferedImage turned = rotate(image, degrees, Color.WHITE);
                yield jpeg(noise(turned, 8, data), (float) data.between(0.55, 0.75));
            }
            case PHOTO_LIKE -> {
                BufferedImage onTable = keystone(image, data);
                BufferedImage turned = rotate(onTable, data.between(-3, 3), new Color(96, 88, 80));
                BufferedImage lit = lighting(turned, data);
                BufferedImage blurred = blur(lit);
                BufferedImage grainy = noise(blurred, 6, data);
                yield jpeg(scale(grainy, data.between(0.65, 0.85)), (float) data.between(0.7, 0.85));
            }
        };
    }

    static BufferedImage rotate(BufferedImage image, double degrees, Color background)
    {
        double radians = Math.toRadians(degrees);
        double sin = Math.abs(Math.sin(radians));
        double cos = Math.abs(Math.cos(radians));
        int width = (int) Math.ceil(image.getWidth() * cos + image.getHeight() * sin);
        int height = (int) Math.ceil(image.getHeight() * cos + image.getWidth() * sin);
        BufferedImage turned = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.setColor(background);
            graphics.fillRect(0, 0, width, height);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            AffineTransform transform = new AffineTransform();
            transform.translate(width / 2.0, height / 2.0);
            transform.rotate(radians);
            transform.translate(-image.getWidth() / 2.0, -image.getHeight() / 2.0);
            graphics.drawImage(image, transform, null);
        }
        finally {
            graphics.dispose();
        }
        return turned;
    }

    /**
     * The card on a table seen from a little off-centre: its top and bottom edges stay level but
     * shrink by different amounts and shift sideways (a keystone), mapped row by row.
     */
    private static BufferedImage keystone(BufferedImage card, FakeData data)
    {
        int margin = 60;
        int width = card.getWidth() + 2 * margin;
        int height = card.getHeight() + 2 * margin;
        double topInset = data.between(0, 0.06) * card.getWidth();
        double bottomInset = data.between(0, 0.06) * card.getWidth();
        double shift = data.between(-0.02, 0.02) * card.getWidth();
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int table = new Color(96, 88, 80).getRGB();
        for (int y = 0; y < height; y++) {
            double v = (double) (y - margin) / card.getHeight();
            double inset = topInset + (bottomInset - topInset) * v;
            double left = margin + inset + shift * (1 - v);
            double right = margin + card.getWidth() - inset + shift * (1 - v);
            for (int x = 0; x < width; x++) {
                double u = (x - left) / (right - left);
                if (v < 0 || v >= 1 || u < 0 || u >= 1) {
                    photo.setRGB(x, y, table);
                }
                else {
                    photo.setRGB(x, y, card.getRGB((int) (u * card.getWidth()), (int) (v * card.getHeight())));
                }
            }
        }
        return photo;
    }

    /** Light falling off across the picture: brightness from about 70 % to 105 %. */
    private static BufferedImage lighting(BufferedImage image, FakeData data)
    {
        double fromX = data.between(-0.25, 0.25);
        double fromY = data.between(-0.2, 0.2);
        BufferedImage lit = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                double factor = 0.88 + fromX * ((double) x / image.getWidth() - 0.5) + fromY * ((double) y / image.getHeight() - 0.5);
                int rgb = image.getRGB(x, y);
                lit.setRGB(x, y, scaled(rgb, factor));
            }
        }
        return lit;
    }

    private static int scaled(int rgb, double factor)
    {
        int red = clamp((int) (((rgb >> 16) & 0xff) * factor));
        int green = clamp((int) (((rgb >> 8) & 0xff) * factor));
        int blue = clamp((int) ((rgb & 0xff) * factor));
        return red << 16 | green << 8 | blue;
    }

    private static BufferedImage blur(BufferedImage image)
    {
        float[] kernel = {1 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 4 / 16f, 2 / 16f, 1 / 16f, 2 / 16f, 1 / 16f};
        return new ConvolveOp(new Kernel(3, 3, kernel), ConvolveOp.EDGE_NO_OP, null).filter(image, null);
    }

    private static BufferedImage noise(BufferedImage image, double sigma, FakeData data)
    {
        BufferedImage grainy = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int grain = (int) Math.round(data.gaussian() * sigma);
                grainy.setRGB(x, y, clamp(((rgb >> 16) & 0xff) + grain) << 16 | clamp(((rgb >> 8) & 0xff) + grain) << 8 | clamp((rgb & 0xff) + grain));
            }
        }
        return grainy;
    }

    static BufferedImage scale(BufferedImage image, double factor)
    {
        int width = (int) Math.round(image.getWidth() * factor);
        int height = (int) Math.round(image.getHeight() * factor);
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scaled.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.drawImage(image, 0, 0, width, height, null);
        }
        finally {
            graphics.dispose();
        }
        return scaled;
    }

    static BufferedImage jpeg(BufferedImage image, float quality)
    {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try (MemoryCacheImageOutputStream output = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(output);
                ImageWriteParam parameters = writer.getDefaultWriteParam();
                parameters.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                parameters.setCompressionQuality(quality);
                writer.write(null, new IIOImage(image, null, null), parameters);
            }
            finally {
                writer.dispose();
            }
            return ImageIO.read(new ByteArrayInputStream(bytes.toByteArray()));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int clamp(int value)
    {
        return Math.max(0, Math.min(255, value));
    }
}
