package io.certscan.synthetic;

import org.junit.jupiter.api.Test;

import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small, fixed subset of the accuracy benchmark ({@code synthetic/run accuracy} runs the full
 * one): the first ten generated pictures, three or four per degradation level, one holding two cards.
 */
class AccuracySmokeTest
{
    @Test
    void smokeSubsetStaysNearTheTargets()
            throws IOException
    {
        Scorer scorer = AccuracyHarness.score(SharedEngine.get(), 20261123, 10, null, false);

        assertThat(scorer.tallies()).containsOnlyKeys(Degradation.values());
        scorer.tallies().forEach((level, tally) -> {
            assertThat(tally.f1()).as(level + "\n" + scorer.report() + String.join("\n", scorer.misses()))
                    .isGreaterThanOrEqualTo(Scorer.F1_TARGETS.get(level) - 0.1);
            assertThat(tally.cardCountAccuracy()).as(level + " card counts").isEqualTo(1.0);
            assertThat(tally.titleAccuracy()).as(level + " titles").isEqualTo(1.0);
        });
    }

    @Test
    void layoutsDrawnAfterRealDocumentsAreReadToo()
            throws IOException
    {
        // Six pictures: the landscape licence (spread labels, QR code and caption, （副本）, seal) and
        // the bilingual one (English names under the labels), at each degradation level.
        Scorer scorer = AccuracyHarness.score(SharedEngine.get(), 20261123, 6, null, false, Layout.REAL_LIKE);

        scorer.tallies().forEach((level, tally) -> {
            assertThat(tally.f1()).as(level + "\n" + scorer.report() + String.join("\n", scorer.misses()))
                    .isGreaterThanOrEqualTo(Scorer.F1_TARGETS.get(level) - 0.1);
            assertThat(tally.cardCountAccuracy()).as(level + " card counts").isEqualTo(1.0);
        });
    }
}
