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

    @Option(names = "--verbose", description = "With a failure's error code, print its cause in one line (the failing library's words), for a bug report.")
    boolean verbose;

    /**
     * The line {@code --verbose} adds under a failure: the innermost cause, its class and message
     * on one line, shortened; empty without {@code --verbose} or when there is no cause.
     */
    Optional<String> causeLine(Throwable failure)
    {
        if (!verbose || failure.getCause() == null) {
            return Optional.empty();
        }
        Throwable root = failure.getCause();
        for (int depth = 0; root.getCause() != null && root.getCause() != root && depth < 32; depth++) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? "" : ": " + root.getMessage().replaceAll("\\s+", " ").strip();
        String line = "  cause: " + root.getClass().getName() + message;
        return Optional.of(line.length() > 300 ? line.substring(0, 300) + "…" : line);
    }

    /** What these options say of the program's settings, for the launcher to turn into settings. */
    Launcher.Options options()
    {
        return new Launcher.Options(Optional.ofNullable(configFile), settings, Optional.ofNullable(engine), rulePacks);
    }
}
