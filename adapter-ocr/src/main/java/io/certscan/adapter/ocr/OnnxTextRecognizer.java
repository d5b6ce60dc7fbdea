package io.certscan.adapter.ocr;

import io.certscan.application.port.out.RecognizeText;
import io.certscan.application.port.out.RecognizedText;
import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.geometry.Point;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.text.TextLine;
import jakarta.inject.Inject;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The embedded engine: detection, direction, recognition. Pages photographed sideways or upside
 * down are turned upright first, and the lines come back in the upright page's coordinates, with
 * the turn that made it upright (whoever draws them draws on the page so turned).
 * Doubtful lines get a second reading by the PP-OCRv3 recogniser, which keeps some rare
 * characters that PP-OCRv4 drops.
 */
final class OnnxTextRecognizer
        implements RecognizeText
{
    /** Lines read with less confidence than this are noise (PaddleOCR's drop score). */
    private static final float DROP_SCORE = 0.5f;
    private static final float DOUBTFUL_CHARACTER = 0.85f;
    private static final float SECOND_OPINION_MARGIN = 0.1f;
    private static final float FILLED_HOLE = 0.25f;
    /** Detection looks again at a larger scale only when the text it saw is below this share of the target… */
    private static final double RESCALE_BELOW = 0.7;
    /** …and the larger scale is at least this much larger, and the picture then at most this long. */
    private static final float RESCALE_GAIN = 1.25f;
    private static final int MAXIMUM_DETECTION_SIDE = 2400;

    private final OnnxModels models;
    private final TextDetector detector;
    private final LineReader reader;
    private final LineReader secondOpinion;
    private final DirectionClassifier direction;
    private final int targetTextHeight;

    @Inject
    OnnxTextRecognizer(OnnxModels models, OcrConfig config)
    {
        this.models = models;
        this.detector = new TextDetector(models, config);
        this.targetTextHeight = config.targetTextHeight();
        this.reader = new LineReader(models, models.recognition, config.batchSize());
        this.secondOpinion = config.secondOpinion() && models.recognitionV3 != null ? new LineReader(models, models.recognitionV3, config.batchSize()) : null;
        this.direction = config.angleClassifier() && models.direction != null ? new DirectionClassifier(models, config.batchSize()) : null;
    }

    @Override
    public RecognizedText recognize(BufferedImage image)
    {
        return recognize(image, new Timings());
    }

    RecognizedText recognize(BufferedImage image, Timings timings)
    {
        models.started();
        try {
            return read(Bgr.of(image), timings);
        }
        finally {
            models.finished();
        }
    }

    private RecognizedText read(Bgr page, Timings timings)
    {
        QuarterTurns turned = QuarterTurns.NONE;
        List<Quad> boxes = detect(page, timings);
        if (mostlyVertical(boxes)) {
            page = page.rotatedClockwise(1);
            turned = QuarterTurns.CLOCKWISE;
            boxes = detect(page, timings);
        }
        List<Bgr> strips = strips(page, boxes);
        if (direction != null && !strips.isEmpty()) {
            float[] upsideDown = direction.upsideDown(strips, timings);
            if (mostlyUpsideDown(strips, upsideDown)) {
                page = page.rotatedClockwise(2);
                turned = turned.then(QuarterTurns.HALF);
                boxes = detect(page, timings);
                strips = strips(page, boxes);
                upsideDown = direction.upsideDown(strips, timings);
            }
            for (int i = 0; i < strips.size(); i++) {
                if (upsideDown[i] > 0) {
                    strips.set(i, strips.get(i).rotatedClockwise(2));
                    boxes.set(i, boxes.get(i).turnedHalf());
                }
            }
        }
        LineReader.Reading[] readings = reader.read(strips, timings);
        if (secondOpinion != null) {
            reconsider(page, boxes, readings, timings);
        }
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < readings.length; i++) {
            String text = withoutConfusables(readings[i].text()).strip();
            // Noise is told by the mean probability (PaddleOCR's rule); a line is only as sure as
            // its weakest character, which is what a person checking an ID number needs to know.
            if (!text.isEmpty() && readings[i].confidence() >= DROP_SCORE) {
                lines.add(new TextLine(text, quadrilateral(boxes.get(i)), Math.max(0, Math.min(1, readings[i].lowestScore()))));
            }
        }
        lines.sort(Comparator.comparingDouble((TextLine line) -> line.box().top()).thenComparingDouble(line -> line.box().left()));
        return new RecognizedText(lines, turned);
    }

    /**
     * Detection at the page's first scale; when the text found there is smaller than
     * {@code ocr.target-text-height} (a 3500-pixel scan's small print, a 470-pixel photo), once
     * more at the scale that brings it to that height, within {@link #MAXIMUM_DETECTION_SIDE}.
     */
    private List<Quad> detect(Bgr page, Timings timings)
    {
        float ratio = detector.ratio(page);
        List<Quad> boxes = boxes(detector.detect(page, timings, ratio));
        if (targetTextHeight <= 0 || boxes.size() < 3) {
            return boxes;
        }
        double[] heights = boxes.stream().mapToDouble(box -> Math.min(box.width(), box.height())).sorted().toArray();
        double seen = heights[heights.length / 2] * ratio;
        float wanted = (float) Math.min(ratio * targetTextHeight / seen, (double) MAXIMUM_DETECTION_SIDE / Math.max(page.width, page.height));
        if (seen >= RESCALE_BELOW * targetTextHeight || wanted < RESCALE_GAIN * ratio) {
            return boxes;
        }
        return boxes(detector.detect(page, timings, wanted));
    }

    private static List<Quad> boxes(List<DbPostProcessor.Detection> detections)
    {
        return new ArrayList<>(detections.stream().map(DbPostProcessor.Detection::box).toList());
    }

    private static List<Bgr> strips(Bgr page, List<Quad> boxes)
    {
        return new ArrayList<>(boxes.stream().map(box -> Crops.line(page, box)).toList());
    }

    /**
     * Reads doubtful lines again with the other model, from a crop with most of a character's
     * room added at both ends (PP-OCRv3 reads a rare character at the end of a line far better
     * with that context), and keeps the better reading.
     */
    private void reconsider(Bgr page, List<Quad> boxes, LineReader.Reading[] readings, Timings timings)
    {
        List<Integer> doubtful = new ArrayList<>();
        for (int i = 0; i < readings.length; i++) {
            if (readings[i].lowestScore() < DOUBTFUL_CHARACTER || readings[i].hasCharacterSizedHole()) {
                doubtful.add(i);
            }
        }
        if (doubtful.isEmpty()) {
            return;
        }
        Bgr clipped = page;
        LineReader.Reading[] second = secondOpinion.read(doubtful.stream()
                .map(boxes::get)
                .map(box -> Crops.line(clipped, box.lengthened(0.8f * Math.min(box.width(), box.height())).clipped(clipped.width - 1, clipped.height - 1)))
                .toList(), timings);
        for (int n = 0; n < second.length; n++) {
            int i = doubtful.get(n);
            readings[i] = better(readings[i], second[n]);
        }
    }

    /**
     * Readings of equal length are merged character by character; otherwise the second reading
     * wins only when it is clearly more confident: PP-OCRv3 misreads rare characters as often as
     * PP-OCRv4 drops them (敞 becomes 敬), so a close call stays with the first model and its
     * recovered characters.
     */
    LineReader.Reading better(LineReader.Reading first, LineReader.Reading second)
    {
        if (second.text().equals(first.text()) || second.text().isBlank()) {
            return first;
        }
        if (first.characterScores().length == second.characterScores().length) {
            return reader.vote(first, second);
        }
        // The first reading left a hole the second fills with plausible characters: PP-OCRv4
        // dropped one (it reads 张敞 as 张). The second was read with margins, so its own gaps say nothing.
        if (first.hasCharacterSizedHole() && second.characterScores().length > first.characterScores().length
                && second.lowestScore() >= FILLED_HOLE) {
            return second;
        }
        return second.confidence() > first.confidence() + SECOND_OPINION_MARGIN ? second : first;
    }

    /**
     * 丶 (a radical, never written on its own in running text) is what the recogniser makes of the
     * enumeration comma 、 in some typefaces.
     */
    static String withoutConfusables(String text)
    {
        return text.indexOf('丶') < 0 ? text : text.replace('丶', '、');
    }

    private static boolean mostlyVertical(List<Quad> boxes)
    {
        if (boxes.size() < 3) {
            return false;
        }
        long vertical = boxes.stream().filter(box -> box.height() >= 1.5f * box.width()).count();
        return vertical * 10 > boxes.size() * 6L;
    }

    /** More than half of the text, by length, reads upside down. */
    private static boolean mostlyUpsideDown(List<Bgr> strips, float[] upsideDown)
    {
        long total = 0;
        long flipped = 0;
        for (int i = 0; i < strips.size(); i++) {
            total += strips.get(i).width;
            if (upsideDown[i] > 0) {
                flipped += strips.get(i).width;
            }
        }
        return flipped * 2 > total;
    }

    private static Quadrilateral quadrilateral(Quad quad)
    {
        return new Quadrilateral(
                new Point(quad.xs()[0], quad.ys()[0]),
                new Point(quad.xs()[1], quad.ys()[1]),
                new Point(quad.xs()[2], quad.ys()[2]),
                new Point(quad.xs()[3], quad.ys()[3]));
    }
}
