package io.certscan.domain.geometry;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Four corners of a text box, clockwise from the top-left as read: top-left, top-right,
 * bottom-right, bottom-left. OCR boxes are rarely axis-aligned, so the shape is kept as found and
 * the axis-aligned bounds are derived when a layout decision needs them.
 */
public record Quadrilateral(Point topLeft, Point topRight, Point bottomRight, Point bottomLeft)
{
    public Quadrilateral
    {
        requireNonNull(topLeft, "topLeft is null");
        requireNonNull(topRight, "topRight is null");
        requireNonNull(bottomRight, "bottomRight is null");
        requireNonNull(bottomLeft, "bottomLeft is null");
    }

    public static Quadrilateral rectangle(double left, double top, double right, double bottom)
    {
        if (right < left || bottom < top) {
            throw new IllegalArgumentException("rectangle has negative size: %s,%s,%s,%s".formatted(left, top, right, bottom));
        }
        return new Quadrilateral(new Point(left, top), new Point(right, top), new Point(right, bottom), new Point(left, bottom));
    }

    /** The smallest quadrilateral (axis-aligned) holding all the given boxes. */
    public static Quadrilateral enclosing(List<Quadrilateral> boxes)
    {
        if (boxes.isEmpty()) {
            throw new IllegalArgumentException("no boxes to enclose");
        }
        double left = Double.MAX_VALUE;
        double top = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Quadrilateral box : boxes) {
            left = Math.min(left, box.left());
            top = Math.min(top, box.top());
            right = Math.max(right, box.right());
            bottom = Math.max(bottom, box.bottom());
        }
        return rectangle(left, top, right, bottom);
    }

    public List<Point> corners()
    {
        return List.of(topLeft, topRight, bottomRight, bottomLeft);
    }

    public double left()
    {
        return Math.min(Math.min(topLeft.x(), topRight.x()), Math.min(bottomRight.x(), bottomLeft.x()));
    }

    public double right()
    {
        return Math.max(Math.max(topLeft.x(), topRight.x()), Math.max(bottomRight.x(), bottomLeft.x()));
    }

    public double top()
    {
        return Math.min(Math.min(topLeft.y(), topRight.y()), Math.min(bottomRight.y(), bottomLeft.y()));
    }

    public double bottom()
    {
        return Math.max(Math.max(topLeft.y(), topRight.y()), Math.max(bottomRight.y(), bottomLeft.y()));
    }

    /** Length along the reading direction, averaged over the top and bottom edges. */
    public double width()
    {
        return (topLeft.distanceTo(topRight) + bottomLeft.distanceTo(bottomRight)) / 2;
    }

    /** Height across the reading direction: the text's size, averaged over the left and right edges. */
    public double height()
    {
        return (topLeft.distanceTo(bottomLeft) + topRight.distanceTo(bottomRight)) / 2;
    }

    public Point center()
    {
        return new Point(
                (topLeft.x() + topRight.x() + bottomRight.x() + bottomLeft.x()) / 4,
                (topLeft.y() + topRight.y() + bottomRight.y() + bottomLeft.y()) / 4);
    }

    /** Angle of the reading direction in degrees; positive when the line runs downwards to the right (y grows downwards). */
    public double angleDegrees()
    {
        double dx = (topRight.x() - topLeft.x() + bottomRight.x() - bottomLeft.x()) / 2;
        double dy = (topRight.y() - topLeft.y() + bottomRight.y() - bottomLeft.y()) / 2;
        return Math.toDegrees(Math.atan2(dy, dx));
    }

    /** Length of the overlap of the two boxes' vertical extents, 0 when they do not overlap. */
    public double verticalOverlap(Quadrilateral other)
    {
        return Math.max(0, Math.min(bottom(), other.bottom()) - Math.max(top(), other.top()));
    }

    public double horizontalOverlap(Quadrilateral other)
    {
        return Math.max(0, Math.min(right(), other.right()) - Math.max(left(), other.left()));
    }

    public Quadrilateral scaled(double factor)
    {
        return new Quadrilateral(scale(topLeft, factor), scale(topRight, factor), scale(bottomRight, factor), scale(bottomLeft, factor));
    }

    private static Point scale(Point point, double factor)
    {
        return new Point(point.x() * factor, point.y() * factor);
    }
}
