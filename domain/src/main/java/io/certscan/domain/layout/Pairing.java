package io.certscan.domain.layout;

import io.certscan.domain.certificate.FieldNames;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Stage 6, pairing: a label takes the value beside it, or right under it when the one beside is far
 * or the label ends in a colon with nothing near; a value continues on the lines wrapped under its start.
 */
final class Pairing
{
    private Pairing() {}




    static Optional<Piece> valueBeside(Piece label, List<Piece> pieces, Set<Piece> used, double lineHeight)
    {
        String labelText = FieldNames.normalize(label.text);
        // A character or two that repeat the label's end are a second reading of it (主体类型 + 型), not its value.
        Optional<Piece> nearest = pieces.stream()
                .filter(other -> other != label && Rows.sameRow(label, other) && other.box.left() >= label.box.right() - Tolerances.HALF_LINE * lineHeight)
                .filter(other -> {
                    String text = FieldNames.normalize(other.text);
                    return text.length() > 2 || text.length() >= labelText.length() || !labelText.endsWith(text);
                })
                .min(Comparator.comparingDouble(other -> other.box.left()));
        return nearest.filter(other -> !other.label && !used.contains(other))
                .filter(other -> !label.colonWithoutValue || other.box.left() - label.box.right() <= Tolerances.COLON_LABEL_REACH * lineHeight);
    }

    static Optional<Piece> valueBelow(Piece label, List<Piece> pieces, Set<Piece> used, double lineHeight)
    {
        return pieces.stream()
                .filter(other -> other != label && !other.label && !used.contains(other))
                .filter(other -> other.box.top() >= label.box.bottom() - Tolerances.TOUCH * lineHeight && other.box.top() <= label.box.bottom() + Tolerances.VALUE_BELOW * lineHeight)
                .filter(other -> other.box.horizontalOverlap(label.box) > 0 || Math.abs(other.box.left() - label.box.left()) <= lineHeight)
                .min(Comparator.comparingDouble(other -> other.box.top()));
    }

    /** An identifier's characters: 15 to 20 capitals and digits. */
    private static final java.util.regex.Pattern CODE = java.util.regex.Pattern.compile("[0-9A-Z]{15,20}");

    /** Lines under a value, starting where it starts, with no label of their own: the value wraps (经营范围, 住所). */
    static void continuation(Piece label, List<Piece> values, List<Piece> pieces, Set<Piece> used, double lineHeight)
    {
        if (values.size() == 1 && CODE.matcher(FieldNames.normalize(values.get(0).text)).matches()) {
            // A credit code or tax number is whole on its line: what lies under it is another field's.
            return;
        }
        while (true) {
            Piece last = values.get(values.size() - 1);
            Optional<Piece> next = pieces.stream()
                    .filter(other -> !other.label && !used.contains(other))
                    .filter(other -> other.box.top() >= last.box.bottom() - Tolerances.TOUCH * lineHeight && other.box.top() <= last.box.bottom() + Tolerances.WRAPPED_LINE_GAP * lineHeight)
                    .filter(other -> alignedUnder(other, values.get(0), label, lineHeight) && other.box.left() > label.box.left() + Tolerances.HALF_LINE * lineHeight)
                    .filter(other -> pieces.stream().noneMatch(left -> left != other && left != label && !values.contains(left) && Rows.sameRow(left, other)
                            && left.box.right() <= other.box.left() + lineHeight && left.box.right() > label.box.left()))
                    .min(Comparator.comparingDouble(other -> other.box.top()));
            if (next.isEmpty()) {
                return;
            }
            values.add(next.get());
            used.add(next.get());
        }
    }

    /**
     * Whether a line starts where the value's first line starts. A value printed on its label's
     * line ({@code 经营范围从事…}) has its start only estimated, so its wrapped lines may start a few
     * characters further right.
     */
    static boolean alignedUnder(Piece line, Piece first, Piece label, double lineHeight)
    {
        double offset = line.box.left() - first.box.left();
        boolean inline = label.inlineValue == first;
        return Math.abs(offset) <= Tolerances.WRAPPED_LINE_ALIGNMENT * lineHeight || inline && offset > 0 && offset <= Tolerances.INLINE_START_SLACK * lineHeight;
    }
}
