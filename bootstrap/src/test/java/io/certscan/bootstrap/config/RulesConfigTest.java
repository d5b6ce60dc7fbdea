package io.certscan.bootstrap.config;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RulesConfigTest
{
    @Test
    void defaults()
    {
        assertThat(bind(Map.of(), new ArrayList<>())).contains(new RulesConfig(30, 60, 0.8, ""));
    }

    @Test
    void explicitMapping()
    {
        assertThat(bind(Map.of("rules.expiring-soon-days", "90", "rules.review-due-soon-days", "30", "rules.low-confidence", "0.6"), new ArrayList<>()))
                .contains(new RulesConfig(90, 30, 0.6, ""));
    }

    @Test
    void validationFailures()
    {
        List<String> problems = new ArrayList<>();

        assertThat(bind(Map.of("rules.expiring-soon-days", "-1", "rules.low-confidence", "1.5"), problems)).isEmpty();
        assertThat(problems).containsExactlyInAnyOrder(
                "rules.expiring-soon-days: violates @Min (value 0) (was '-1', flag)",
                "rules.low-confidence: violates @DecimalMax (value 1) (was '1.5', flag)");
    }

    private static Optional<RulesConfig> bind(Map<String, String> flags, List<String> problems)
    {
        Settings settings = Settings.load(ConfigBinder.definitions(RulesConfig.class), Optional.empty(), Map.of(), flags);
        return ConfigBinder.bind(RulesConfig.class, settings, problems);
    }
}
