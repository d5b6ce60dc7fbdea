package io.certscan.adapter.cli;

import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.in.RenderDocument;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line needs from the program that hosts it: a recogniser configured from the
 * settings file and the options given. The command line says what its options are; which
 * settings they stand for is the program's to know, since the records that declare those
 * settings live in modules the command line does not see. The bootstrap module implements it;
 * tests pass a fake.
 */
public interface Launcher
{
    /**
     * @throws io.certscan.domain.error.CertscanException or {@link IllegalArgumentException} when the configuration is invalid
     */
    Program start(Options options);

    /**
     * What the command line says of the program's settings.
     *
     * @param configFile the {@code --config} file, if one was given
     * @param settings the {@code -D key=value} settings, highest precedence
     * @param engine {@code --engine}, as written ({@code local}, {@code baidu})
     * @param rulePacks the {@code --rules} files, added to the rule packs {@code -D} names
     */
    record Options(Optional<Path> configFile, Map<String, String> settings, Optional<String> engine, List<Path> rulePacks)
    {
        public Options
        {
            Objects.requireNonNull(configFile, "configFile is null");
            settings = Map.copyOf(settings);
            Objects.requireNonNull(engine, "engine is null");
            rulePacks = List.copyOf(rulePacks);
        }

        /** No file, no setting, no option: the program's defaults and environment alone. */
        public static Options none()
        {
            return new Options(Optional.empty(), Map.of(), Optional.empty(), List.of());
        }
    }

    /** What {@code serve}'s own options say of the server; each absent one leaves its setting as configured. */
    record ServerOptions(Optional<Integer> port, Optional<String> host, Optional<Integer> workers, boolean insecureNoAuth)
    {
        public ServerOptions
        {
            Objects.requireNonNull(port, "port is null");
            Objects.requireNonNull(host, "host is null");
            Objects.requireNonNull(workers, "workers is null");
        }
    }

    /**
     * What a started program offers: the recogniser, and what draws pages when the program has
     * one (bound beside it, never guessed from the recogniser's class).
     */
    record Program(RecognizeDocument recognizer, Optional<RenderDocument> renderer, AutoCloseable resources)
            implements AutoCloseable
    {
        public Program
        {
            java.util.Objects.requireNonNull(recognizer, "recognizer is null");
            java.util.Objects.requireNonNull(renderer, "renderer is null");
            java.util.Objects.requireNonNull(resources, "resources is null");
        }

        /** A recogniser that draws nothing and holds nothing to release. */
        public static Program recognizing(RecognizeDocument recognizer)
        {
            return new Program(recognizer, Optional.empty(), () -> {});
        }

        public static Program drawing(RecognizeDocument recognizer, RenderDocument renderer)
        {
            return new Program(recognizer, Optional.of(renderer), () -> {});
        }

        /** Releases what starting it opened (the models' native memory), once the command is done with it. */
        @Override
        public void close()
        {
            try {
                resources.close();
            }
            catch (Exception e) {
                throw new IllegalStateException("cannot stop certscan: " + e.getMessage(), e);
            }
        }
    }

    /**
     * A program that judges stored certificates again and recognises nothing (no model is
     * loaded), configured the same way: what {@code check --stored} runs on.
     *
     * @throws io.certscan.domain.error.CertscanException or {@link IllegalArgumentException} when the configuration is invalid
     */
    default JudgeCertificates judging(Options options)
    {
        throw new UnsupportedOperationException("this program does not judge stored results");
    }

    /**
     * Starts the HTTP server over a recogniser configured the same way.
     *
     * @throws io.certscan.domain.error.CertscanException, {@link IllegalArgumentException} or {@link IllegalStateException} when it cannot start
     */
    default RunningServer serve(Options options, ServerOptions server)
    {
        throw new UnsupportedOperationException("this program has no HTTP server");
    }
}
