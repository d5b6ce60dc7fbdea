package io.certscan.domain.geometry;

import java.util.Arrays;
import java.util.Optional;

/**
 * How a page was turned, clockwise by quarter turns, before it was read: a picture stored
 * sideways or upside down is read upright, and the boxes of what was read are in the coordinates
 * of the page so turned.
 */
public enum QuarterTurns
{
    NONE(0),
    CLOCKWISE(90),
    HALF(180),
    COUNTERCLOCKWISE(270);

    private final int degrees;

    QuarterTurns(int degrees)
    {
        this.degrees = degrees;
    }

    /** The turn in degrees clockwise: 0, 90, 180 or 270. */
    public int degrees()
    {
        return degrees;
    }

    /** {@code count} quarter turns clockwise (negative: counter-clockwise), whole turns dropped. */
    public static QuarterTurns clockwise(int count)
    {
        return values()[Math.floorMod(count, 4)];
    }

    /** The turn of {@code degrees} clockwise, when it is a whole number of quarter turns from 0 to 270. */
    public static Optional<QuarterTurns> ofDegrees(int degrees)
    {
        return Arrays.stream(values()).filter(turn -> turn.degrees == degrees).findFirst();
    }

    /** This turn followed by {@code next}. */
    public QuarterTurns then(QuarterTurns next)
    {
        return clockwise(ordinal() + next.ordinal());
    }

    /** Whether the turn swaps the page's width and height. */
    public boolean swapsSides()
    {
        return this == CLOCKWISE || this == COUNTERCLOCKWISE;
    }
}
