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

    /**
     * The family to draw a document's font with: for a font a page names (an OFD's 宋体, 楷体,
     * Courier New …), an installed family of its kind when there is one (a serif 宋体 in AR PL
     * UMing, a 楷体 in AR PL UKai, a typewriter face in the logical monospaced font), else {@link #family()}.
     */
    public static String familyLike(String named)
    {
        String name = named == null ? "" : named.toLowerCase(Locale.ROOT);
        if (name.contains("courier") || name.contains("mono")) {
            return Font.MONOSPACED;
        }
        if (name.contains("楷") || name.contains("kai")) {
            return installedFamily("AR PL UKai CN").orElseGet(CjkFont::family);
        }
        if (name.contains("宋") || name.contains("song") || name.contains("ming")) {
            return installedFamily("AR PL UMing CN").orElseGet(CjkFont::family);
        }
        return family();
    }

    private static Optional<String> installedFamily(String family)
    {
        return Installed.FAMILIES.stream().filter(family::equals).findFirst();
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
