package io.certscan.bootstrap;

import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.bootstrap.config.Settings;

import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Embeds certscan in another Java program without exposing how it is wired:
 *
 * <pre>{@code
 * try (Certscan certscan = CertscanFactory.create(Map.of("certscan.engine", "local"))) {
 *     RecognitionResult result = certscan.recognize(RecognizeCommand.ofImage(bytes));
 * }
 * }</pre>
 *
 * Settings are the same keys as in {@code certscan.properties}; defaults apply to the rest. The
 * environment and the working directory's settings file are not read: the host decides. Create
 * one instance and share it across threads; the models load once, and are released when it is
closed.
 */
public final class CertscanFactory
{
    private CertscanFactory() {}

    /**
     * @return the recogniser (a {@code RecognizeDocument} and {@code RenderDocument}), to be closed when the host is done with it
     * @throws io.certscan.bootstrap.config.ConfigurationException listing every problem with the settings
     */
    public static Certscan create(Map<String, String> settings)
    {
        requireNonNull(settings, "settings is null");
        Settings loaded = Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of(), settings);
        return Certscan.of(CertscanInjector.create(loaded));
    }

    /**
     * Judges stored certificates again (results recognised earlier, read back from their rich JSON
     * or from wherever the host keeps them) with the same catalogue, rule packs and rules as
     * {@link #create} would, without an engine: no model is loaded, nothing needs closing, and it
     * is shared by all threads.
     *
     * @throws io.certscan.bootstrap.config.ConfigurationException listing every problem with the settings
     */
    public static JudgeCertificates createJudge(Map<String, String> settings)
    {
        requireNonNull(settings, "settings is null");
        Settings loaded = Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of(), settings);
        return JudgingProgram.create(loaded, CertscanInjector.classLoader());
    }

    /**
     * The HTTP server of {@code certscan serve}, in this JVM, configured by the same settings
     * ({@code server.port}, {@code server.api-key}, {@code server.tls-certificate} …); not yet
     * listening: {@link CertscanServer#start()} opens the port, {@link CertscanServer#stop()}
     * closes it and releases the models.
     *
     * @throws io.certscan.bootstrap.config.ConfigurationException listing every problem with the settings
     */
    public static CertscanServer createServer(Map<String, String> settings)
    {
        requireNonNull(settings, "settings is null");
        Settings loaded = Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of(), settings);
        return new CertscanServer(CertscanInjector.createServer(loaded));
    }
}
