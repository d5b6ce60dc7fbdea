package io.certscan.domain.geometry;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class QuadrilateralTest
{
    @Test
    void rotatedBoxHasItsOwnWidthHeightAndAngle()
    {
        double angle = Math.toRadians(10);
        double cos = Math.cos(angle);
        double sin = Math.sin(angle);
        Quadrilateral box = new Quadrilateral(
                new Point(0, 0), new Point(100 * cos, 100 * sin),
                new Point(100 * cos - 20 * sin, 100 * sin + 20 * cos), new Point(-20 * sin, 20 * cos));

        assertThat(box.width()).isCloseTo(100, within(1e-9));
        assertThat(box.height()).isCloseTo(20, within(1e-9));
        assertThat(box.angleDegrees()).isCloseTo(10, within(1e-9));
        assertThat(box.top()).isCloseTo(0, within(1e-9));
        assertThat(box.left()).isCloseTo(-20 * sin, within(1e-9));
    }

    @Test
    void enclosingAndOverlaps()
    {
        Quadrilateral first = Quadrilateral.rectangle(0, 0, 10, 10);
        Quadrilateral second = Quadrilateral.rectangle(5, 8, 30, 20);

        assertThat(Quadrilateral.enclosing(List.of(first, second))).isEqualTo(Quadrilateral.rectangle(0, 0, 30, 20));
        assertThat(first.verticalOverlap(second)).isEqualTo(2);
        assertThat(first.horizontalOverlap(second)).isEqualTo(5);
        assertThat(first.verticalOverlap(Quadrilateral.rectangle(0, 50, 1, 60))).isZero();
        assertThat(second.center()).isEqualTo(new Point(17.5, 14));
    }
}
