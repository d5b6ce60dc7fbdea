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
    private final DbPostProcessor postProcessor;

    TextDetector(OnnxModels models, OcrConfig config)
    {
        this.models = models;
        this.maxSideLength = config.maxSideLength();
        this.postProcessor = new DbPostProcessor(config.pixelThreshold(), config.boxThreshold(), config.unclipRatio());
    }

    List<DbPostProcessor.Detection> detect(Bgr page, Timings timings)
    {
        float ratio = Math.max(page.width, page.height) > maxSideLength ? (float) maxSideLength / Math.max(page.width, page.height) : 1f;
        int width = Math.max(32, Math.round(page.width * ratio / 32) * 32);
        int height = Math.max(32, Math.round(page.height * ratio / 32) * 32);
        float[] input = new float[3 * width * height];
        float scaleX = (float) page.width / width;
        float scaleY = (float) page.height / height;
        int plane = width * height;
        for (int y = 0; y < height; y++) {
            float sourceY = (y + 0.5f) * scaleY - 0.5f;
            for (int x = 0; x < width; x++) {
                float sourceX = (x + 0.5f) * scaleX - 0.5f;
                for (int c = 0; c < 3; c++) {
                    input[c * plane + y * width + x] = (page.sample(sourceX, sourceY, c) / 255f - MEAN[c]) / STD[c];
                }
            }
        }
        float[] probabilities;
        long started = System.nanoTime();
        try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, FloatBuffer.wrap(input), new long[] {1, 3, height, width});
                OrtSession.Result result = models.detection.run(Map.of("x", tensor))) {
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
