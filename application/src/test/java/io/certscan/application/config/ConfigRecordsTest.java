package io.certscan.application.config;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ConfigRecordsTest
{
    enum Mode
    {
        FAST, VERY_CAREFUL
    }

    @ConfigPrefix("sample")
    record SampleConfig(
            @Setting(name = "threads", defaultValue = "2", description = "worker threads") int threads,
            @Setting(name = "timeout", defaultValue = "10s", description = "a timeout") Duration timeout,
            @Setting(name = "zone", defaultValue = "Asia/Shanghai", description = "a zone") ZoneId zone,
            @Setting(name = "mode", defaultValue = "very-careful", description = "a mode") Mode mode,
            @Setting(name = "verbose", defaultValue = "off", description = "a switch") boolean verbose,
            @Setting(name = "file", description = "a file, none by default") Path file)
    {
        SampleConfig
        {
            if (threads > 64) {
                throw new IllegalArgumentException("threads: at most 64");
            }
        }
    }

    @ConfigPrefix("keyed")
    record KeyedConfig(
            @Setting(name = "api-key", description = "a key") String apiKey,
            @Setting(name = "secret-key", secret = true, description = "its secret") String secretKey,
            @Setting(name = "port", defaultValue = "80", description = "a port") int port)
    {
        @Override
        public String toString()
        {
            return ConfigRecords.toString(this);
        }
    }

    @ConfigPrefix("bare")
    record WithoutDefault(@Setting(name = "count", description = "a count without default") int count) {}

    @Test
    void everySettingTakesItsDeclaredDefaultAndOneWithoutIsNull()
    {
        assertThat(ConfigRecords.defaults(SampleConfig.class))
                .isEqualTo(new SampleConfig(2, Duration.ofSeconds(10), ZoneId.of("Asia/Shanghai"), Mode.VERY_CAREFUL, false, null));
    }

    @Test
    void givenSettingsReplaceTheDefaultsOrTheValuesOfARecord()
    {
        SampleConfig config = ConfigRecords.of(SampleConfig.class, Map.of("sample.threads", "8", "sample.file", "/tmp/x"));

        assertThat(config).isEqualTo(new SampleConfig(8, Duration.ofSeconds(10), ZoneId.of("Asia/Shanghai"), Mode.VERY_CAREFUL, false, Path.of("/tmp/x")));
        assertThat(ConfigRecords.with(config, Map.of("sample.timeout", "500ms", "sample.mode", "fast", "sample.verbose", "yes")))
                .isEqualTo(new SampleConfig(8, Duration.ofMillis(500), ZoneId.of("Asia/Shanghai"), Mode.FAST, true, Path.of("/tmp/x")));
    }

    @Test
    void unknownKeysBadValuesRefusalsAndMissingPrimitivesNameTheirKey()
    {
        assertThatThrownBy(() -> ConfigRecords.of(SampleConfig.class, Map.of("sample.thread", "3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[sample.thread]").hasMessageContaining("sample.threads, sample.timeout");
        assertThatThrownBy(() -> ConfigRecords.of(SampleConfig.class, Map.of("sample.timeout", "soon")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("sample.timeout: is not a duration (such as 500ms, 10s, 2m) (was 'soon')");
        assertThatThrownBy(() -> ConfigRecords.of(SampleConfig.class, Map.of("sample.mode", "slow")))
                .hasMessage("sample.mode: must be one of fast, very-careful (was 'slow')");
        assertThatThrownBy(() -> ConfigRecords.of(SampleConfig.class, Map.of("sample.threads", "100")))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("threads: at most 64");
        assertThatThrownBy(() -> ConfigRecords.defaults(WithoutDefault.class))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("bare.count: is required");
    }

    @Test
    void aRecordsTextMasksItsSecretSettingsAndShowsTheRestAsARecordWould()
    {
        assertThat(new KeyedConfig("app", "hunter2-hunter2", 443)).hasToString("KeyedConfig[apiKey=app, secretKey=****, port=443]");
        assertThat(new KeyedConfig(null, null, 80)).hasToString("KeyedConfig[apiKey=null, secretKey=null, port=80]");
        assertThat(ConfigRecords.toString(ConfigRecords.defaults(SampleConfig.class))).isEqualTo(ConfigRecords.defaults(SampleConfig.class).toString());
    }
}
