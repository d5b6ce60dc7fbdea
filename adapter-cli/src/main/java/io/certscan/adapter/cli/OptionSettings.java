package io.certscan.adapter.cli;

import java.util.List;

/**
 * The settings the command line's own options stand for ({@code --engine}, {@code --rules},
 * {@code serve}'s {@code --port} …), written in one place: the records that declare them live in
 * modules the command line may not see, so the bootstrap's tests hold each key to the program's
 * settings instead.
 */
public final class OptionSettings
{
    public static final String ENGINE = "certscan.engine";
    public static final String RULE_PACKS = "rules.packs";
    public static final String SERVER_PORT = "server.port";
    public static final String SERVER_HOST = "server.host";
    public static final String SERVER_WORKERS = "server.workers";
    public static final String SERVER_INSECURE_NO_AUTH = "server.insecure-no-auth";

    /** Every key above. */
    public static final List<String> KEYS = List.of(ENGINE, RULE_PACKS, SERVER_PORT, SERVER_HOST, SERVER_WORKERS, SERVER_INSECURE_NO_AUTH);

    private OptionSettings() {}
}
