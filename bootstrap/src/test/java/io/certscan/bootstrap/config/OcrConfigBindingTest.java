package io.certscan.bootstrap.config;

import io.certscan.adapter.ocr.OcrConfig;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class OcrConfigBindingTest
{
    @Test
    void defaults()
    {
        assertThat(bind(Map.of(), new ArrayList<>())).contains(OcrConfig.defaults());
    }

    @Test
    void explicitMapping()
    {
        Map<String, String> flags = Map.of(
                "ocr.max-side-length", "1280", "ocr.max-upscale", "1.5", "ocr.threads", "4", "ocr.pixel-threshold", "0.25", "ocr.box-threshold", "0.5",
                "ocr.unclip-ratio", "1.8", "ocr.batch-size", "16", "ocr.angle-classifier", "false", "ocr.second-opinion", "off");

        assertThat(bind(flags, new ArrayList<>())).contains(new OcrConfig(1280, 1.5, 0, 4, 0.25, 0.5, 1.8, 16, false, false));
    }

    @Test
    void validationFailures()
    {
        List<String> problems = new ArrayList<>();

        assertThat(bind(Map.of("ocr.max-side-length", "100", "ocr.batch-size", "0", "ocr.unclip-ratio", "lots"), problems)).isEmpty();
        assertThat(problems).containsExactly("ocr.unclip-ratio: must be a number (was 'lots', flag)");

        problems.clear();
        assertThat(bind(Map.of("ocr.max-side-length", "100", "ocr.batch-size", "0"), problems)).isEmpty();
        assertThat(problems).containsExactlyInAnyOrder(
                "ocr.max-side-length: violates @Min (value 320) (was '100', flag)",
                "ocr.batch-size: violates @Min (value 1) (was '0', flag)");
    }

    private static Optional<OcrConfig> bind(Map<String, String> flags, List<String> problems)
    {
        Settings settings = Settings.load(ConfigBinder.definitions(OcrConfig.class), Optional.empty(), Map.of(), flags);
        return ConfigBinder.bind(OcrConfig.class, settings, problems);
    }
}
