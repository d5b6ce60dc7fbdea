package io.certscan.bootstrap;

import io.certscan.adapter.cli.Launcher;
import io.certscan.bootstrap.config.SettingDefinition;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line's options become the settings they stand for, keyed as their records declare them. */
class CommandLineSettingsTest
{
    @Test
    void eachOptionIsTheSettingItsRecordDeclares()
    {
        assertThat(CertscanInjector.settingDefinitions()).extracting(SettingDefinition::key)
                .contains(CommandLineSettings.ENGINE, CommandLineSettings.RULE_PACKS, CommandLineSettings.SERVER_PORT, CommandLineSettings.SERVER_HOST,
                        CommandLineSettings.SERVER_WORKERS, CommandLineSettings.SERVER_INSECURE_NO_AUTH);
        assertThat(List.of(CommandLineSettings.ENGINE, CommandLineSettings.SERVER_PORT, CommandLineSettings.SERVER_INSECURE_NO_AUTH))
                .containsExactly("certscan.engine", "server.port", "server.insecure-no-auth");
    }

    @Test
    void serveOptionsBecomeServerSettingsBesideTheOthers()
    {
        Launcher.Options options = new Launcher.Options(Optional.empty(), Map.of("server.queue-capacity", "4"), Optional.of("local"), List.of());

        assertThat(CommandLineSettings.of(options, new Launcher.ServerOptions(Optional.of(9123), Optional.of("127.0.0.1"), Optional.of(3), false))).containsOnly(
                Map.entry("server.port", "9123"), Map.entry("server.host", "127.0.0.1"), Map.entry("server.workers", "3"),
                Map.entry("certscan.engine", "local"), Map.entry("server.queue-capacity", "4"));
        assertThat(CommandLineSettings.of(options, new Launcher.ServerOptions(Optional.empty(), Optional.empty(), Optional.empty(), true)))
                .containsEntry("server.insecure-no-auth", "true")
                .doesNotContainKeys("server.port", "server.host", "server.workers");
    }

    @Test
    void ruleFilesAddToThePacksASettingNames()
    {
        Launcher.Options options = new Launcher.Options(Optional.empty(), Map.of("rules.packs", "base.json"), Optional.empty(), List.of(Path.of("a.json"), Path.of("b.json")));

        assertThat(CommandLineSettings.of(options)).containsOnly(Map.entry("rules.packs", "base.json,a.json,b.json"));
        assertThat(CommandLineSettings.of(Launcher.Options.none())).isEmpty();
    }
}
