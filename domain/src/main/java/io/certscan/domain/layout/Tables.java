package io.certscan.domain.layout;

import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.geometry.Quadrilateral;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table whose header row names its columns (服务商 车型 上车时间 城市 …) and whose rows below
 * hold the values: each value is paired with the header of the column it stands in, every row
 * adding a value to its column's field.
 */
final class Tables
{
    /** A header row has at least this many labels, and labels make up this share of it at least. */
    private static final int MINIMUM_COLUMNS = 3;
    private static final double LABEL_SHARE = 0.7;
    /** A row of values starts at most this many line heights under the row before it (the header's band may be tall). */
    private static final double ROW_REACH = 3;
    private static final double FIRST_ROW_REACH = 5;
    /** A row belongs to the table when at least this share of its columns has a value in it. */
    private static final double COLUMNS_FILLED = 0.5;
    private static final int MAXIMUM_ROWS = 100;

    private Tables() {}

    static List<Sections.Labelled> pair(List<List<Piece>> rows, Set<Piece> used, double lineHeight)
    {
        List<Sections.Labelled> fields = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            List<Piece> header = rows.get(r);
            if (!isHeader(header) || header.stream().anyMatch(used::contains)) {
                continue;
            }
            Map<Piece, List<Piece>> columns = new LinkedHashMap<>();
            header.forEach(label -> columns.put(label, new ArrayList<>()));
            double bottom = header.stream().mapToDouble(piece -> piece.box.bottom()).max().orElse(0);
            int taken = 0;
            for (int next = r + 1; next < rows.size() && taken < MAXIMUM_ROWS; next++) {
                List<Piece> row = rows.get(next);
                double top = row.stream().mapToDouble(piece -> piece.box.top()).min().orElse(0);
                if (top - bottom > (taken == 0 ? FIRST_ROW_REACH : ROW_REACH) * lineHeight || isHeader(row) || row.stream().anyMatch(piece -> piece.label || used.contains(piece))) {
                    break;
                }
                Map<Piece, List<Piece>> cells = cells(header, row);
                if (cells == null || cells.size() < COLUMNS_FILLED * header.size()) {
                    break;
                }
                cells.forEach((label, values) -> columns.get(label).add(joined(values)));
                row.forEach(used::add);
                bottom = row.stream().mapToDouble(piece -> piece.box.bottom()).max().orElse(bottom);
                taken++;
            }
            if (taken == 0) {
                continue;
            }
            used.addAll(header);
            columns.forEach((label, values) -> {
                for (Piece value : values) {
                    fields.add(new Sections.Labelled(label, new ExtractedField(label.text, List.of(value.text), value.confidence, value.box),
                            Piece.sources(List.of(label, value))));
                }
            });
        }
        return fields;
    }

    private static boolean isHeader(List<Piece> row)
    {
        long labels = row.stream().filter(piece -> piece.inlineValue == null && (LabelLexicon.isLabel(piece.text) || LabelLexicon.looksLikeLabel(piece.text))).count();
        return labels >= MINIMUM_COLUMNS && labels >= LABEL_SHARE * row.size();
    }

    /** Each piece of the row under the header whose column holds its middle; none when a piece stands in no column. */
    private static Map<Piece, List<Piece>> cells(List<Piece> header, List<Piece> row)
    {
        Map<Piece, List<Piece>> cells = new LinkedHashMap<>();
        for (Piece piece : row) {
            double middle = piece.center().x();
            Piece column = null;
            for (int i = 0; i < header.size(); i++) {
                double from = i == 0 ? Double.NEGATIVE_INFINITY : (header.get(i - 1).center().x() + header.get(i).center().x()) / 2;
                double to = i == header.size() - 1 ? Double.POSITIVE_INFINITY : (header.get(i).center().x() + header.get(i + 1).center().x()) / 2;
                if (middle >= from && middle < to) {
                    column = header.get(i);
                }
            }
            if (column == null) {
                return null;
            }
            cells.computeIfAbsent(column, ignored -> new ArrayList<>()).add(piece);
        }
        return cells;
    }

    private static Piece joined(List<Piece> pieces)
    {
        if (pieces.size() == 1) {
            return pieces.get(0);
        }
        return new Piece(String.join(" ", pieces.stream().map(piece -> piece.text).toList()), Quadrilateral.enclosing(pieces.stream().map(piece -> piece.box).toList()),
                pieces.stream().mapToDouble(piece -> piece.confidence).min().orElse(0), Piece.sources(pieces));
    }
}
