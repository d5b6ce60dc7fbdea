package io.certscan.adapter.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.nio.FloatBuffer;
import java.util.List;
import java.util.Map;

/** PaddleOCR's text direction classifier: is a line strip upside down? */
final class DirectionClassifier
{
    private static final int WIDTH = 192;
    private static final float CONFIDENT = 0.9f;

    private final OnnxModels models;
    private final int batchSize;

    DirectionClassifier(OnnxModels models, int batchSize)
    {
        this.models = models;
        this.batchSize = batchSize;
    }

    /** For each strip, the probability that it is upside down (0 when the model is not sure). */
    float[] upsideDown(List<Bgr> strips, Timings timings)
    {
        float[] flipped = new float[strips.size()];
        int lineSize = 3 * Crops.LINE_HEIGHT * WIDTH;
        for (int start = 0; start < strips.size(); start += batchSize) {
            int count = Math.min(batchSize, strips.size() - start);
            float[] input = new float[count * lineSize];
            for (int n = 0; n < count; n++) {
                Crops.writeLine(strips.get(start + n), WIDTH, input, n * lineSize, WIDTH);
            }
            long started = System.nanoTime();
            try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, FloatBuffer.wrap(input), new long[] {count, 3, Crops.LINE_HEIGHT, WIDTH});
                    OrtSession.Result result = models.direction.session().run(Map.of("x", tensor))) {
                FloatBuffer output = ((OnnxTensor) result.get(0)).getFloatBuffer();
                timings.inference(System.nanoTime() - started);
                for (int n = 0; n < count; n++) {
                    float upright = output.get(2 * n);
                    float upsideDown = output.get(2 * n + 1);
                    flipped[start + n] = upsideDown > upright && upsideDown > CONFIDENT ? upsideDown : 0;
                }
            }
            catch (OrtException e) {
                throw new CertscanException(ErrorCode.RECOGNIZE_ERROR, "text direction classification failed: " + e.getMessage(), e);
            }
        }
        return flipped;
    }
}
