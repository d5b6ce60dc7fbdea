package io.certscan.adapter.documents;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The font that text on a page is drawn with, wherever certscan draws one (a text layer as a
 * picture, a recognition's annotations): the first installed of the CJK families Linux
 * distributions package (Debian: fonts-wqy-zenhei, fonts-wqy-microhei, fonts-noto-cjk,
 * fonts-arphic-uming, fonts-arphic-ukai).
 */
public final class CjkFont
{
    private static final List<String> PREFERRED = List.of("WenQuanYi Zen Hei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "AR PL UMing CN", "AR PL UKai CN");

    private CjkFont() {}

    /** The first preferred family installed, if any. */
    public static Optional<String> installed()
    {
        return Installed.FAMILIES.stream().findFirst();
    }

    /** Every preferred family installed, the preferred first: for what draws with each in turn (the synthetic set). */
    public static List<String> installedFamilies()
    {
        return Installed.FAMILIES;
    }

    /** The family to draw with: an installed CJK family, else the logical sans-serif font (whose Chinese glyphs depend on the JRE's font configuration). */
    public static String family()
    {
        return installed().orElse(Font.SANS_SERIF);
    }

    /** Looked up once: asking the graphics environment for its fonts takes a while the first time. */
    private static final class Installed
    {
        // Names in the root locale: the families' English names, whatever the JVM's language.
        static final List<String> FAMILIES = PREFERRED.stream()
                .filter(Set.of(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames(Locale.ROOT))::contains)
                .toList();

        private Installed() {}
    }
}
