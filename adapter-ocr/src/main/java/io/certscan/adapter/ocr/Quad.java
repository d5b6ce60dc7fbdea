package io.certscan.adapter.ocr;

/**
 * A detected box in the engine's own float coordinates: corners clockwise from the top-left as
 * read (x0,y0 top-left, x1,y1 top-right, x2,y2 bottom-right, x3,y3 bottom-left).
 */
record Quad(float[] xs, float[] ys)
{
    Quad
    {
        if (xs.length != 4 || ys.length != 4) {
            throw new IllegalArgumentException("a quad has four corners");
        }
    }

    float width()
    {
        return (float) Math.max(Math.hypot(xs[1] - xs[0], ys[1] - ys[0]), Math.hypot(xs[2] - xs[3], ys[2] - ys[3]));
    }

    float height()
    {
        return (float) Math.max(Math.hypot(xs[3] - xs[0], ys[3] - ys[0]), Math.hypot(xs[2] - xs[1], ys[2] - ys[1]));
    }

    float top()
    {
        return Math.min(Math.min(ys[0], ys[1]), Math.min(ys[2], ys[3]));
    }

    float left()
    {
        return Math.min(Math.min(xs[0], xs[1]), Math.min(xs[2], xs[3]));
    }

    /** The same box, corners renamed a quarter turn: its right edge becomes its top (for vertical lines). */
    Quad turnedCounterClockwise()
    {
        return new Quad(new float[] {xs[1], xs[2], xs[3], xs[0]}, new float[] {ys[1], ys[2], ys[3], ys[0]});
    }

    Quad turnedHalf()
    {
        return new Quad(new float[] {xs[2], xs[3], xs[0], xs[1]}, new float[] {ys[2], ys[3], ys[0], ys[1]});
    }

    /** The box lengthened by {@code margin} at both ends of its reading direction. */
    Quad lengthened(float margin)
    {
        float length = Math.max(1e-3f, (float) Math.hypot(xs[1] - xs[0], ys[1] - ys[0]));
        float ux = (xs[1] - xs[0]) / length * margin;
        float uy = (ys[1] - ys[0]) / length * margin;
        return new Quad(new float[] {xs[0] - ux, xs[1] + ux, xs[2] + ux, xs[3] - ux}, new float[] {ys[0] - uy, ys[1] + uy, ys[2] + uy, ys[3] - uy});
    }

    Quad scaled(float scaleX, float scaleY)
    {
        float[] newXs = new float[4];
        float[] newYs = new float[4];
        for (int i = 0; i < 4; i++) {
            newXs[i] = xs[i] * scaleX;
            newYs[i] = ys[i] * scaleY;
        }
        return new Quad(newXs, newYs);
    }

    Quad clipped(float maxX, float maxY)
    {
        float[] newXs = new float[4];
        float[] newYs = new float[4];
        for (int i = 0; i < 4; i++) {
            newXs[i] = Math.max(0, Math.min(maxX, xs[i]));
            newYs[i] = Math.max(0, Math.min(maxY, ys[i]));
        }
        return new Quad(newXs, newYs);
    }
}
