package io.certscan.domain.layout;

import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.geometry.Quadrilateral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 1, the lines as read: a line far taller than wide is split into its characters, and a
 * stretch of a row OCR read twice, as two overlapping lines, becomes one line.
 */
final class Reads
{
    private Reads() {}

    static final Set<String> CURRENCY_SIGNS = Set.of("¥", "￥");


    /**
     * A line far taller than wide holds characters one under the other: a vertical side mark, or
     * the first characters of several letter-spaced labels that detection took for one vertical
     * line (名 over 经 over 成 in a label column). Each character becomes a piece of its own, in
     * its share of the height, so the rows can take them back.
     */
    static List<Piece> characters(Piece piece)
    {
        String text = FieldNames.normalize(piece.text);
        int count = text.codePointCount(0, text.length());
        Quadrilateral box = piece.box;
        if (count < 2 || box.height() < Tolerances.VERTICAL_ASPECT * box.width() || box.height() < Tolerances.VERTICAL_CHARACTER_SHARE * count * box.width()
                || !text.codePoints().allMatch(Piece::isHan)) {
            return List.of(piece);
        }
        List<Piece> characters = new ArrayList<>();
        double step = box.height() / count;
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < count; i++) {
            characters.add(new Piece(new String(codePoints, i, 1), Quadrilateral.rectangle(box.left(), box.top() + i * step, box.right(), box.top() + (i + 1) * step),
                    piece.confidence, piece.sources));
        }
        return characters;
    }

    /**
     * OCR sometimes reads one stretch of a row twice, as two overlapping lines: {@code 成立日期2}
     * and {@code 期 2015年07月22日}, {@code 孔} inside {@code 孔令望}. Where the end of one is the
     * start of the other they become one line; a line inside another that holds its text goes; a
     * currency sign drawn over the start of its amount joins it.
     */
    static List<Piece> joinOverlappingReads(List<Piece> pieces)
    {
        List<Piece> result = new ArrayList<>(pieces);
        result.sort(Comparator.comparingDouble(piece -> piece.box.left()));
        boolean changed = true;
        while (changed) {
            changed = false;
            search:
            for (int i = 0; i < result.size(); i++) {
                for (int j = i + 1; j < result.size(); j++) {
                    Piece first = result.get(i);
                    Piece second = result.get(j);
                    if (second.box.left() >= first.box.right() - 1) {
                        continue;
                    }
                    if (!Rows.sameRow(first, second) || first.box.height() > Tolerances.SIZE_RATIO * second.box.height() || second.box.height() > Tolerances.SIZE_RATIO * first.box.height()) {
                        continue;
                    }
                    Optional<Piece> joined = joinOverlapping(first, second);
                    if (joined.isPresent()) {
                        result.remove(j);
                        result.set(i, joined.get());
                        changed = true;
                        break search;
                    }
                }
            }
        }
        return result;
    }

    static Optional<Piece> joinOverlapping(Piece first, Piece second)
    {
        String left = FieldNames.normalize(first.text);
        String right = FieldNames.normalize(second.text);
        double overlap = Math.min(first.box.right(), second.box.right()) - second.box.left();
        double smaller = Math.min(first.box.width(), second.box.width());
        Quadrilateral both = Quadrilateral.enclosing(List.of(first.box, second.box));
        double confidence = Math.min(first.confidence, second.confidence);
        if (overlap >= Tolerances.CONTAINED_SHARE * smaller) {
            // One inside the other: the longer reading stands when it holds the shorter.
            Piece inner = first.box.width() <= second.box.width() ? first : second;
            Piece outer = inner == first ? second : first;
            if (FieldNames.normalize(outer.text).contains(FieldNames.normalize(inner.text))) {
                return Optional.of(new Piece(outer.text, outer.box, outer.confidence, Piece.sources(List.of(first, second))));
            }
            if (CURRENCY_SIGNS.contains(FieldNames.normalize(inner.text)) && inner.box.left() <= outer.box.left() + Tolerances.HALF_LINE * outer.box.height()) {
                return Optional.of(new Piece(FieldNames.normalize(inner.text) + outer.text, both, confidence, Piece.sources(List.of(first, second))));
            }
            return Optional.empty();
        }
        for (int shared = Math.min(left.length(), right.length()); shared >= 1; shared--) {
            if (left.endsWith(right.substring(0, shared))) {
                // The shared characters must sit about where the overlap is.
                double sharedWidth = first.box.width() * shared / Math.max(1, left.length());
                if (overlap <= Tolerances.SHARED_OVERLAP_SLACK * sharedWidth + second.box.height()) {
                    return Optional.of(new Piece(left + right.substring(shared), both, confidence, Piece.sources(List.of(first, second))));
                }
            }
        }
        return Optional.empty();
    }
}
