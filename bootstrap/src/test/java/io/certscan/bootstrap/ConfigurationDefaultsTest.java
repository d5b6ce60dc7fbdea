package io.certscan.bootstrap;

import io.certscan.application.config.ConfigRecords;
import io.certscan.bootstrap.config.ConfigBinder;
import io.certscan.bootstrap.config.SettingDefinition;
import io.certscan.bootstrap.config.Settings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The declared defaults are the only ones: they bind, the records built without the bootstrap have them, and the README lists them. */
class ConfigurationDefaultsTest
{
    static final List<Class<? extends Record>> CONFIGURATIONS = CertscanInjector.CONFIGURATIONS;

    @ParameterizedTest(name = "{0}")
    @FieldSource("CONFIGURATIONS")
    void theDeclaredDefaultsAloneBindAndAreTheDefaultsOfARecordBuiltWithoutTheBootstrap(Class<? extends Record> type)
    {
        assertDefaultsBind(type);
    }

    private static <T extends Record> void assertDefaultsBind(Class<T> type)
    {
        List<String> problems = new ArrayList<>();

        Optional<T> bound = ConfigBinder.bind(type, Settings.load(ConfigBinder.definitions(type), Optional.empty(), Map.of(), Map.of()), problems);

        assertThat(problems).isEmpty();
        assertThat(bound).contains(ConfigRecords.defaults(type));
    }

    @Test
    void theReadmesConfigurationTableListsEverySettingWithItsVariableAndDefault()
            throws IOException
    {
        Map<String, List<String>> documented = configurationTable(Path.of("..", "README.md"));

        for (SettingDefinition definition : CertscanInjector.settingDefinitions()) {
            assertThat(documented).as("README's configuration table").containsKey(definition.key());
            List<String> row = documented.get(definition.key());
            assertThat(row.get(0)).as("the variable of " + definition.key()).isEqualTo("`" + definition.environmentVariable() + "`");
            Optional<String> shown = definition.defaultValue().filter(value -> !value.isEmpty()).map(value -> "`" + value + "`");
            if (shown.isPresent()) {
                assertThat(row.get(1)).as("the default of " + definition.key()).isEqualTo(shown.get());
            }
            else {
                assertThat(row.get(1)).as(definition.key() + " has no default to show").doesNotContain("`");
            }
        }
        assertThat(documented.keySet()).as("settings the README lists")
                .containsExactlyInAnyOrderElementsOf(CertscanInjector.settingDefinitions().stream().map(SettingDefinition::key).toList());
    }

    /** The table under "| key | environment | default | meaning |": each key's variable and default cells. */
    private static Map<String, List<String>> configurationTable(Path readme)
            throws IOException
    {
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int header = lines.indexOf("| key | environment | default | meaning |");
        assertThat(header).as("the configuration table's header in " + readme).isNotNegative();
        Map<String, List<String>> rows = new LinkedHashMap<>();
        for (String line : lines.subList(header + 2, lines.size())) {
            if (!line.startsWith("|")) {
                break;
            }
            List<String> cells = Arrays.stream(line.substring(1, line.length() - 1).split("\\|", -1)).map(String::strip).toList();
            assertThat(cells.get(0)).as("one key, in backticks, per row: " + line).matches("`[a-z.-]+`");
            rows.put(cells.get(0).substring(1, cells.get(0).length() - 1), cells.subList(1, 3));
        }
        return rows;
    }
}
