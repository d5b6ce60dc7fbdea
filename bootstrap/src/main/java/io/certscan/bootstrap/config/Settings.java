package io.certscan.bootstrap.config;

import io.certscan.application.config.ConfigRecords;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The settings in force, each with where it came from, layered as: defaults &lt; settings file &lt;
 * environment variables &lt; flags. Keys nobody declared are refused with a "did you mean" hint,
 * from the file, from flags, and from environment variables that carry one of our prefixes.
 */
public final class Settings
{
    /** Variables of ours that are no settings: the ./certscan launcher reads them before the JVM starts. */
    private static final Set<String> LAUNCHER_VARIABLES = Set.of("CERTSCAN_JAVA_OPTS");

    private final Map<String, SettingDefinition> definitions;
    private final Map<String, String> values;
    private final Map<String, String> origins;

    private Settings(Map<String, SettingDefinition> definitions, Map<String, String> values, Map<String, String> origins)
    {
        this.definitions = definitions;
        this.values = values;
        this.origins = origins;
    }

    /**
     * @param file an explicit settings file (must exist), or empty to use none
     * @throws ConfigurationException listing every unknown key and unreadable file
     */
    public static Settings load(List<SettingDefinition> known, Optional<Path> file, Map<String, String> environment, Map<String, String> flags)
    {
        requireNonNull(known, "known is null");
        Map<String, SettingDefinition> definitions = known.stream()
                .collect(Collectors.toMap(SettingDefinition::key, Function.identity(), (first, second) -> {
                    throw new IllegalStateException("setting declared twice: " + first.key());
                }, TreeMap::new));
        Map<String, String> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();

        for (SettingDefinition definition : definitions.values()) {
            definition.defaultValue().ifPresent(value -> {
                values.put(definition.key(), value);
                origins.put(definition.key(), "default");
            });
        }
        if (file.isPresent()) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file.get(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            catch (NoSuchFileException missing) {
                problems.add("settings file " + file.get() + " does not exist");
            }
            catch (IOException | IllegalArgumentException unreadable) {
                problems.add("settings file " + file.get() + " cannot be read: " + unreadable.getMessage());
            }
            properties.stringPropertyNames().stream().sorted()
                    .forEach(key -> put(definitions, values, origins, problems, key, properties.getProperty(key), "settings file " + file.get()));
        }
        Set<String> prefixes = definitions.values().stream()
                .map(SettingDefinition::environmentVariable)
                .map(variable -> variable.indexOf('_') < 0 ? variable : variable.substring(0, variable.indexOf('_') + 1))
                .collect(Collectors.toSet());
        Map<String, SettingDefinition> byVariable = definitions.values().stream()
                .collect(Collectors.toMap(SettingDefinition::environmentVariable, Function.identity()));
        new TreeMap<>(environment).forEach((variable, value) -> {
            SettingDefinition definition = byVariable.get(variable);
            if (definition != null) {
                values.put(definition.key(), value);
                origins.put(definition.key(), "environment variable " + variable);
            }
            else if (prefixes.stream().anyMatch(variable::startsWith) && !LAUNCHER_VARIABLES.contains(variable)) {
                problems.add("unknown environment variable " + variable + suggestion(variable, byVariable.keySet()));
            }
        });
        flags.forEach((key, value) -> put(definitions, values, origins, problems, key, value, "flag"));

        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        return new Settings(Map.copyOf(definitions), values, origins);
    }

    private static void put(Map<String, SettingDefinition> definitions, Map<String, String> values, Map<String, String> origins, List<String> problems,
            String key, String value, String origin)
    {
        String trimmed = key.strip();
        if (!definitions.containsKey(trimmed)) {
            problems.add("unknown setting '" + trimmed + "' (" + origin + ")" + suggestion(trimmed, definitions.keySet()));
            return;
        }
        values.put(trimmed, value.strip());
        origins.put(trimmed, origin);
    }

    /** The value in force, if any layer set it. */
    public Optional<String> get(String key)
    {
        requireNonNull(key, "key is null");
        if (!definitions.containsKey(key)) {
            throw new IllegalArgumentException("setting was never declared: " + key);
        }
        return Optional.ofNullable(values.get(key));
    }

    public SettingDefinition definition(String key)
    {
        return Optional.ofNullable(definitions.get(key)).orElseThrow(() -> new IllegalArgumentException("setting was never declared: " + key));
    }

    /** "from the settings file x", "from environment variable X", "by default" … for error messages. */
    public String origin(String key)
    {
        return origins.getOrDefault(key, "unset");
    }

    /** Every setting with its value and origin, secrets masked: safe to print or log. */
    public String describe()
    {
        return definitions.values().stream()
                .sorted(Comparator.comparing(SettingDefinition::key))
                .map(definition -> "%s=%s  (%s)".formatted(definition.key(), display(definition), origin(definition.key())))
                .collect(Collectors.joining("\n"));
    }

    /** A value as it may be shown: secrets become asterisks. */
    String display(SettingDefinition definition)
    {
        String value = values.get(definition.key());
        if (value == null) {
            return "";
        }
        return definition.secret() && !value.isEmpty() ? ConfigRecords.MASK : value;
    }

    private static String suggestion(String unknown, Set<String> candidates)
    {
        return candidates.stream()
                .min(Comparator.comparingInt(candidate -> distance(unknown.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT))))
                .filter(best -> distance(unknown.toLowerCase(Locale.ROOT), best.toLowerCase(Locale.ROOT)) <= Math.max(2, best.length() / 4))
                .map(best -> " (did you mean " + best + "?)")
                .orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String first, String second)
    {
        int[] previous = new int[second.length() + 1];
        int[] current = new int[second.length() + 1];
        for (int j = 0; j <= second.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= first.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= second.length(); j++) {
                int substitution = previous[j - 1] + (first.charAt(i - 1) == second.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[second.length()];
    }
}
