package io.certscan.domain.geometry;

/** A point in page coordinates: x grows to the right, y grows downwards, units are pixels. */
public record Point(double x, double y)
{
    public Point
    {
        if (!Double.isFinite(x) || !Double.isFinite(y)) {
            throw new IllegalArgumentException("point coordinates must be finite: " + x + ", " + y);
        }
    }

    public double distanceTo(Point other)
    {
        return Math.hypot(other.x - x, other.y - y);
    }
}
