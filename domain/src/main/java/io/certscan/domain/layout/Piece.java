package io.certscan.domain.layout;

import io.certscan.domain.geometry.Point;
import io.certscan.domain.geometry.Quadrilateral;

import java.util.BitSet;
import java.util.List;

/** A line, or part of one, while the layout is worked out. */
final class Piece
{
    final String text;
    final Quadrilateral box;
    final double confidence;
    boolean label;
    Piece inlineValue;
    /** Printed as {@code 开户行及账号：} with nothing after the colon: an empty field, unless its value is close. */
    boolean colonWithoutValue;
    /** A label found at the start of a line with no colon after it ({@code 姓名张敞}): weaker evidence than a colon. */
    boolean withoutColon;

    /** The numbers of the engine's lines this piece was made of. */
    final BitSet sources;

    Piece(String text, Quadrilateral box, double confidence, BitSet sources)
    {
        this.text = text;
        this.box = box;
        this.confidence = confidence;
        this.sources = sources;
    }

    /** The source lines of all these pieces together, for a piece made by joining them. */
    static BitSet sources(List<Piece> pieces)
    {
        BitSet sources = new BitSet();
        pieces.forEach(piece -> sources.or(piece.sources));
        return sources;
    }

    Point center()
    {
        return box.center();
    }

    /** Characters [from, to) of this line, with the box cut in proportion along the reading direction. */
    Piece part(int from, int to, String partText)
    {
        double start = (double) from / text.length();
        double end = (double) to / text.length();
        Point topLeft = box.topLeft();
        Point topRight = box.topRight();
        Point bottomLeft = box.bottomLeft();
        Point bottomRight = box.bottomRight();
        Quadrilateral partBox = new Quadrilateral(
                interpolate(topLeft, topRight, start), interpolate(topLeft, topRight, end),
                interpolate(bottomLeft, bottomRight, end), interpolate(bottomLeft, bottomRight, start));
        return new Piece(partText.strip(), partBox, confidence, (BitSet) sources.clone());
    }

    private static Point interpolate(Point from, Point to, double fraction)
    {
        return new Point(from.x() + (to.x() - from.x()) * fraction, from.y() + (to.y() - from.y()) * fraction);
    }

static boolean isHan(int codePoint)
    {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
