package io.certscan.adapter.documents;

import org.junit.jupiter.api.Test;

import java.awt.Font;

import static org.assertj.core.api.Assertions.assertThat;

class CjkFontTest
{
    @Test
    void pagesAreDrawnWithAnInstalledFamilyThatHasChineseGlyphs()
    {
        // The build installs fonts-wqy-zenhei and others (README, .ci/run).
        assertThat(CjkFont.installed()).hasValue(CjkFont.family());
        assertThat(new Font(CjkFont.family(), Font.PLAIN, 12).canDisplayUpTo("营业执照统一社会信用代码")).isEqualTo(-1);
    }
}
