package io.certscan.adapter.ocr;

import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.ConfigRecords;
import io.certscan.application.config.Setting;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Settings of the embedded engine. The defaults are PaddleOCR's, tuned on generated certificates. */
@ConfigPrefix("ocr")
public record OcrConfig(
        @Setting(name = "max-side-length", defaultValue = "960", description = "Longest side of the picture given to text detection, in pixels.")
        @Min(320) @Max(4096)
        int maxSideLength,
        @Setting(name = "max-upscale", defaultValue = "1.0", description = "How many times a picture smaller than max-side-length may be enlarged for text detection (1, the default, never enlarges: on the real development set 1.5 and 2 helped the tiniest photos and cost the others more).")
        @DecimalMin("1.0") @DecimalMax("4.0")
        double maxUpscale,
        @Setting(name = "target-text-height", defaultValue = "0", description = "Text height, in pixels at detection's scale, below which detection looks again at a larger scale (0: never).")
        @Min(0) @Max(64)
        int targetTextHeight,
        @Setting(name = "threads", defaultValue = "0", description = "ONNX Runtime threads per inference; 0 means one per core.")
        @Min(0) @Max(256)
        int threads,
        @Setting(name = "pixel-threshold", defaultValue = "0.3", description = "Probability above which a pixel counts as text.")
        @DecimalMin("0.05") @DecimalMax("0.95")
        double pixelThreshold,
        @Setting(name = "box-threshold", defaultValue = "0.6", description = "Mean probability a detected box needs to be kept.")
        @DecimalMin("0.05") @DecimalMax("0.99")
        double boxThreshold,
        @Setting(name = "unclip-ratio", defaultValue = "1.6", description = "How far a detected box is grown around its text core.")
        @DecimalMin("1.0") @DecimalMax("4.0")
        double unclipRatio,
        @Setting(name = "batch-size", defaultValue = "8", description = "Text lines recognised per inference.")
        @Min(1) @Max(64)
        int batchSize,
        @Setting(name = "angle-classifier", defaultValue = "true", description = "Turn upside-down lines and pages upright.")
        boolean angleClassifier,
        @Setting(name = "second-opinion", defaultValue = "true", description = "Re-read doubtful lines with the PP-OCRv3 recogniser.")
        boolean secondOpinion)
{
    /** Every setting at its declared default, for hosts and benchmarks that run the engine without the bootstrap. */
    public static OcrConfig defaults()
    {
        return ConfigRecords.defaults(OcrConfig.class);
    }

    public int effectiveThreads()
    {
        return threads == 0 ? Runtime.getRuntime().availableProcessors() : threads;
    }
}
