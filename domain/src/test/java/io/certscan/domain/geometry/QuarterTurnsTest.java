package io.certscan.domain.geometry;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuarterTurnsTest
{
    @Test
    void turnsAddUpAndWholeTurnsAreDropped()
    {
        assertThat(QuarterTurns.clockwise(1).then(QuarterTurns.HALF)).isEqualTo(QuarterTurns.COUNTERCLOCKWISE);
        assertThat(QuarterTurns.COUNTERCLOCKWISE.then(QuarterTurns.CLOCKWISE)).isEqualTo(QuarterTurns.NONE);
        assertThat(QuarterTurns.clockwise(-1)).isEqualTo(QuarterTurns.COUNTERCLOCKWISE);
        assertThat(QuarterTurns.clockwise(6)).isEqualTo(QuarterTurns.HALF);
    }

    @Test
    void degreesAreClockwiseAndOnlyQuarterTurnsAreTurns()
    {
        assertThat(QuarterTurns.COUNTERCLOCKWISE.degrees()).isEqualTo(270);
        assertThat(QuarterTurns.ofDegrees(90)).hasValue(QuarterTurns.CLOCKWISE);
        assertThat(QuarterTurns.ofDegrees(45)).isEmpty();
        assertThat(QuarterTurns.ofDegrees(360)).isEmpty();
        assertThat(QuarterTurns.CLOCKWISE.swapsSides()).isTrue();
        assertThat(QuarterTurns.HALF.swapsSides()).isFalse();
    }
}
