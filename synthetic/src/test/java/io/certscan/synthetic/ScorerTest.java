package io.certscan.synthetic;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class ScorerTest
{
    private static final TruthCard TRUTH = new TruthCard("低压电工证", fields("姓名", "张敞", "性别", "男", "价税合计", "¥12.00", "编号", "（苏）安许证字〔2019〕1"));

    @Test
    void aPerfectRecognitionScoresOne()
    {
        Scorer scorer = new Scorer();

        scorer.add("a", Degradation.CLEAN, List.of(TRUTH), List.of(card("低压电工证", "姓 名", "张敞", "性别：", "男", "价税合计", "￥12.00", "编号", "(苏)安许证字【2019】1")));

        Scorer.Tally tally = scorer.tallies().get(Degradation.CLEAN);
        assertThat(tally.f1()).isEqualTo(1.0);
        assertThat(tally.titleAccuracy()).isEqualTo(1.0);
        assertThat(tally.cardCountAccuracy()).isEqualTo(1.0);
        assertThat(scorer.misses()).isEmpty();
    }

    @Test
    void wrongAndMissingPairsLowerPrecisionAndRecall()
    {
        Scorer scorer = new Scorer();

        scorer.add("b", Degradation.PHOTO_LIKE, List.of(TRUTH), List.of(card("低压电工", "姓名", "张", "性别", "男")));

        Scorer.Tally tally = scorer.tallies().get(Degradation.PHOTO_LIKE);
        assertThat(tally.precision()).isCloseTo(0.5, within(1e-9));
        assertThat(tally.recall()).isCloseTo(0.25, within(1e-9));
        assertThat(tally.f1()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(tally.titleAccuracy()).isZero();
        assertThat(scorer.misses()).contains("b #0: extra 姓名=张", "b #0: missed 姓名=张敞");
        assertThat(scorer.meetsTargets()).isFalse();
    }

    @Test
    void aMissingCardCountsAgainstCardCountAndRecall()
    {
        Scorer scorer = new Scorer();

        scorer.add("c", Degradation.CLEAN, List.of(TRUTH, TRUTH), List.of(card("低压电工证", "姓名", "张敞", "性别", "男", "价税合计", "¥12.00", "编号", "(苏)安许证字[2019]1")));

        Scorer.Tally tally = scorer.tallies().get(Degradation.CLEAN);
        assertThat(tally.cardCountAccuracy()).isZero();
        assertThat(tally.recall()).isCloseTo(0.5, within(1e-9));
        assertThat(tally.precision()).isEqualTo(1.0);
        assertThat(scorer.report()).contains("card count right on 0 of 1 pictures");
    }

    private static Certificate card(String title, String... namesAndValues)
    {
        List<ExtractedField> fields = new java.util.ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(ExtractedField.withoutLocation(namesAndValues[i], List.of(namesAndValues[i + 1])));
        }
        return new Certificate(0, Optional.of(title), fields, Optional.empty());
    }

    private static Map<String, String> fields(String... namesAndValues)
    {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return fields;
    }
}
