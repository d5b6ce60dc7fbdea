package io.certscan.adapter.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns the detector's probability map into text boxes (the post-processing of "Real-time Scene
 * Text Detection with Differentiable Binarization"): threshold the map, take each connected region,
 * fit its minimum-area rectangle, keep it if the mean probability inside is high enough, grow it by
 * the unclip distance (area × ratio / perimeter) and rescale it to the picture.
 */
final class DbPostProcessor
{
    private static final int MAX_CANDIDATES = 1000;
    private static final float MIN_SIDE = 3;

    private final float pixelThreshold;
    private final float boxThreshold;
    private final float unclipRatio;

    DbPostProcessor(double pixelThreshold, double boxThreshold, double unclipRatio)
    {
        this.pixelThreshold = (float) pixelThreshold;
        this.boxThreshold = (float) boxThreshold;
        this.unclipRatio = (float) unclipRatio;
    }

    record Detection(Quad box, float score) {}

    /**
     * @param probabilities row-major map of {@code mapWidth} × {@code mapHeight}
     * @param scaleX picture width / map width
     * @param scaleY picture height / map height
     */
    List<Detection> boxes(float[] probabilities, int mapWidth, int mapHeight, float scaleX, float scaleY, int pictureWidth, int pictureHeight)
    {
        int[] labels = new int[mapWidth * mapHeight];
        int[] stack = new int[mapWidth * mapHeight];
        // Per component: for each row it touches, the leftmost and rightmost pixel are enough for the hull.
        int[] rowMin = new int[mapHeight];
        int[] rowMax = new int[mapHeight];
        java.util.Arrays.fill(rowMin, Integer.MAX_VALUE);
        java.util.Arrays.fill(rowMax, -1);
        List<Detection> detections = new ArrayList<>();
        int nextLabel = 0;
        for (int start = 0; start < labels.length && nextLabel < MAX_CANDIDATES; start++) {
            if (labels[start] != 0 || probabilities[start] <= pixelThreshold) {
                continue;
            }
            nextLabel++;
            int top = mapHeight;
            int bottom = -1;
            int size = 0;
            stack[size++] = start;
            labels[start] = nextLabel;
            while (size > 0) {
                int pixel = stack[--size];
                int x = pixel % mapWidth;
                int y = pixel / mapWidth;
                top = Math.min(top, y);
                bottom = Math.max(bottom, y);
                rowMin[y] = Math.min(rowMin[y], x);
                rowMax[y] = Math.max(rowMax[y], x);
                for (int dy = -1; dy <= 1; dy++) {
                    int ny = y + dy;
                    if (ny < 0 || ny >= mapHeight) {
                        continue;
                    }
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        if (nx < 0 || nx >= mapWidth || (dx == 0 && dy == 0)) {
                            continue;
                        }
                        int neighbour = ny * mapWidth + nx;
                        if (labels[neighbour] == 0 && probabilities[neighbour] > pixelThreshold) {
                            labels[neighbour] = nextLabel;
                            stack[size++] = neighbour;
                        }
                    }
                }
            }
            float[] points = new float[4 * (bottom - top + 1)];
            int count = 0;
            for (int row = top; row <= bottom; row++) {
                if (rowMax[row] < 0) {
                    continue;
                }
                points[2 * count] = rowMin[row];
                points[2 * count + 1] = row;
                count++;
                if (rowMax[row] != rowMin[row]) {
                    points[2 * count] = rowMax[row];
                    points[2 * count + 1] = row;
                    count++;
                }
                rowMin[row] = Integer.MAX_VALUE;
                rowMax[row] = -1;
            }
            Quad core = MinAreaRectangle.around(points, count);
            if (Math.min(core.width(), core.height()) < MIN_SIDE) {
                continue;
            }
            float score = meanInside(probabilities, mapWidth, mapHeight, core);
            if (score < boxThreshold) {
                continue;
            }
            Quad grown = unclip(core);
            if (Math.min(grown.width(), grown.height()) < MIN_SIDE + 2) {
                continue;
            }
            Quad box = grown.scaled(scaleX, scaleY).clipped(pictureWidth - 1, pictureHeight - 1);
            if (box.width() <= 3 || box.height() <= 3) {
                continue;
            }
            detections.add(new Detection(box, score));
        }
        return detections;
    }

    /** Grows a rectangle by area × ratio / perimeter on every side, as polygon offsetting does for a rectangle. */
    Quad unclip(Quad rectangle)
    {
        float width = rectangle.width();
        float height = rectangle.height();
        float distance = width * height * unclipRatio / (2 * (width + height));
        float[] xs = rectangle.xs();
        float[] ys = rectangle.ys();
        // Unit vectors along the top edge and down the left edge.
        double ux = (xs[1] - xs[0]) / Math.max(width, 1e-6f);
        double uy = (ys[1] - ys[0]) / Math.max(width, 1e-6f);
        double vx = -uy;
        double vy = ux;
        float[] signsU = {-1, 1, 1, -1};
        float[] signsV = {-1, -1, 1, 1};
        float[] newXs = new float[4];
        float[] newYs = new float[4];
        for (int i = 0; i < 4; i++) {
            newXs[i] = (float) (xs[i] + distance * (signsU[i] * ux + signsV[i] * vx));
            newYs[i] = (float) (ys[i] + distance * (signsU[i] * uy + signsV[i] * vy));
        }
        return MinAreaRectangle.ordered(newXs, newYs);
    }

    /** Mean probability of the map pixels inside the box. */
    static float meanInside(float[] probabilities, int mapWidth, int mapHeight, Quad box)
    {
        int left = Math.max(0, (int) Math.floor(box.left()));
        int top = Math.max(0, (int) Math.floor(box.top()));
        int right = Math.min(mapWidth - 1, (int) Math.ceil(Math.max(Math.max(box.xs()[0], box.xs()[1]), Math.max(box.xs()[2], box.xs()[3]))));
        int bottom = Math.min(mapHeight - 1, (int) Math.ceil(Math.max(Math.max(box.ys()[0], box.ys()[1]), Math.max(box.ys()[2], box.ys()[3]))));
        double sum = 0;
        int count = 0;
        for (int y = top; y <= bottom; y++) {
            for (int x = left; x <= right; x++) {
                if (inside(box, x, y)) {
                    sum += probabilities[y * mapWidth + x];
                    count++;
                }
            }
        }
        return count == 0 ? 0 : (float) (sum / count);
    }

    /** Inside a convex quadrilateral, edges included (corners in either winding). */
    static boolean inside(Quad box, float x, float y)
    {
        float[] xs = box.xs();
        float[] ys = box.ys();
        boolean positive = false;
        boolean negative = false;
        for (int i = 0; i < 4; i++) {
            int j = (i + 1) % 4;
            float cross = (xs[j] - xs[i]) * (y - ys[i]) - (ys[j] - ys[i]) * (x - xs[i]);
            if (cross > 1e-3f) {
                positive = true;
            }
            else if (cross < -1e-3f) {
                negative = true;
            }
        }
        return !(positive && negative);
    }
}
