package io.certscan.adapter.ocr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/**
 * A picture as packed blue-green-red bytes, the layout the PaddleOCR models were trained on;
 * all pixel work of the engine happens on this.
 */
final class Bgr
{
    final int width;
    final int height;
    final byte[] pixels;

    Bgr(int width, int height, byte[] pixels)
    {
        if (pixels.length != width * height * 3) {
            throw new IllegalArgumentException("expected " + width * height * 3 + " bytes, got " + pixels.length);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    static Bgr of(BufferedImage image)
    {
        BufferedImage bgr = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            bgr = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D graphics = bgr.createGraphics();
            try {
                // Transparent pixels become white, as on paper.
                graphics.setColor(java.awt.Color.WHITE);
                graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
                graphics.drawImage(image, 0, 0, null);
            }
            finally {
                graphics.dispose();
            }
        }
        byte[] data = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        if (data.length == image.getWidth() * image.getHeight() * 3) {
            return new Bgr(image.getWidth(), image.getHeight(), bgr == image ? data.clone() : data);
        }
        // A sub-image shares a larger raster: copy row by row.
        byte[] copy = new byte[image.getWidth() * image.getHeight() * 3];
        bgr.getRaster().getDataElements(0, 0, image.getWidth(), image.getHeight(), copy);
        return new Bgr(image.getWidth(), image.getHeight(), copy);
    }

    /** Turned clockwise by quarter turns (1 = 90°, 2 = 180°, 3 = 270°). */
    Bgr rotatedClockwise(int quarterTurns)
    {
        int turns = Math.floorMod(quarterTurns, 4);
        if (turns == 0) {
            return this;
        }
        int newWidth = turns == 2 ? width : height;
        int newHeight = turns == 2 ? height : width;
        byte[] rotated = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int newX;
                int newY;
                switch (turns) {
                    case 1 -> {
                        newX = height - 1 - y;
                        newY = x;
                    }
                    case 2 -> {
                        newX = width - 1 - x;
                        newY = height - 1 - y;
                    }
                    default -> {
                        newX = y;
                        newY = width - 1 - x;
                    }
                }
                int from = (y * width + x) * 3;
                int to = (newY * newWidth + newX) * 3;
                rotated[to] = pixels[from];
                rotated[to + 1] = pixels[from + 1];
                rotated[to + 2] = pixels[from + 2];
            }
        }
        return new Bgr(newWidth, newHeight, rotated);
    }

    /** All three channels at (x, y), sampled bilinearly with edges replicated, written to {@code out} at {@code offset}. */
    void sampleInto(float x, float y, byte[] out, int offset)
    {
        float clampedX = Math.max(0, Math.min(width - 1, x));
        float clampedY = Math.max(0, Math.min(height - 1, y));
        int x0 = (int) clampedX;
        int y0 = (int) clampedY;
        int x1 = Math.min(x0 + 1, width - 1);
        int y1 = Math.min(y0 + 1, height - 1);
        float fx = clampedX - x0;
        float fy = clampedY - y0;
        int topLeft = (y0 * width + x0) * 3;
        int topRight = (y0 * width + x1) * 3;
        int bottomLeft = (y1 * width + x0) * 3;
        int bottomRight = (y1 * width + x1) * 3;
        for (int c = 0; c < 3; c++) {
            float top = (pixels[topLeft + c] & 0xff) * (1 - fx) + (pixels[topRight + c] & 0xff) * fx;
            float bottom = (pixels[bottomLeft + c] & 0xff) * (1 - fx) + (pixels[bottomRight + c] & 0xff) * fx;
            out[offset + c] = (byte) Math.round(top + (bottom - top) * fy);
        }
    }

    int value(int x, int y, int channel)
    {
        return pixels[(y * width + x) * 3 + channel] & 0xff;
    }

    BufferedImage toBufferedImage()
    {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        image.getRaster().setDataElements(0, 0, width, height, pixels);
        return image;
    }
}
