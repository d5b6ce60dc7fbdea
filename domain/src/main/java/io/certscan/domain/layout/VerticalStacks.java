package io.certscan.domain.layout;

import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.geometry.Quadrilateral;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Text written top to bottom that OCR or a text layer gives as single characters one under the
 * other: an invoice's side marks (购买方, 销售方, 密码区, 备注). They are read as one line each, to
 * serve as section marks, and never as labels or values.
 */
final class VerticalStacks
{
    /** How far apart two characters of one stack may sit, in their own height. */
    private static final double MAXIMUM_GAP = 0.9;
    /** How far off one column their centres may be, in their own height. */
    private static final double MAXIMUM_DRIFT = 0.4;

    private VerticalStacks() {}

    record Stack(Piece line, List<Piece> characters) {}

    /** Stacks of two or more single Chinese characters that no label has taken. */
    static List<Stack> find(List<Piece> pieces)
    {
        List<Piece> singles = pieces.stream()
                .filter(piece -> !piece.label && piece.inlineValue == null)
                .filter(piece -> {
                    String text = FieldNames.normalize(piece.text);
                    return text.codePointCount(0, text.length()) == 1 && Character.UnicodeScript.of(text.codePointAt(0)) == Character.UnicodeScript.HAN;
                })
                .sorted(Comparator.comparingDouble(piece -> piece.box.top()))
                .toList();
        Set<Piece> taken = new HashSet<>();
        List<Stack> stacks = new ArrayList<>();
        for (Piece start : singles) {
            if (taken.contains(start)) {
                continue;
            }
            List<Piece> column = new ArrayList<>(List.of(start));
            Piece last = start;
            for (Piece next : singles) {
                if (taken.contains(next) || column.contains(next) || next.box.top() < last.box.top()) {
                    continue;
                }
                double size = Math.max(last.box.height(), last.box.width());
                boolean below = next.box.top() >= last.box.bottom() - 0.3 * size && next.box.top() <= last.box.bottom() + MAXIMUM_GAP * size;
                boolean aligned = Math.abs(next.center().x() - last.center().x()) <= MAXIMUM_DRIFT * size;
                if (below && aligned) {
                    column.add(next);
                    last = next;
                }
            }
            if (column.size() >= 2) {
                taken.addAll(column);
                String text = String.join("", column.stream().map(piece -> FieldNames.normalize(piece.text)).toList());
                Piece line = new Piece(text, Quadrilateral.enclosing(column.stream().map(piece -> piece.box).toList()),
                        column.stream().mapToDouble(piece -> piece.confidence).min().orElse(0), Piece.sources(column));
                stacks.add(new Stack(line, List.copyOf(column)));
            }
        }
        return stacks;
    }
}
