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
    /** Tensor widths strips are padded to: about a quarter apart, then every 512 pixels. */
    private static final int[] PADDED_WIDTHS = {96, 128, 160, 192, 224, 256, 320, 384, 448, 512, 640, 768, 896, 1024, 1280, 1536, 2048};

    static int paddedWidth(int stripWidth)
    {
        for (int width : PADDED_WIDTHS) {
            if (stripWidth <= width) {
                return width;
            }
        }
        return (stripWidth + 511) / 512 * 512;
    }

    private final OnnxModels models;
    private final OnnxModels.Model model;
    private final int batchSize;

    LineReader(OnnxModels models, OnnxModels.Model model, int batchSize)
    {
        this.models = models;
        this.model = model;
        this.batchSize = batchSize;
    }

    /**
     * @param characterCenters where each character was read, in strip pixels
     * @param stripWidth the width of the strip that was read
     */
    record Reading(String text, float[] characterScores, float[] characterCenters, int stripWidth, int[][] candidates, float[][] candidateScores)
    {
        /**
         * True when a gap as wide as a Chinese character lies between two read characters or
         * between one and an end of the strip: a character may have been dropped there.
         */
        boolean hasCharacterSizedHole()
        {
            float character = 0.7f * Crops.LINE_HEIGHT;
            float previous = 0;
            for (int i = 0; i < characterCenters.length; i++) {
                float limit = i == 0 ? 1.3f * character : 1.9f * character;
                if (characterCenters[i] - previous > limit) {
                    return true;
                }
                previous = characterCenters[i];
            }
            return stripWidth - previous > 1.3f * character;
        }

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
        int start = 0;
        while (start < order.length) {
            // Strips of one padded width share a batch. The padded width depends on the strip alone,
            // so a line reads the same whatever else is on the page, and little work goes to padding.
            int tensorWidth = paddedWidth(strips.get(order[start]).width);
            int count = 1;
            while (start + count < order.length && count < batchSize && paddedWidth(strips.get(order[start + count]).width) == tensorWidth) {
                count++;
            }
            int lineSize = 3 * Crops.LINE_HEIGHT * tensorWidth;
            float[] input = new float[count * lineSize];
            for (int n = 0; n < count; n++) {
                Crops.writeLine(strips.get(order[start + n]), tensorWidth, input, n * lineSize, tensorWidth);
            }
            long started = System.nanoTime();
            try (OnnxTensor tensor = OnnxTensor.createTensor(models.environment, FloatBuffer.wrap(input), new long[] {count, 3, Crops.LINE_HEIGHT, tensorWidth});
                    OrtSession.Result result = model.session().run(Map.of("x", tensor))) {
                OnnxTensor output = (OnnxTensor) result.get(0);
                long[] shape = output.getInfo().getShape();
                int steps = (int) shape[1];
                int classes = (int) shape[2];
                if (classes != models.characters.size()) {
                    throw new CertscanException(ErrorCode.INTERNAL_ERROR,
                            "recognition model has %d classes but the dictionary %d".formatted(classes, models.characters.size()));
                }
                FloatBuffer buffer = output.getFloatBuffer();
                float[] probabilities = new float[buffer.remaining()];
                buffer.get(probabilities);
                timings.inference(System.nanoTime() - started);
                for (int n = 0; n < count; n++) {
                    Bgr strip = strips.get(order[start + n]);
                    readings[order[start + n]] = decode(probabilities, n * steps * classes, steps, classes, (float) tensorWidth / steps, strip.width);
                }
            }
            catch (OrtException e) {
                throw new CertscanException(ErrorCode.RECOGNIZE_ERROR, "text recognition failed: " + e.getMessage(), e);
            }
            start += count;
        }
        return readings;
    }

    /**
     * Greedy CTC decoding, then recovery of dropped characters: where a hole as wide as a
     * character separates two read characters (or a read character and an end of the strip),
     * the best non-blank class of the steps inside it is taken when it is likely enough. Such a
     * character keeps its low probability, so the line shows up as doubtful.
     */
    private Reading decode(float[] probabilities, int offset, int steps, int classes, float pixelsPerStep, int stripWidth)
    {
        int[] best = new int[steps];
        int[] runnerUp = new int[steps];
        float[] bestScore = new float[steps];
        float[] runnerUpScore = new float[steps];
        // The three likeliest characters (blank excluded) at every step, for voting between models.
        int[][] top = new int[steps][CANDIDATES];
        float[][] topScores = new float[steps][CANDIDATES];
        for (int step = 0; step < steps; step++) {
            int base = offset + step * classes;
            float blank = probabilities[base];
            int[] stepTop = top[step];
            float[] stepScores = topScores[step];
            for (int c = 1; c < classes; c++) {
                float score = probabilities[base + c];
                if (score > stepScores[CANDIDATES - 1]) {
                    int at = CANDIDATES - 1;
                    while (at > 0 && score > stepScores[at - 1]) {
                        stepScores[at] = stepScores[at - 1];
                        stepTop[at] = stepTop[at - 1];
                        at--;
                    }
                    stepScores[at] = score;
                    stepTop[at] = c;
                }
            }
            boolean blankWins = blank >= stepScores[0];
            best[step] = blankWins ? 0 : stepTop[0];
            bestScore[step] = blankWins ? blank : stepScores[0];
            runnerUp[step] = blankWins ? stepTop[0] : stepTop[1];
            runnerUpScore[step] = blankWins ? stepScores[0] : stepScores[1];
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
        int[][] candidates = new int[recovered.size()][];
        float[][] candidateScores = new float[recovered.size()][];
        for (int i = 0; i < recovered.size(); i++) {
            int[] character = recovered.get(i);
            text.append(models.characters.get(character[1]));
            scores[i] = Float.intBitsToFloat(character[2]);
            centers[i] = (character[0] + 0.5f) * pixelsPerStep;
            candidates[i] = top[character[0]];
            candidateScores[i] = topScores[character[0]];
        }
        return new Reading(text.toString(), scores, centers, stripWidth, candidates, candidateScores);
    }

    private static final float RECOVERY_THRESHOLD = 0.1f;
    private static final int CANDIDATES = 3;

    /**
     * Two readings of one strip with the same number of characters, merged character by character:
     * each candidate's probabilities from both models are added and the likeliest wins. Where one
     * model is unsure between two similar characters (敞, 敲, 敬) the other often is not.
     */
    Reading vote(Reading first, Reading second)
    {
        int length = first.characterScores().length;
        StringBuilder text = new StringBuilder();
        float[] scores = new float[length];
        int[][] candidates = new int[length][];
        float[][] candidateScores = new float[length][];
        for (int i = 0; i < length; i++) {
            java.util.Map<Integer, Float> combined = new java.util.HashMap<>();
            for (Reading reading : List.of(first, second)) {
                for (int k = 0; k < reading.candidates()[i].length; k++) {
                    combined.merge(reading.candidates()[i][k], reading.candidateScores()[i][k], Float::sum);
                }
            }
            combined.remove(0);
            java.util.Map.Entry<Integer, Float> winner = combined.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow();
            text.append(models.characters.get(winner.getKey()));
            scores[i] = Math.min(1, winner.getValue() / 2);
            candidates[i] = new int[] {winner.getKey()};
            candidateScores[i] = new float[] {scores[i]};
        }
        return new Reading(text.toString(), scores, first.characterCenters(), first.stripWidth(), candidates, candidateScores);
    }

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
