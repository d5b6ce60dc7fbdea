package io.certscan.domain.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Reading order: rows top to bottom, each judged by all its pieces, left to right within a row. */
final class Rows
{
    private Rows() {}

    /**
     * Pieces in reading order: rows top to bottom, each row left to right. A piece joins the row
     * whose middle is nearest its own, within half a line: a row is judged by all its pieces, not
     * by whichever came first (a label of the other column set a little higher would cut it).
     */
    static List<Piece> rows(List<Piece> pieces)
    {
        return rowGroups(pieces).stream().flatMap(List::stream).toList();
    }

    static List<List<Piece>> rowGroups(List<Piece> pieces)
    {
        List<Piece> byCenter = new ArrayList<>(pieces);
        byCenter.sort(Comparator.comparingDouble(piece -> piece.center().y()));
        List<Row> rows = new ArrayList<>();
        for (Piece piece : byCenter) {
            Row nearest = null;
            for (Row row : rows) {
                double distance = Math.abs(row.middle() - piece.center().y());
                if (distance <= Tolerances.HALF_LINE * Math.min(piece.box.height(), row.height()) && (nearest == null || distance < Math.abs(nearest.middle() - piece.center().y()))) {
                    nearest = row;
                }
            }
            if (nearest == null) {
                nearest = new Row();
                rows.add(nearest);
            }
            nearest.add(piece);
        }
        rows.sort(Comparator.comparingDouble(Row::middle));
        List<List<Piece>> ordered = new ArrayList<>();
        for (Row row : rows) {
            row.pieces.sort(Comparator.comparingDouble(piece -> piece.box.left()));
            ordered.add(row.pieces);
        }
        return ordered;
    }

    static final class Row
    {
        final List<Piece> pieces = new ArrayList<>();
        double middles;
        double heights;

        void add(Piece piece)
        {
            pieces.add(piece);
            middles += piece.center().y();
            heights += piece.box.height();
        }

        double middle()
        {
            return middles / pieces.size();
        }

        double height()
        {
            return heights / pieces.size();
        }
    }

    static boolean sameRow(Piece first, Piece second)
    {
        double overlap = first.box.verticalOverlap(second.box);
        return overlap >= Tolerances.HALF_LINE * Math.min(first.box.height(), second.box.height());
    }
}
