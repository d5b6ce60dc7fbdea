package io.certscan.bootstrap.config;

import org.junit.jupiter.api.Test;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class CertscanConfigTest
{
    @Test
    void defaults()
    {
        CertscanConfig config = bind(Map.of(), Map.of());

        assertThat(config).isEqualTo(new CertscanConfig(CertscanConfig.Engine.LOCAL, ZoneId.of("Asia/Shanghai")));
    }

    @Test
    void explicitMappingFromFlagsAndEnvironment()
    {
        assertThat(bind(Map.of(), Map.of("certscan.engine", "baidu", "certscan.time-zone", "Europe/Paris")))
                .isEqualTo(new CertscanConfig(CertscanConfig.Engine.BAIDU, ZoneId.of("Europe/Paris")));
        assertThat(bind(Map.of("CERTSCAN_ENGINE", "BAIDU", "CERTSCAN_TIME_ZONE", "+08:00"), Map.of()))
                .isEqualTo(new CertscanConfig(CertscanConfig.Engine.BAIDU, ZoneId.of("+08:00")));
    }

    @Test
    void validationFailuresAreAllReported()
    {
        Settings settings = Settings.load(ConfigBinder.definitions(CertscanConfig.class), Optional.empty(),
                Map.of("CERTSCAN_TIME_ZONE", "Mars/Olympus"), Map.of("certscan.engine", "tesseract"));
        List<String> problems = new ArrayList<>();

        assertThat(ConfigBinder.bind(CertscanConfig.class, settings, problems)).isEmpty();
        assertThat(problems).containsExactly(
                "certscan.engine: must be one of local, baidu (was 'tesseract', flag)",
                "certscan.time-zone: is not a time zone (such as Asia/Shanghai or +08:00) (was 'Mars/Olympus', environment variable CERTSCAN_TIME_ZONE)");
    }

    private static CertscanConfig bind(Map<String, String> environment, Map<String, String> flags)
    {
        Settings settings = Settings.load(ConfigBinder.definitions(CertscanConfig.class), Optional.empty(), environment, flags);
        List<String> problems = new ArrayList<>();
        CertscanConfig config = ConfigBinder.bind(CertscanConfig.class, settings, problems).orElseThrow(() -> new AssertionError(problems));
        assertThat(problems).isEmpty();
        return config;
    }
}
