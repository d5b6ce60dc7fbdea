package io.certscan.adapter.ocr;

/** Perspective crops of text boxes and the float tensors the models take. */
final class Crops
{
    static final int LINE_HEIGHT = 48;
    private static final int MAX_LINE_WIDTH = LINE_HEIGHT * 50;

    private Crops() {}

    /**
     * The box straightened into a horizontal strip {@value #LINE_HEIGHT} pixels high, its width
     * keeping the box's proportions. Tall boxes (vertical writing, or a line on a turned page)
     * are read with their right edge as top, as PaddleOCR does.
     */
    static Bgr line(Bgr page, Quad box)
    {
        Quad oriented = box.height() >= 1.5f * box.width() ? box.turnedCounterClockwise() : box;
        int width = Math.round(LINE_HEIGHT * oriented.width() / Math.max(1f, oriented.height()));
        return warp(page, oriented, Math.max(8, Math.min(MAX_LINE_WIDTH, width)), LINE_HEIGHT);
    }

    /** Samples the quadrilateral into a width × height picture through the homography between them. */
    static Bgr warp(Bgr source, Quad quad, int width, int height)
    {
        double[] h = homography(width, height, quad);
        byte[] out = new byte[width * height * 3];
        for (int v = 0; v < height; v++) {
            double cv = v + 0.5;
            for (int u = 0; u < width; u++) {
                double cu = u + 0.5;
                double w = h[6] * cu + h[7] * cv + 1;
                float x = (float) ((h[0] * cu + h[1] * cv + h[2]) / w) - 0.5f;
                float y = (float) ((h[3] * cu + h[4] * cv + h[5]) / w) - 0.5f;
                source.sampleInto(x, y, out, (v * width + u) * 3);
            }
        }
        return new Bgr(width, height, out);
    }

    /** Maps (0,0), (w,0), (w,h), (0,h) to the quad's corners: the eight unknowns of a projective transform. */
    static double[] homography(int width, int height, Quad quad)
    {
        double[][] from = {{0, 0}, {width, 0}, {width, height}, {0, height}};
        double[][] a = new double[8][9];
        for (int i = 0; i < 4; i++) {
            double u = from[i][0];
            double v = from[i][1];
            double x = quad.xs()[i];
            double y = quad.ys()[i];
            a[2 * i] = new double[] {u, v, 1, 0, 0, 0, -u * x, -v * x, x};
            a[2 * i + 1] = new double[] {0, 0, 0, u, v, 1, -u * y, -v * y, y};
        }
        for (int column = 0; column < 8; column++) {
            int pivot = column;
            for (int row = column + 1; row < 8; row++) {
                if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
                    pivot = row;
                }
            }
            double[] swap = a[column];
            a[column] = a[pivot];
            a[pivot] = swap;
            if (Math.abs(a[column][column]) < 1e-12) {
                // A degenerate box (all corners on a line): fall back to an axis-aligned mapping.
                return new double[] {quad.width() / Math.max(1, width), 0, quad.left(), 0, quad.height() / Math.max(1, height), quad.top(), 0, 0};
            }
            for (int row = 0; row < 8; row++) {
                if (row != column) {
                    double factor = a[row][column] / a[column][column];
                    for (int k = column; k < 9; k++) {
                        a[row][k] -= factor * a[column][k];
                    }
                }
            }
        }
        double[] solution = new double[8];
        for (int i = 0; i < 8; i++) {
            solution[i] = a[i][8] / a[i][i];
        }
        return solution;
    }

    /**
     * Writes the strip, squeezed to at most {@code maxWidth} wide, into a [3, 48, tensorWidth]
     * slice of {@code tensor} at {@code offset}, normalised to [-1, 1]; the rest stays 0 (padding).
     */
    static void writeLine(Bgr strip, int maxWidth, float[] tensor, int offset, int tensorWidth)
    {
        int width = Math.min(maxWidth, strip.width);
        float scale = (float) strip.width / width;
        int plane = LINE_HEIGHT * tensorWidth;
        byte[] squeezed = new byte[3];
        for (int y = 0; y < LINE_HEIGHT; y++) {
            for (int x = 0; x < width; x++) {
                if (width != strip.width) {
                    strip.sampleInto((x + 0.5f) * scale - 0.5f, y, squeezed, 0);
                }
                for (int c = 0; c < 3; c++) {
                    int value = width == strip.width ? strip.value(x, y, c) : squeezed[c] & 0xff;
                    tensor[offset + c * plane + y * tensorWidth + x] = value / 127.5f - 1f;
                }
            }
        }
    }
}
