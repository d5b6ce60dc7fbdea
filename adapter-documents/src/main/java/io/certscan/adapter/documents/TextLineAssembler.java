package io.certscan.adapter.documents;

import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.text.TextLine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Turns the words of a born-digital page's text layer (PDF or OFD) into the text lines an OCR
 * engine would have given: words on one baseline and of one size are joined where they sit a space
 * apart and kept apart where a wide gap separates them, as a label cell and its value cell are.
 * Coordinates go from the document's unit (PDF points, OFD millimetres) to pixels by
 * {@code pixelsPerUnit}.
 */
final class TextLineAssembler
{
    /** Words this much taller or smaller than their neighbour are other lines (a title beside a seal's small print). */
    private static final double MAXIMUM_HEIGHT_RATIO = 1.6;

    private TextLineAssembler() {}

    /** A run of text on one baseline, in the document's units, y growing downwards. */
    record Word(String text, double left, double right, double baseline, double height)
    {
        Word
        {
            requireNonNull(text, "text is null");
        }

        Word withText(String newText)
        {
            return new Word(newText, left, right, baseline, height);
        }
    }

    static List<TextLine> lines(List<Word> pageWords, double pixelsPerUnit)
    {
        List<Word> words = new ArrayList<>(pageWords);
        words.removeIf(word -> word.text().isBlank());
        words.sort(Comparator.comparingDouble(Word::baseline));
        List<TextLine> lines = new ArrayList<>();
        // Rows first, then left to right within a row: a label from an OFD template and its value
        // from the page sit on baselines a fraction of a millimetre apart, in either order.
        List<Word> row = new ArrayList<>();
        for (Word word : words) {
            if (!row.isEmpty() && Math.abs(word.baseline() - row.get(0).baseline()) > 0.3 * row.get(0).height()) {
                joinRow(row, pixelsPerUnit, lines);
                row.clear();
            }
            row.add(word);
        }
        joinRow(row, pixelsPerUnit, lines);
        return lines;
    }

    private static void joinRow(List<Word> row, double pixelsPerUnit, List<TextLine> lines)
    {
        row.sort(Comparator.comparingDouble(Word::left));
        Word current = null;
        StringBuilder text = new StringBuilder();
        for (Word word : row) {
            double gap = current == null ? 0 : word.left() - current.right();
            boolean alike = current != null && Math.max(current.height(), word.height()) <= MAXIMUM_HEIGHT_RATIO * Math.min(current.height(), word.height());
            if (alike && gap <= 1.2 * current.height()) {
                if (gap > 0.3 * current.height()) {
                    text.append(' ');
                }
                text.append(word.text());
                current = new Word(text.toString(), current.left(), Math.max(current.right(), word.right()), current.baseline(), Math.max(current.height(), word.height()));
                continue;
            }
            if (current != null) {
                lines.add(line(current.withText(text.toString()), pixelsPerUnit));
            }
            current = word;
            text.setLength(0);
            text.append(word.text());
        }
        if (current != null) {
            lines.add(line(current.withText(text.toString()), pixelsPerUnit));
        }
    }

    private static TextLine line(Word word, double scale)
    {
        double top = (word.baseline() - word.height()) * scale;
        double bottom = (word.baseline() + 0.25 * word.height()) * scale;
        return new TextLine(word.text().strip(), Quadrilateral.rectangle(word.left() * scale, top, word.right() * scale, bottom), 1.0);
    }
}
