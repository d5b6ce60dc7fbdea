package io.certscan.domain.date;

/** Folds the print variants of date text onto one form before parsing. */
final class DateText
{
    private DateText() {}

    /**
     * Full-width forms (digits, punctuation, letters, the colon ：) become ASCII, white space
     * (including U+3000) goes, and the ideographic zero look-alikes become 〇.
     */
    static String fold(String text)
    {
        StringBuilder folded = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)) {
                return;
            }
            if (codePoint == '○' || codePoint == 'Ｏ') {
                folded.append('〇');
            }
            else if (codePoint >= '！' && codePoint <= '～') {
                folded.append((char) (codePoint - '！' + '!'));
            }
            else if (codePoint == '。' || codePoint == '·') {
                folded.append('.');
            }
            else if (codePoint == '‐' || codePoint == '‑' || codePoint == '−') {
                folded.append('-');
            }
            else {
                folded.appendCodePoint(codePoint);
            }
        });
        return folded.toString();
    }
}
