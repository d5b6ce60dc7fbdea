package io.certscan.application.config;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigProviderTest
{
    @ConfigPrefix("pair")
    record PairConfig(
            @Setting(name = "user", description = "a user") String user,
            @Setting(name = "secret", secret = true, description = "a secret") String secret) {}

    record Unprefixed(int value) {}

    @Test
    void givesTheProgramsRecordOnceItHasTheConfigurations()
    {
        ConfigProvider<PairConfig> provider = ConfigProvider.of(PairConfig.class);
        PairConfig config = new PairConfig("app", "hunter2");

        assertThatThrownBy(provider::get).isInstanceOf(IllegalStateException.class).hasMessageContaining("PairConfig is asked for before");
        provider.setConfigurations(Configurations.of(config));

        assertThat(provider.get()).isSameAs(config);
        assertThat(provider.type()).isEqualTo(PairConfig.class);
    }

    @Test
    void whatTheModuleRequiresIsReportedInItsOwnWords()
    {
        ConfigProvider<PairConfig> provider = ConfigProvider.of(PairConfig.class)
                .requiring(config -> config.user() != null, "pair.user is needed")
                .requiring(config -> config.secret() != null, "pair.secret is needed");

        assertThat(provider.problems(new PairConfig("app", null))).containsExactly("pair.secret is needed");
        assertThat(provider.problems(new PairConfig(null, null))).containsExactly("pair.user is needed", "pair.secret is needed");
        assertThat(provider.problems(new PairConfig("app", "hunter2"))).isEmpty();
        assertThat(ConfigProvider.of(PairConfig.class).problems(new PairConfig(null, null))).isEmpty();
    }

    @Test
    void onlyARecordWithAPrefixDeclaresSettings()
    {
        assertThatThrownBy(() -> ConfigProvider.of(Unprefixed.class)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not annotated @ConfigPrefix");
    }

    @Test
    void theConfigurationsHoldOneOfEachRecord()
    {
        assertThatThrownBy(() -> Configurations.of(new PairConfig("a", "b"), new PairConfig("c", "d"))).hasMessageContaining("two PairConfig records");
        assertThatThrownBy(() -> Configurations.of().get(PairConfig.class)).isInstanceOf(IllegalStateException.class).hasMessageContaining("no PairConfig was configured");
    }
}
