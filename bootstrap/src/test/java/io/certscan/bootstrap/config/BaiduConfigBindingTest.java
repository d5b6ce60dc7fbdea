package io.certscan.bootstrap.config;

import io.certscan.adapter.baidu.BaiduConfig;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class BaiduConfigBindingTest
{
    @Test
    void defaults()
    {
        assertThat(bind(Map.of(), Map.of(), new ArrayList<>())).contains(new BaiduConfig("https://aip.baidubce.com", null, null,
                Duration.ofSeconds(5), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(30), 2));
    }

    @Test
    void explicitMapping()
    {
        Map<String, String> environment = Map.of("BAIDU_OCR_BASE_URL", "http://ocr.intranet.example:8080", "BAIDU_API_KEY", "app", "BAIDU_SECRET_KEY", "hunter2");
        Map<String, String> flags = Map.of("baidu.connect-timeout", "2s", "baidu.read-timeout", "10s", "baidu.call-timeout", "20s", "baidu.retry-budget", "0s", "baidu.qps", "10");

        Optional<BaiduConfig> config = bind(flags, environment, new ArrayList<>());

        assertThat(config).contains(new BaiduConfig("http://ocr.intranet.example:8080", "app", "hunter2",
                Duration.ofSeconds(2), Duration.ofSeconds(10), Duration.ofSeconds(20), Duration.ZERO, 10));
        assertThat(config.get().hasCredentials()).isTrue();
        assertThat(config.get().toString()).contains("apiKey=app").doesNotContain("hunter2");
    }

    @Test
    void validationFailures()
    {
        List<String> problems = new ArrayList<>();
        assertThat(bind(Map.of("baidu.qps", "0"), Map.of(), problems)).isEmpty();
        assertThat(problems).singleElement().asString().startsWith("baidu.qps: violates @DecimalMin");

        problems.clear();
        assertThat(bind(Map.of("baidu.base-url", "aip.baidubce.com"), Map.of(), problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("base-url must be an http or https URL");

        problems.clear();
        assertThat(bind(Map.of("baidu.read-timeout", "0s"), Map.of("BAIDU_SECRET_KEY", "hunter2"), problems)).isEmpty();
        assertThat(problems).singleElement().asString().contains("timeouts must be positive").doesNotContain("hunter2");
    }

    private static Optional<BaiduConfig> bind(Map<String, String> flags, Map<String, String> environment, List<String> problems)
    {
        Settings settings = Settings.load(ConfigBinder.definitions(BaiduConfig.class), Optional.empty(), environment, flags);
        return ConfigBinder.bind(BaiduConfig.class, settings, problems);
    }
}
