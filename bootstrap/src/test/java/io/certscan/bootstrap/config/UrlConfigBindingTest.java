package io.certscan.bootstrap.config;

import io.certscan.adapter.documents.UrlConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class UrlConfigBindingTest
{
    @Test
    void defaults()
    {
        assertThat(bind(Map.of(), Map.of(), new ArrayList<>())).contains(UrlConfig.defaults())
                .hasValue(new UrlConfig("", Duration.ofSeconds(5), Duration.ofSeconds(10), Duration.ofSeconds(30), 7_864_320));
    }

    @Test
    void explicitMapping()
    {
        Map<String, String> flags = Map.of("url.connect-timeout", "2s", "url.read-timeout", "3s", "url.download-timeout", "1m", "url.max-bytes", "2048");

        assertThat(bind(flags, Map.of("CERTSCAN_URL_ALLOWED_HOSTS", "intranet.example, 10.20.0.0/16"), new ArrayList<>())).contains(
                new UrlConfig("intranet.example, 10.20.0.0/16", Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofMinutes(1), 2048));
    }

    @Test
    void validationFailures()
    {
        List<String> problems = new ArrayList<>();

        assertThat(bind(Map.of("url.max-bytes", "10"), Map.of(), problems)).isEmpty();
        assertThat(problems).containsExactly("url.max-bytes: violates @Min (value 1024) (was '10', flag)");

        problems.clear();
        assertThat(bind(Map.of("url.allowed-hosts", "10.0.0.0/40"), Map.of(), problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("'10.0.0.0/40' has a prefix longer than its 32 bits");

        problems.clear();
        assertThat(bind(Map.of("url.allowed-hosts", "intranet, bad host"), Map.of(), problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("'bad host' is neither a host name, an address nor a CIDR block");

        problems.clear();
        assertThat(bind(Map.of("url.read-timeout", "0s"), Map.of(), problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("timeouts must be positive");
    }

    private static Optional<UrlConfig> bind(Map<String, String> flags, Map<String, String> environment, List<String> problems)
    {
        Settings settings = Settings.load(ConfigBinder.definitions(UrlConfig.class), Optional.empty(), environment, flags);
        return ConfigBinder.bind(UrlConfig.class, settings, problems);
    }
}
