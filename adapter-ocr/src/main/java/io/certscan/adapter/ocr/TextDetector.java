package io.certscan.adapter.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/** PP-OCRv4 text detection: resize to multiples of 32, ImageNet normalisation of BGR, DB post-processing. */
final class TextDetector
{
    private static final float[] MEAN = {0.485f, 0.456f, 0.406f};
    private static final float[] STD = {0.229f, 0.224f, 0.225f};

    private final OnnxModels models;
    private final int maxSideLength;
    private final float maxUpscale;
    private final DbPostProcessor postProcessor;

    TextDetector(OnnxModels models, OcrConfig config)
    {
        this.models = models;
        this.maxSideLength = config.maxSideLength();
        this.maxUpscale = (float) config.maxUpscale();
        this.postProcessor = new DbPostProcessor(config.pixelThreshold(), config.boxThreshold(), config.unclipRatio());
    }

    /**
     * Bilinear resize straight into the normalised planar tensor. The source columns and weights of
     * every output column are computed once, not per pixel and channel: this loop runs over
     * hundreds of thousands of pixels per picture.
     */
    static float[] normalizedResize(Bgr page, int width, int height)
    {
        float scaleX = (float) page.width / width;
        float scaleY = (float) page.height / height;
        int[] left = new int[width];
        int[] right = new int[width];
        float[] rightWeight = new float[width];
        for (int x = 0; x < width; x++) {
            float source = Math.max(0, Math.min(page.width - 1, (x + 0.5f) * scaleX - 0.5f));
            left[x] = (int) source;
            right[x] = Math.min(left[x] + 1, page.width - 1);
            rightWeight[x] = source - left[x];
        }
        float[] scale = new float[3];
        float[] offset = new float[3];
        for (int c = 0; c < 3; c++) {
            scale[c] = 1f / (255f * STD[c]);
            offset[c] = -MEAN[c] / STD[c];
        }
        float[] input = new float[3 * width * height];
        int plane = width * height;
        byte[] pixels = page.pixels;
        for (int y = 0; y < height; y++) {
            float sourceY = Math.max(0, Math.min(page.height - 1, (y + 0.5f) * scaleY - 0.5f));
            int top = (int) sourceY;
            int bottom = Math.min(top + 1, page.height - 1);
            float bottomWeight = sourceY - top;
            int topRow = top * page.width * 3;
            int bottomRow = bottom * page.width * 3;
            int outputRow = y * width;
            for (int x = 0; x < width; x++) {
                int l = left[x] * 3;
                int r = right[x] * 3;
                float wr = rightWeight[x];
                for (int c = 0; c < 3; c++) {
                    float upper = (pixels[topRow + l + c] & 0xff) * (1 - wr) + (pixels[topRow + r + c] & 0xff) * wr;
                    float lower = (pixels[bottomRow + l + c] & 0xff) * (1 - wr) + (pixels[bottomRow + r + c] & 0xff) * wr;
                    input[c * plane + outputRow + x] = (upper + (lower - upper) * bottomWeight) * scale[c] + offset[c];
                }
            }
        }
        return input;
    }

    /** The scale detection first looks at a page with: large pictures shrink to max-side-length, small ones grow towards it within max-upscale. */
    float ratio(Bgr page)
    {
        return Math.min(maxUpscale, (float) maxSideLength / Math.max(page.width, page.height));
    }

    List<DbPostProcessor.Detection> detect(Bgr page, Timings timings)
    {
        return detect(page, timings, ratio(page));
    }

    List<DbPostProcessor.Detection> detect(Bgr page, Timings timings, float ratio)
    {
        int width = Math.max(32, Math.round(page.width * ratio / 32) * 32);
        int height = Math.max(32, Math.round(page.height * ratio / 32) * 32);
        float[] input = normalizedResize(page, width, height);
        float scaleX = (float) page.width / width;
        float scaleY = (float) page.height / height;
        float[] probabilities;
        long started = System.nanoTime();
        try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, FloatBuffer.wrap(input), new long[] {1, 3, height, width});
                OrtSession.Result result = models.detection.session().run(Map.of("x", tensor))) {
            FloatBuffer output = ((OnnxTensor) result.get(0)).getFloatBuffer();
            probabilities = new float[output.remaining()];
            output.get(probabilities);
        }
        catch (OrtException e) {
            throw new CertscanException(ErrorCode.DETECT_ERROR, "text detection failed: " + e.getMessage(), e);
        }
        timings.inference(System.nanoTime() - started);
        return postProcessor.boxes(probabilities, width, height, scaleX, scaleY, page.width, page.height);
    }
}
