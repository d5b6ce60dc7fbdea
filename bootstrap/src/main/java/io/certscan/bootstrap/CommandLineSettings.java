package io.certscan.bootstrap;

import io.certscan.adapter.cli.Launcher;
import io.certscan.adapter.rest.RestConfig;
import io.certscan.application.config.ConfigRecords;
import io.certscan.bootstrap.config.CertscanConfig;
import io.certscan.bootstrap.config.RulesConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings the command line's options stand for ({@code --engine} is
 * {@code certscan.engine}, {@code serve --port} is {@code server.port} …), written as settings of
 * the highest precedence. Each key is the one its record declares, looked up by the record's
 * component when this class loads, so a renamed setting fails here and not silently on a user's
 * command line.
 */
final class CommandLineSettings
{
    static final String ENGINE = key(CertscanConfig.class, "engine");
    static final String RULE_PACKS = key(RulesConfig.class, "packs");
    static final String SERVER_PORT = key(RestConfig.class, "port");
    static final String SERVER_HOST = key(RestConfig.class, "host");
    static final String SERVER_WORKERS = key(RestConfig.class, "workers");
    static final String SERVER_INSECURE_NO_AUTH = key(RestConfig.class, "insecureNoAuth");

    private CommandLineSettings() {}

    /** The {@code -D} settings, then what {@code --engine} and {@code --rules} say; {@code --rules} files add to the packs {@code -D} names. */
    static Map<String, String> of(Launcher.Options options)
    {
        Map<String, String> flags = new LinkedHashMap<>(options.settings());
        options.engine().ifPresent(engine -> flags.put(ENGINE, engine));
        if (!options.rulePacks().isEmpty()) {
            List<String> packs = new ArrayList<>();
            Optional.ofNullable(flags.get(RULE_PACKS)).filter(value -> !value.isBlank()).ifPresent(packs::add);
            options.rulePacks().stream().map(Path::toString).forEach(packs::add);
            flags.put(RULE_PACKS, String.join(",", packs));
        }
        return flags;
    }

    /** The same, with what {@code serve}'s own options say of the server. */
    static Map<String, String> of(Launcher.Options options, Launcher.ServerOptions server)
    {
        Map<String, String> flags = of(options);
        server.port().ifPresent(port -> flags.put(SERVER_PORT, Integer.toString(port)));
        server.host().ifPresent(host -> flags.put(SERVER_HOST, host));
        server.workers().ifPresent(workers -> flags.put(SERVER_WORKERS, Integer.toString(workers)));
        if (server.insecureNoAuth()) {
            flags.put(SERVER_INSECURE_NO_AUTH, "true");
        }
        return flags;
    }

    private static String key(Class<? extends Record> type, String component)
    {
        return Arrays.stream(type.getRecordComponents())
                .filter(candidate -> candidate.getName().equals(component))
                .findFirst()
                .map(ConfigRecords::key)
                .orElseThrow(() -> new IllegalStateException(type.getSimpleName() + " has no setting " + component));
    }
}
