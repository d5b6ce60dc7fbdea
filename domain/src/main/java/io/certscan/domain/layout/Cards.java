package io.certscan.domain.layout;

import io.certscan.domain.certificate.FieldNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Stage 2, cards: the picture is cut along the widest empty band that leaves a title on both
 * sides, the cards are put in reading order, and each card's title is its most title-like line.
 */
final class Cards
{
    private Cards() {}

    static final List<String> TITLE_SUFFIXES = List.of(
            "证", "证书", "执照", "许可证", "发票", "登记证", "合格证", "资格证", "操作证", "通知书", "批准书", "备案凭证", "凭证", "卡", "证明");

    /** Recursive cut along the widest empty band that leaves a title on both sides. */
    static void split(List<Piece> pieces, double lineHeight, List<List<Piece>> cards)
    {
        List<Cut> cuts = new ArrayList<>();
        cuts.addAll(gaps(pieces, true, lineHeight));
        cuts.addAll(gaps(pieces, false, lineHeight));
        cuts.sort(Comparator.comparingDouble(Cut::width).reversed());
        for (Cut cut : cuts) {
            List<Piece> before = new ArrayList<>();
            List<Piece> after = new ArrayList<>();
            for (Piece piece : pieces) {
                double center = cut.vertical() ? piece.center().x() : piece.center().y();
                (center < cut.position() ? before : after).add(piece);
            }
            if (hasTitle(before, lineHeight) && hasTitle(after, lineHeight)) {
                split(before, lineHeight, cards);
                split(after, lineHeight, cards);
                return;
            }
        }
        cards.add(pieces);
    }

    record Cut(boolean vertical, double position, double width) {}

    /** Empty bands across the whole set, along x (vertical cuts) or y, at least a line high. */
    static List<Cut> gaps(List<Piece> pieces, boolean vertical, double lineHeight)
    {
        List<double[]> extents = pieces.stream()
                .map(piece -> vertical ? new double[] {piece.box.left(), piece.box.right()} : new double[] {piece.box.top(), piece.box.bottom()})
                .sorted(Comparator.comparingDouble(extent -> extent[0]))
                .toList();
        List<Cut> cuts = new ArrayList<>();
        double reach = extents.get(0)[1];
        for (double[] extent : extents) {
            if (extent[0] - reach >= lineHeight) {
                cuts.add(new Cut(vertical, (reach + extent[0]) / 2, extent[0] - reach));
            }
            reach = Math.max(reach, extent[1]);
        }
        return cuts;
    }

    static boolean hasTitle(List<Piece> pieces, double lineHeight)
    {
        return pieces.stream().anyMatch(piece -> titleLike(piece) && piece.box.height() >= Tolerances.CUT_TITLE_HEIGHT * lineHeight);
    }

    static boolean titleLike(Piece piece)
    {
        String text = FieldNames.normalize(piece.text);
        if (text.length() < 2 || text.length() > 24 || text.chars().anyMatch(character -> FieldNames.isColon((char) character))) {
            return false;
        }
        long digits = text.chars().filter(Character::isDigit).count();
        return digits * 3 < text.length() && TITLE_SUFFIXES.stream().anyMatch(text::endsWith) && !LabelLexicon.isLabel(text);
    }

    static List<List<Piece>> inReadingOrder(List<List<Piece>> cards)
    {
        List<List<Piece>> ordered = new ArrayList<>(cards);
        ordered.sort(Comparator.comparingDouble(card -> top(card)));
        // Cards whose vertical extents overlap sit side by side: left before right.
        List<List<Piece>> result = new ArrayList<>();
        int start = 0;
        while (start < ordered.size()) {
            double bottom = bottom(ordered.get(start));
            int end = start + 1;
            while (end < ordered.size() && top(ordered.get(end)) < bottom) {
                bottom = Math.max(bottom, bottom(ordered.get(end)));
                end++;
            }
            List<List<Piece>> row = new ArrayList<>(ordered.subList(start, end));
            row.sort(Comparator.comparingDouble(card -> card.stream().mapToDouble(piece -> piece.box.left()).min().orElse(0)));
            result.addAll(row);
            start = end;
        }
        return result;
    }

    static double top(List<Piece> card)
    {
        return card.stream().mapToDouble(piece -> piece.box.top()).min().orElse(0);
    }

    static double bottom(List<Piece> card)
    {
        return card.stream().mapToDouble(piece -> piece.box.bottom()).max().orElse(0);
    }

    /** The most title-like line near the top: a certificate word at the end, larger than the rest. */
    static Optional<Piece> title(List<Piece> card, double lineHeight)
    {
        double top = top(card);
        double height = bottom(card) - top;
        return card.stream()
                .filter(piece -> !LabelLexicon.isLabel(piece.text))
                .filter(piece -> titleLike(piece) || LabelLexicon.labelPrefix(piece.text).isEmpty()
                        && piece.box.height() >= Tolerances.TITLE_HEIGHT * lineHeight && FieldNames.normalize(piece.text).length() >= 2
                        && piece.box.top() <= top + Tolerances.TITLE_TOP_SHARE * height && FieldNames.normalize(piece.text).chars().noneMatch(Character::isDigit))
                .max(Comparator.comparingDouble(piece -> titleScore(piece, top, height, lineHeight)));
    }

    static double titleScore(Piece piece, double top, double height, double lineHeight)
    {
        double size = piece.box.height() / lineHeight;
        double position = 1 - (piece.box.top() - top) / Math.max(1, height);
        return size * (titleLike(piece) ? 2 : 1) * (0.5 + position);
    }
}
