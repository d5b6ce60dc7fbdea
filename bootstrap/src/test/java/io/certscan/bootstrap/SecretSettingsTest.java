package io.certscan.bootstrap;

import io.certscan.application.config.ConfigRecords;
import io.certscan.bootstrap.config.ConfigBinder;
import io.certscan.bootstrap.config.SettingDefinition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No configuration record of the program prints the value of a setting declared {@code secret}. */
class SecretSettingsTest
{
    static final List<Class<? extends Record>> CONFIGURATIONS = CertscanInjector.CONFIGURATIONS;
    private static final String SECRET = "sentinel-secret-0123456789";
    /** Settings a record refuses its secrets without. */
    private static final Map<String, String> COMPANIONS = Map.of("server.api-key", "app");

    @ParameterizedTest(name = "{0}")
    @FieldSource("CONFIGURATIONS")
    void aRecordsTextNeverHoldsTheValueOfASecretSetting(Class<? extends Record> type)
    {
        List<SettingDefinition> definitions = ConfigBinder.definitions(type);
        Map<String, String> settings = new HashMap<>();
        for (SettingDefinition definition : definitions) {
            if (definition.secret()) {
                settings.put(definition.key(), SECRET);
            }
            if (COMPANIONS.containsKey(definition.key())) {
                settings.put(definition.key(), COMPANIONS.get(definition.key()));
            }
        }

        Record config = ConfigRecords.of(type, settings);

        assertThat(config.toString()).doesNotContain(SECRET).startsWith(type.getSimpleName() + "[");
        if (definitions.stream().anyMatch(SettingDefinition::secret)) {
            assertThat(config.toString()).contains(ConfigRecords.MASK);
        }
    }

    @Test
    void theProgramHasSecretSettingsToMask()
    {
        assertThat(CONFIGURATIONS.stream().filter(type -> ConfigBinder.definitions(type).stream().anyMatch(SettingDefinition::secret)))
                .contains(io.certscan.adapter.rest.RestConfig.class, io.certscan.adapter.baidu.BaiduConfig.class);
    }
}
