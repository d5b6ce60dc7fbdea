package io.certscan.adapter.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The options every command that starts the program shares: engine, settings file, settings, rule packs. */
final class SettingsOptions
{
    @Option(names = "--engine", paramLabel = "local|baidu", description = "Recognition engine (setting certscan.engine; default local: offline).")
    String engine;

    @Option(names = "--config", paramLabel = "FILE", description = "Settings file (properties); default ./certscan.properties when present.")
    Path configFile;

    @Option(names = {"-D", "--set"}, paramLabel = "KEY=VALUE", description = "A setting, overriding the file and the environment; repeatable.")
    Map<String, String> settings = new LinkedHashMap<>();

    @Option(names = "--rules", paramLabel = "FILE", description = "A rule pack (JSON) of certificate types to add to the built-in catalogue; repeatable (setting rules.packs).")
    List<Path> rulePacks = new ArrayList<>();

    Optional<Path> configFile()
    {
        return Optional.ofNullable(configFile);
    }

    /** The settings given on the command line, {@code --engine} among them. */
    Map<String, String> flags()
    {
        Map<String, String> flags = new LinkedHashMap<>(settings);
        if (engine != null) {
            flags.put("certscan.engine", engine);
        }
        if (!rulePacks.isEmpty()) {
            List<String> packs = new ArrayList<>();
            Optional.ofNullable(flags.get("rules.packs")).filter(value -> !value.isBlank()).ifPresent(packs::add);
            rulePacks.forEach(pack -> packs.add(pack.toString()));
            flags.put("rules.packs", String.join(",", packs));
        }
        return flags;
    }
}
