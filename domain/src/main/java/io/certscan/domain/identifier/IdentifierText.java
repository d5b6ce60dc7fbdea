package io.certscan.domain.identifier;

/** Folds the ways an identifier is typed or recognised onto its canonical spelling. */
final class IdentifierText
{
    private IdentifierText() {}

    /** Drops white space and hyphens, turns full-width characters to ASCII, upper-cases letters. */
    static String fold(String text)
    {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint) || codePoint == '-' || codePoint == '－') {
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
