package io.certscan.adapter.ocr;

import java.util.Arrays;

/**
 * The smallest rectangle, at any angle, around a set of points: convex hull (monotone chain), then
 * the rotating-calipers observation that the best rectangle has a side on a hull edge.
 */
final class MinAreaRectangle
{
    private MinAreaRectangle() {}

    /**
     * @param points x0, y0, x1, y1, … (at least one point)
     * @return the four corners ordered as a {@link Quad} (top-left first, clockwise)
     */
    static Quad around(float[] points, int count)
    {
        float[] hull = convexHull(points, count);
        int hullSize = hull.length / 2;
        if (hullSize == 1) {
            return ordered(new float[] {hull[0], hull[0], hull[0], hull[0]}, new float[] {hull[1], hull[1], hull[1], hull[1]});
        }
        double bestArea = Double.MAX_VALUE;
        float[] bestXs = null;
        float[] bestYs = null;
        for (int i = 0; i < hullSize; i++) {
            int j = (i + 1) % hullSize;
            double edgeX = hull[2 * j] - hull[2 * i];
            double edgeY = hull[2 * j + 1] - hull[2 * i + 1];
            double length = Math.hypot(edgeX, edgeY);
            if (length == 0) {
                continue;
            }
            double ux = edgeX / length;
            double uy = edgeY / length;
            double minU = Double.MAX_VALUE;
            double maxU = -Double.MAX_VALUE;
            double minV = Double.MAX_VALUE;
            double maxV = -Double.MAX_VALUE;
            for (int k = 0; k < hullSize; k++) {
                double px = hull[2 * k];
                double py = hull[2 * k + 1];
                double u = px * ux + py * uy;
                double v = -px * uy + py * ux;
                minU = Math.min(minU, u);
                maxU = Math.max(maxU, u);
                minV = Math.min(minV, v);
                maxV = Math.max(maxV, v);
            }
            double area = (maxU - minU) * (maxV - minV);
            if (area < bestArea) {
                bestArea = area;
                double[][] corners = {{minU, minV}, {maxU, minV}, {maxU, maxV}, {minU, maxV}};
                bestXs = new float[4];
                bestYs = new float[4];
                for (int c = 0; c < 4; c++) {
                    bestXs[c] = (float) (corners[c][0] * ux - corners[c][1] * uy);
                    bestYs[c] = (float) (corners[c][0] * uy + corners[c][1] * ux);
                }
            }
        }
        return ordered(bestXs, bestYs);
    }

    /**
     * PaddleOCR's corner order: of the two leftmost corners the upper is top-left and the lower
     * bottom-left; of the two rightmost the upper is top-right and the lower bottom-right.
     */
    static Quad ordered(float[] xs, float[] ys)
    {
        Integer[] byX = {0, 1, 2, 3};
        Arrays.sort(byX, (a, b) -> Float.compare(xs[a], xs[b]));
        int topLeft = ys[byX[0]] <= ys[byX[1]] ? byX[0] : byX[1];
        int bottomLeft = topLeft == byX[0] ? byX[1] : byX[0];
        int topRight = ys[byX[2]] <= ys[byX[3]] ? byX[2] : byX[3];
        int bottomRight = topRight == byX[2] ? byX[3] : byX[2];
        return new Quad(
                new float[] {xs[topLeft], xs[topRight], xs[bottomRight], xs[bottomLeft]},
                new float[] {ys[topLeft], ys[topRight], ys[bottomRight], ys[bottomLeft]});
    }

    /** Andrew's monotone chain; returns hull points counter-clockwise as x0, y0, x1, y1, …. */
    static float[] convexHull(float[] points, int count)
    {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> points[2 * a] != points[2 * b] ? Float.compare(points[2 * a], points[2 * b]) : Float.compare(points[2 * a + 1], points[2 * b + 1]));
        int[] hull = new int[2 * count + 1];
        int size = 0;
        for (int pass = 0; pass < 2; pass++) {
            int start = size;
            for (int n = 0; n < count; n++) {
                int index = order[pass == 0 ? n : count - 1 - n];
                while (size >= start + 2 && cross(points, hull[size - 2], hull[size - 1], index) <= 0) {
                    size--;
                }
                hull[size++] = index;
            }
            size--;
        }
        if (size < 1) {
            size = 1;
        }
        float[] result = new float[2 * size];
        for (int i = 0; i < size; i++) {
            result[2 * i] = points[2 * hull[i]];
            result[2 * i + 1] = points[2 * hull[i] + 1];
        }
        return result;
    }

    private static double cross(float[] points, int o, int a, int b)
    {
        return (double) (points[2 * a] - points[2 * o]) * (points[2 * b + 1] - points[2 * o + 1])
                - (double) (points[2 * a + 1] - points[2 * o + 1]) * (points[2 * b] - points[2 * o]);
    }
}
