package io.certscan.bootstrap.config;

import io.certscan.adapter.rest.RestConfig;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RestConfigBindingTest
{
    @Test
    void defaults()
    {
        assertThat(bind(Map.of(), Map.of(), new ArrayList<>())).contains(
                new RestConfig(null, 8080, 0, 16, 11_010_048, Duration.ofDays(30), null, null, null, false, Duration.ofSeconds(30), Duration.ofSeconds(30),
                        null, null, null, null, null, 1024, 64, null));
    }

    @Test
    void explicitMapping()
    {
        Map<String, String> flags = Map.ofEntries(
                Map.entry("server.host", "0.0.0.0"), Map.entry("server.port", "9000"), Map.entry("server.workers", "4"),
                Map.entry("server.queue-capacity", "0"), Map.entry("server.max-request-bytes", "2048"), Map.entry("server.token-lifetime", "2h"),
                Map.entry("server.keys-file", "/etc/certscan/keys"), Map.entry("server.insecure-no-auth", "true"),
                Map.entry("server.idle-timeout", "5s"), Map.entry("server.shutdown-timeout", "1m"));

        assertThat(bind(flags, Map.of("CERTSCAN_API_KEY", "app", "CERTSCAN_SECRET_KEY", "app-secret-0123456789"), new ArrayList<>())).contains(
                new RestConfig("0.0.0.0", 9000, 4, 0, 2048, Duration.ofHours(2), "app", "app-secret-0123456789", Path.of("/etc/certscan/keys"), true,
                        Duration.ofSeconds(5), Duration.ofMinutes(1), null, null, null, null, null, 1024, 64, null));
    }

    @Test
    void environmentVariablesAreOursAloneAndOthersAreLeftAlone()
    {
        // SERVER_PORT belongs to whatever else runs in the container; ours is CERTSCAN_SERVER_PORT.
        assertThat(bind(Map.of(), Map.of("SERVER_PORT", "1", "CERTSCAN_SERVER_PORT", "9100"), new ArrayList<>()))
                .hasValueSatisfying(config -> assertThat(config.port()).isEqualTo(9100));
    }

    @Test
    void validationFailures()
    {
        List<String> problems = new ArrayList<>();

        assertThat(bind(Map.of("server.port", "70000", "server.max-request-bytes", "10"), Map.of(), problems)).isEmpty();
        assertThat(problems).containsExactlyInAnyOrder(
                "server.port: violates @Max (value 65535) (was '70000', flag)",
                "server.max-request-bytes: violates @Min (value 1024) (was '10', flag)");

        problems.clear();
        assertThat(bind(Map.of(), Map.of("CERTSCAN_API_KEY", "app"), problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("api-key and secret-key go together");

        problems.clear();
        assertThat(bind(Map.of(), Map.of("CERTSCAN_API_KEY", "app", "CERTSCAN_SECRET_KEY", "hunter2"), problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("secret-key (CERTSCAN_SECRET_KEY) must be at least 16 characters").doesNotContain("hunter2");

        problems.clear();
        assertThat(bind(Map.of(), Map.of("CERTSCAN_API_KEY", "app", "CERTSCAN_SECRET_KEY", "hunter2", "CERTSCAN_SERVER_PORT", "x"), problems)).isEmpty();
        assertThat(problems).containsExactly("server.port: must be an integer (was 'x', environment variable CERTSCAN_SERVER_PORT)");
        assertThat(String.join("\n", problems)).doesNotContain("hunter2");
    }

    private static Optional<RestConfig> bind(Map<String, String> flags, Map<String, String> environment, List<String> problems)
    {
        Settings settings = Settings.load(ConfigBinder.definitions(RestConfig.class), Optional.empty(), environment, flags);
        return ConfigBinder.bind(RestConfig.class, settings, problems);
    }
}
