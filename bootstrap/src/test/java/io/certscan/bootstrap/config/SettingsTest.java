package io.certscan.bootstrap.config;

import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class SettingsTest
{
    @TempDir
    Path directory;

    @ConfigPrefix("sample")
    record SampleConfig(
            @Setting(name = "api-key", description = "a secret", secret = true) String apiKey,
            @Setting(name = "threads", defaultValue = "2", description = "worker threads") @Min(1) @Max(64) int threads,
            @Setting(name = "timeout", defaultValue = "10s", description = "a timeout") Duration timeout) {}

    @Test
    void laterLayersWinDefaultsFileEnvironmentFlags()
            throws IOException
    {
        Path file = write("sample.threads=3\nsample.timeout=2m\nsample.api-key=from-file\n");

        Settings settings = Settings.load(ConfigBinder.definitions(SampleConfig.class), Optional.of(file),
                Map.of("SAMPLE_TIMEOUT", "500ms", "PATH", "/usr/bin"), Map.of("sample.threads", "8"));

        assertThat(settings.get("sample.threads")).contains("8");
        assertThat(settings.origin("sample.threads")).isEqualTo("flag");
        assertThat(settings.get("sample.timeout")).contains("500ms");
        assertThat(settings.origin("sample.timeout")).isEqualTo("environment variable SAMPLE_TIMEOUT");
        assertThat(settings.origin("sample.api-key")).isEqualTo("settings file " + file);
        assertThat(bind(settings)).isEqualTo(new SampleConfig("from-file", 8, Duration.ofMillis(500)));
    }

    @Test
    void unknownKeysAreRefusedTogetherWithAHint()
            throws IOException
    {
        Path file = write("sample.thread=3\n");

        assertThatThrownBy(() -> Settings.load(ConfigBinder.definitions(SampleConfig.class), Optional.of(file),
                Map.of("SAMPLE_TIMEOUTS", "1s", "UNRELATED", "x"), Map.of("sample.api-kye", "k", "nothing.like.it", "v")))
                .asInstanceOf(type(ConfigurationException.class))
                .extracting(ConfigurationException::problems).asList()
                .containsExactlyInAnyOrder(
                        "unknown setting 'sample.thread' (settings file " + file + ") (did you mean sample.threads?)",
                        "unknown environment variable SAMPLE_TIMEOUTS (did you mean SAMPLE_TIMEOUT?)",
                        "unknown setting 'sample.api-kye' (flag) (did you mean sample.api-key?)",
                        "unknown setting 'nothing.like.it' (flag)");
    }

    @Test
    void missingExplicitFileIsAProblem()
    {
        assertThatThrownBy(() -> Settings.load(ConfigBinder.definitions(SampleConfig.class), Optional.of(directory.resolve("none.properties")), Map.of(), Map.of()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("none.properties does not exist");
    }

    @Test
    void constraintViolationsAndConversionErrorsNameTheKeyButNeverASecret()
    {
        Settings settings = Settings.load(ConfigBinder.definitions(SampleConfig.class), Optional.empty(), Map.of(),
                Map.of("sample.threads", "0", "sample.api-key", "hunter2"));
        List<String> problems = new ArrayList<>();

        assertThat(ConfigBinder.bind(SampleConfig.class, settings, problems)).isEmpty();
        assertThat(problems).containsExactly("sample.threads: violates @Min (value 1) (was '0', flag)");
        assertThat(settings.describe()).contains("sample.api-key=****  (flag)").doesNotContain("hunter2");

        Settings badDuration = Settings.load(ConfigBinder.definitions(SampleConfig.class), Optional.empty(), Map.of(), Map.of("sample.timeout", "soon"));
        problems.clear();
        ConfigBinder.bind(SampleConfig.class, badDuration, problems);
        assertThat(problems).containsExactly("sample.timeout: is not a duration (such as 500ms, 10s, 2m) (was 'soon', flag)");
    }

    @Test
    void levenshteinDistance()
    {
        assertThat(Settings.distance("engine", "engin")).isEqualTo(1);
        assertThat(Settings.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Settings.distance("", "abc")).isEqualTo(3);
    }

    private static SampleConfig bind(Settings settings)
    {
        List<String> problems = new ArrayList<>();
        return ConfigBinder.bind(SampleConfig.class, settings, problems).orElseThrow(() -> new AssertionError(problems));
    }

    private Path write(String content)
            throws IOException
    {
        Path file = directory.resolve("certscan.properties");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
