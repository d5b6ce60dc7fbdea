package io.certscan.adapter.ocr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OcrConfigTest
{
    @Test
    void defaultsAreTheDeclaredOnes()
    {
        assertThat(OcrConfig.defaults()).isEqualTo(new OcrConfig(960, 1.0, 0, 0, 0.3, 0.6, 1.6, 8, true, true));
        assertThat(OcrConfig.defaults().effectiveThreads()).isEqualTo(Runtime.getRuntime().availableProcessors());
        assertThat(new OcrConfig(960, 1.0, 0, 3, 0.3, 0.6, 1.6, 8, true, true).effectiveThreads()).isEqualTo(3);
    }
}
