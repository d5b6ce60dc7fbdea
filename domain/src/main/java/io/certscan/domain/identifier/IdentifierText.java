package io.certscan.domain.identifier;

/** Folds the ways an identifier is typed or recognised onto its canonical spelling. */
final class IdentifierText
{
    private static final String DASHES = "-－‐‑‒–—―−";

    private IdentifierText() {}

    /** Drops white space and dashes (hyphen, en and em dash, minus, full-width), turns full-width characters to ASCII, upper-cases letters. */
    static String fold(String text)
    {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || DASHES.indexOf(codePoint) >= 0) {
                return;
            }
            if (codePoint >= 0xFF01 && codePoint <= 0xFF5E) {
                codePoint -= 0xFEE0;
            }
            folded.appendCodePoint(Character.toUpperCase(codePoint));
        });
        return folded.toString();
    }
}
