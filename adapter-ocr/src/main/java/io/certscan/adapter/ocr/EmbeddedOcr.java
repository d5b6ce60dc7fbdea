package io.certscan.adapter.ocr;

import io.certscan.application.port.out.RecognizedText;
import io.certscan.domain.text.TextLine;

import java.awt.image.BufferedImage;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The embedded engine without Guice, for benchmarks and for hosts that want text lines only.
 * Load once, share between threads, close to release the models' native memory.
 */
public final class EmbeddedOcr
        implements AutoCloseable
{
    private final OnnxModels models;
    private final OnnxTextRecognizer recognizer;

    private EmbeddedOcr(OnnxModels models, OcrConfig config)
    {
        this.models = models;
        this.recognizer = new OnnxTextRecognizer(models, config);
    }

    public static EmbeddedOcr load(OcrConfig config)
    {
        requireNonNull(config, "config is null");
        return new EmbeddedOcr(OnnxModels.load(config), config);
    }

    /** Lines of text and the nanoseconds spent inside ONNX Runtime to find them. */
    public record Measured(List<TextLine> lines, long inferenceNanos) {}

    /** The lines, in the coordinates of the picture turned upright as the result's turn says. */
    public RecognizedText recognize(BufferedImage image)
    {
        return recognizer.recognize(image);
    }

    public Measured recognizeMeasured(BufferedImage image)
    {
        Timings timings = new Timings();
        List<TextLine> lines = recognizer.recognize(image, timings).lines();
        return new Measured(lines, timings.inferenceNanos());
    }

    /** The models, for this package's tests. */
    OnnxModels models()
    {
        return models;
    }

    public long modelLoadNanos()
    {
        return models.loadNanos;
    }

    @Override
    public void close()
    {
        models.close();
    }
}
