package io.certscan.adapter.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class GeometryTest
{
    @Test
    void minimumAreaRectangleOfATurnedRectangleIsThatRectangle()
    {
        double angle = Math.toRadians(20);
        float[] points = new float[2 * 400];
        int count = 0;
        for (int u = 0; u < 40; u++) {
            for (int v = 0; v < 10; v++) {
                points[2 * count] = (float) (100 + u * 5 * Math.cos(angle) - v * 2 * Math.sin(angle));
                points[2 * count + 1] = (float) (50 + u * 5 * Math.sin(angle) + v * 2 * Math.cos(angle));
                count++;
            }
        }

        Quad box = MinAreaRectangle.around(points, count);

        assertThat(box.width()).isCloseTo(195f, within(0.5f));
        assertThat(box.height()).isCloseTo(18f, within(0.5f));
        assertThat(box.xs()[0]).isLessThan(box.xs()[1]);
        assertThat(box.ys()[0]).isLessThan(box.ys()[3]);
    }

    @Test
    void convexHullDropsInnerPoints()
    {
        float[] points = {0, 0, 10, 0, 10, 10, 0, 10, 5, 5, 3, 7};

        assertThat(MinAreaRectangle.convexHull(points, 6)).hasSize(8);
    }

    @Test
    void dbPostProcessingFindsEachTextRegionGrownAndRescaled()
    {
        int width = 200;
        int height = 100;
        float[] map = new float[width * height];
        fill(map, width, 20, 20, 120, 40, 0.9f);
        fill(map, width, 30, 60, 90, 75, 0.8f);
        fill(map, width, 150, 60, 152, 62, 0.9f);

        var detections = new DbPostProcessor(0.3, 0.6, 1.6).boxes(map, width, height, 2f, 2f, 400, 200);

        assertThat(detections).hasSize(2);
        Quad first = detections.stream().filter(detection -> detection.box().top() < 60).findFirst().orElseThrow().box();
        // Pixel centres span 99 × 19; grown by area × 1.6 / perimeter = 12.75 on each side, then doubled.
        float grow = 99f * 19 * 1.6f / (2 * (99 + 19));
        assertThat(first.left()).isCloseTo(2 * (20 - grow), within(0.1f));
        assertThat(first.top()).isCloseTo(2 * (20 - grow), within(0.1f));
        assertThat(first.width()).isCloseTo(2 * (99 + 2 * grow), within(0.1f));
        assertThat(first.height()).isCloseTo(2 * (19 + 2 * grow), within(0.1f));
    }

    @Test
    void homographyMapsTheCornersOfTheStripOntoTheBox()
    {
        Quad quad = new Quad(new float[] {10, 110, 120, 5}, new float[] {20, 25, 65, 60});

        double[] h = Crops.homography(200, 48, quad);

        double[][] corners = {{0, 0}, {200, 0}, {200, 48}, {0, 48}};
        for (int i = 0; i < 4; i++) {
            double w = h[6] * corners[i][0] + h[7] * corners[i][1] + 1;
            assertThat((h[0] * corners[i][0] + h[1] * corners[i][1] + h[2]) / w).isCloseTo(quad.xs()[i], within(1e-6));
            assertThat((h[3] * corners[i][0] + h[4] * corners[i][1] + h[5]) / w).isCloseTo(quad.ys()[i], within(1e-6));
        }
    }

    @Test
    void detectionResizeMatchesBilinearSamplingWithImageNetNormalisation()
    {
        java.util.Random random = new java.util.Random(1);
        byte[] pixels = new byte[37 * 23 * 3];
        random.nextBytes(pixels);
        Bgr page = new Bgr(37, 23, pixels);
        float[] mean = {0.485f, 0.456f, 0.406f};
        float[] std = {0.229f, 0.224f, 0.225f};

        float[] tensor = TextDetector.normalizedResize(page, 64, 32);

        for (int y = 0; y < 32; y += 3) {
            for (int x = 0; x < 64; x += 5) {
                for (int c = 0; c < 3; c++) {
                    float expected = (bilinear(page, (x + 0.5f) * 37 / 64 - 0.5f, (y + 0.5f) * 23 / 32 - 0.5f, c) / 255f - mean[c]) / std[c];
                    assertThat(tensor[c * 64 * 32 + y * 64 + x]).isCloseTo(expected, within(1e-3f));
                }
            }
        }
    }

    @Test
    void samplingAllChannelsAtOnceIsBilinearWithEdgesReplicated()
    {
        java.util.Random random = new java.util.Random(2);
        byte[] pixels = new byte[9 * 7 * 3];
        random.nextBytes(pixels);
        Bgr picture = new Bgr(9, 7, pixels);
        byte[] out = new byte[3];

        for (float y = -1; y < 8; y += 0.7f) {
            for (float x = -1; x < 10; x += 0.9f) {
                picture.sampleInto(x, y, out, 0);
                for (int c = 0; c < 3; c++) {
                    assertThat(out[c] & 0xff).isCloseTo(Math.round(bilinear(picture, x, y, c)), within(1));
                }
            }
        }
    }

    @Test
    void stripsArePaddedToAWidthOfTheirOwn()
    {
        assertThat(LineReader.paddedWidth(40)).isEqualTo(96);
        assertThat(LineReader.paddedWidth(97)).isEqualTo(128);
        assertThat(LineReader.paddedWidth(640)).isEqualTo(640);
        assertThat(LineReader.paddedWidth(2100)).isEqualTo(2560);
    }

    @Test
    void confusableRadicalBecomesTheEnumerationComma()
    {
        assertThat(OnnxTextRecognizer.withoutConfusables("中成药丶化学药")).isEqualTo("中成药、化学药");
        assertThat(OnnxTextRecognizer.withoutConfusables("张敞")).isEqualTo("张敞");
    }

    /** Reference bilinear sampling, one channel, coordinates clamped to the picture. */
    private static float bilinear(Bgr picture, float x, float y, int channel)
    {
        float cx = Math.max(0, Math.min(picture.width - 1, x));
        float cy = Math.max(0, Math.min(picture.height - 1, y));
        int x0 = (int) cx;
        int y0 = (int) cy;
        int x1 = Math.min(x0 + 1, picture.width - 1);
        int y1 = Math.min(y0 + 1, picture.height - 1);
        float fx = cx - x0;
        float fy = cy - y0;
        float top = picture.value(x0, y0, channel) * (1 - fx) + picture.value(x1, y0, channel) * fx;
        float bottom = picture.value(x0, y1, channel) * (1 - fx) + picture.value(x1, y1, channel) * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private static void fill(float[] map, int width, int left, int top, int right, int bottom, float value)
    {
        for (int y = top; y < bottom; y++) {
            for (int x = left; x < right; x++) {
                map[y * width + x] = value;
            }
        }
    }
}
