package io.certscan.domain.layout;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.geometry.Point;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.text.TextLine;

import java.util.List;

/**
 * Stage 0: a page photographed a few degrees askew has rows that run downhill, so one row's pieces
 * drift apart in height and a long line's upright box reaches into the next row. The lines are
 * turned about the page's middle by the median angle of its long lines before the layout, and
 * the boxes of what it finds are turned back, so results stay in the page's own coordinates.
 */
final class Deskew
{
    /** Smaller angles are left alone: the rows' tolerances absorb them. */
    private static final double MINIMUM_DEGREES = 1.5;
    /** Larger angles are no skew but other text (a seal's curve, a vertical mark). */
    private static final double MAXIMUM_DEGREES = 20;
    /** A line this many times longer than high tells its angle well. */
    private static final double LONG_LINE = 3;

    private final double radians;
    private final Point middle;

    private Deskew(double radians, Point middle)
    {
        this.radians = radians;
        this.middle = middle;
    }

    /** The turn that makes the page's long lines level, or none. */
    static Deskew of(List<TextLine> lines)
    {
        double[] angles = lines.stream()
                .map(TextLine::box)
                .filter(box -> box.width() >= LONG_LINE * box.height() && Math.abs(box.angleDegrees()) <= MAXIMUM_DEGREES)
                .mapToDouble(Quadrilateral::angleDegrees)
                .sorted()
                .toArray();
        if (angles.length < 3 || Math.abs(angles[angles.length / 2]) < MINIMUM_DEGREES) {
            return new Deskew(0, new Point(0, 0));
        }
        Quadrilateral all = Quadrilateral.enclosing(lines.stream().map(TextLine::box).toList());
        return new Deskew(Math.toRadians(angles[angles.length / 2]), all.center());
    }

    boolean turns()
    {
        return radians != 0;
    }

    /** The box as it lies on the levelled page. */
    Quadrilateral level(Quadrilateral box)
    {
        return turned(box, -radians);
    }

    /** A certificate's boxes back on the page as it was read. */
    Certificate back(Certificate certificate)
    {
        List<ExtractedField> fields = certificate.fields().stream()
                .map(field -> new ExtractedField(field.name(), field.words(), field.confidence(), field.location().map(box -> turned(box, radians))))
                .toList();
        return new Certificate(certificate.index(), certificate.title(), fields, certificate.region().map(box -> turned(box, radians)));
    }

    private Quadrilateral turned(Quadrilateral box, double angle)
    {
        return new Quadrilateral(turned(box.topLeft(), angle), turned(box.topRight(), angle), turned(box.bottomRight(), angle), turned(box.bottomLeft(), angle));
    }

    private Point turned(Point point, double angle)
    {
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        double x = point.x() - middle.x();
        double y = point.y() - middle.y();
        return new Point(middle.x() + x * cos - y * sin, middle.y() + x * sin + y * cos);
    }
}
