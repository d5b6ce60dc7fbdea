package io.certscan.bootstrap;

import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.bootstrap.config.ConfigurationException;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.Urgency;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The judge without an engine: the program's catalogue and rules, no models, the settings checked all together. */
class JudgingProgramTest
{
    private static final Certificate CARD = new Certificate(0, Optional.of("低压电工证"), List.of(
            new ExtractedField("证号", List.of("T320481199806303517"), 0.99, Optional.empty()),
            new ExtractedField("姓名", List.of("张敞"), 0.67, Optional.empty()),
            new ExtractedField("有效期限", List.of("2021-10-08至2027-10-07"), 0.98, Optional.empty()),
            new ExtractedField("应复审日期", List.of("2024-10-07"), 0.98, Optional.empty())), Optional.empty());

    @Test
    void storedCertificatesAreClassifiedAndJudgedByTheProgramsRulesAsOfTheDate()
    {
        JudgeCertificates judge = CertscanFactory.createJudge(Map.of("rules.low-confidence", "0.5"));

        List<JudgedCertificate> before = judge.judge(List.of(CARD), LocalDate.of(2024, 9, 1));
        List<JudgedCertificate> after = judge.judge(List.of(CARD), LocalDate.of(2028, 1, 1));

        assertThat(before).singleElement().satisfies(judged -> {
            assertThat(judged.type()).hasValueSatisfying(type -> assertThat(type.id()).isEqualTo("special-operation"));
            assertThat(judged.findings()).extracting(Finding::code).contains("VALID", "REVIEW_DUE_SOON").doesNotContain("LOW_CONFIDENCE");
        });
        assertThat(Urgency.of(after.get(0).findings())).isEqualTo(Urgency.EXPIRED);
    }

    @Test
    void todayIsTodayInTheConfiguredZone()
    {
        JudgeCertificates judge = CertscanFactory.createJudge(Map.of("certscan.time-zone", "Pacific/Kiritimati"));

        assertThat(judge.today()).isIn(LocalDate.now(ZoneId.of("Pacific/Kiritimati")), LocalDate.now(ZoneId.of("Pacific/Kiritimati")).minusDays(1));
    }

    @Test
    void everyProblemWithTheSettingsIsReportedAtOnce()
    {
        assertThatThrownBy(() -> CertscanFactory.createJudge(Map.of("rules.low-confidence", "2", "certscan.time-zone", "Mars/Olympus")))
                .isInstanceOfSatisfying(ConfigurationException.class, problems -> assertThat(problems.problems()).hasSize(2)
                        .anySatisfy(problem -> assertThat(problem).contains("rules.low-confidence"))
                        .anySatisfy(problem -> assertThat(problem).contains("certscan.time-zone")));
        assertThatThrownBy(() -> CertscanFactory.createJudge(Map.of("rules.no-such", "1")))
                .isInstanceOfSatisfying(ConfigurationException.class, problems -> assertThat(problems.problems()).singleElement().asString().contains("rules.no-such"));
    }

    @Test
    void noSparkIsOnTheProgramsClassPath()
    {
        // The Spark module depends on the program, never the other way round: certscan.jar carries none of it.
        assertThatThrownBy(() -> Class.forName("org.apache.spark.sql.SparkSession")).isInstanceOf(ClassNotFoundException.class);
        assertThatThrownBy(() -> Class.forName("scala.Function1")).isInstanceOf(ClassNotFoundException.class);
    }
}
