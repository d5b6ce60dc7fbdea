package io.certscan.adapter.ocr;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Text recognition of line strips with a CRNN/SVTR model and CTC greedy decoding: strips of
 * similar width are batched (padded to the widest), each time step's best class kept, repeats
 * and blanks dropped; every kept character keeps its probability.
 */
final class LineReader
{
    /** PaddleOCR's minimum recognition width: 320 pixels for a 48-pixel line. */
    private static final int MIN_TENSOR_WIDTH = 320;

    private final OnnxModels models;
    private final OrtSession session;
    private final int batchSize;

    LineReader(OnnxModels models, OrtSession session, int batchSize)
    {
        this.models = models;
        this.session = session;
        this.batchSize = batchSize;
    }

    /**
     * @param characterCenters where each character was read, in strip pixels
     * @param stripWidth the width of the strip that was read
     */
    record Reading(String text, float[] characterScores, float[] characterCenters, int stripWidth)
    {
        float confidence()
        {
            if (characterScores.length == 0) {
                return 0;
            }
            float sum = 0;
            for (float score : characterScores) {
                sum += score;
            }
            return sum / characterScores.length;
        }

        float lowestScore()
        {
            float lowest = 1;
            for (float score : characterScores) {
                lowest = Math.min(lowest, score);
            }
            return lowest;
        }
    }

    Reading[] read(List<Bgr> strips, Timings timings)
    {
        Reading[] readings = new Reading[strips.size()];
        Integer[] order = new Integer[strips.size()];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingInt(i -> strips.get(i).width));
        for (int start = 0; start < order.length; start += batchSize) {
            int count = Math.min(batchSize, order.length - start);
            int tensorWidth = MIN_TENSOR_WIDTH;
            for (int n = 0; n < count; n++) {
                tensorWidth = Math.max(tensorWidth, strips.get(order[start + n]).width);
            }
            int lineSize = 3 * Crops.LINE_HEIGHT * tensorWidth;
            float[] input = new float[count * lineSize];
            for (int n = 0; n < count; n++) {
                Crops.writeLine(strips.get(order[start + n]), tensorWidth, input, n * lineSize, tensorWidth);
            }
            long started = System.nanoTime();
            try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, FloatBuffer.wrap(input), new long[] {count, 3, Crops.LINE_HEIGHT, tensorWidth});
                    OrtSession.Result result = session.run(Map.of("x", tensor))) {
                OnnxTensor output = (OnnxTensor) result.get(0);
                long[] shape = output.getInfo().getShape();
                int steps = (int) shape[1];
                int classes = (int) shape[2];
                if (classes != models.characters.size()) {
                    throw new CertscanException(ErrorCode.INTERNAL_ERROR,
                            "recognition model has %d classes but the dictionary %d".formatted(classes, models.characters.size()));
                }
                FloatBuffer probabilities = output.getFloatBuffer();
                timings.inference(System.nanoTime() - started);
                for (int n = 0; n < count; n++) {
                    Bgr strip = strips.get(order[start + n]);
                    readings[order[start + n]] = decode(probabilities, n * steps * classes, steps, classes, (float) tensorWidth / steps, strip.width);
                }
            }
            catch (OrtException e) {
                throw new CertscanException(ErrorCode.RECOGNIZE_ERROR, "text recognition failed: " + e.getMessage(), e);
            }
        }
        return readings;
    }

    /**
     * Greedy CTC decoding, then recovery of dropped characters: where a hole as wide as a
     * character separates two read characters (or a read character and an end of the strip),
     * the best non-blank class of the steps inside it is taken when it is likely enough. Such a
     * character keeps its low probability, so the line shows up as doubtful.
     */
    private Reading decode(FloatBuffer probabilities, int offset, int steps, int classes, float pixelsPerStep, int stripWidth)
    {
        int[] best = new int[steps];
        int[] runnerUp = new int[steps];
        float[] bestScore = new float[steps];
        float[] runnerUpScore = new float[steps];
        for (int step = 0; step < steps; step++) {
            int base = offset + step * classes;
            int first = 0;
            float firstScore = probabilities.get(base);
            int second = -1;
            float secondScore = 0;
            for (int c = 1; c < classes; c++) {
                float score = probabilities.get(base + c);
                if (score > firstScore) {
                    if (first != 0) {
                        second = first;
                        secondScore = firstScore;
                    }
                    first = c;
                    firstScore = score;
                }
                else if (score > secondScore) {
                    second = c;
                    secondScore = score;
                }
            }
            best[step] = first;
            bestScore[step] = firstScore;
            runnerUp[step] = second;
            runnerUpScore[step] = secondScore;
        }

        List<int[]> kept = new ArrayList<>();
        int previous = 0;
        for (int step = 0; step < steps; step++) {
            if (best[step] != 0 && best[step] != previous) {
                kept.add(new int[] {step, best[step], Float.floatToIntBits(bestScore[step])});
            }
            previous = best[step];
        }
        List<int[]> recovered = recoverDropped(kept, best, runnerUp, runnerUpScore, Math.min(steps, (int) Math.ceil(stripWidth / pixelsPerStep)), pixelsPerStep);

        StringBuilder text = new StringBuilder();
        float[] scores = new float[recovered.size()];
        float[] centers = new float[recovered.size()];
        for (int i = 0; i < recovered.size(); i++) {
            int[] character = recovered.get(i);
            text.append(models.characters.get(character[1]));
            scores[i] = Float.intBitsToFloat(character[2]);
            centers[i] = (character[0] + 0.5f) * pixelsPerStep;
        }
        return new Reading(text.toString(), scores, centers, stripWidth);
    }

    private static final float RECOVERY_THRESHOLD = 0.1f;

    private List<int[]> recoverDropped(List<int[]> kept, int[] best, int[] runnerUp, float[] runnerUpScore, int contentSteps, float pixelsPerStep)
    {
        // A Chinese character is about as wide as the glyphs are tall, some 70 % of the strip height.
        float characterSteps = 0.7f * Crops.LINE_HEIGHT / pixelsPerStep;
        List<int[]> result = new ArrayList<>();
        float holeStart = -characterSteps / 2;
        for (int i = 0; i <= kept.size(); i++) {
            float holeEnd = i < kept.size() ? kept.get(i)[0] : contentSteps + characterSteps / 2;
            if (holeEnd - holeStart >= 1.8f * characterSteps) {
                int from = (int) Math.ceil(holeStart + 0.6f * characterSteps);
                int to = (int) Math.floor(holeEnd - 0.6f * characterSteps);
                int lastTaken = -best.length;
                for (int step = Math.max(0, from); step <= Math.min(to, best.length - 1); step++) {
                    int candidate = best[step] == 0 ? runnerUp[step] : -1;
                    if (candidate <= 0 || runnerUpScore[step] < RECOVERY_THRESHOLD || models.characters.get(candidate).isBlank()
                            || step - lastTaken < characterSteps || !localMaximum(runnerUpScore, runnerUp, step, candidate)) {
                        continue;
                    }
                    result.add(new int[] {step, candidate, Float.floatToIntBits(runnerUpScore[step])});
                    lastTaken = step;
                }
            }
            if (i < kept.size()) {
                result.add(kept.get(i));
                holeStart = kept.get(i)[0];
            }
        }
        result.sort((first, second) -> Integer.compare(first[0], second[0]));
        return result;
    }

    private static boolean localMaximum(float[] scores, int[] classes, int step, int candidate)
    {
        for (int neighbour = Math.max(0, step - 1); neighbour <= Math.min(scores.length - 1, step + 1); neighbour++) {
            if (neighbour != step && classes[neighbour] == candidate && scores[neighbour] > scores[step]) {
                return false;
            }
        }
        return true;
    }
}
