package io.certscan.adapter.cli;

import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.in.RenderDocument;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What the command line needs from the program that hosts it: a recogniser configured from the
 * settings file and the flags given. The bootstrap module implements it; tests pass a fake.
 */
public interface Launcher
{
    /**
     * @param configFile the {@code --config} file, if one was given
     * @param flags settings given as flags, highest precedence ({@code certscan.engine=baidu})
     * @throws io.certscan.domain.error.CertscanException or {@link IllegalArgumentException} when the configuration is invalid
     */
    Program start(Optional<Path> configFile, Map<String, String> flags);

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
    default JudgeCertificates judging(Optional<Path> configFile, Map<String, String> flags)
    {
        throw new UnsupportedOperationException("this program does not judge stored results");
    }

    /**
     * Starts the HTTP server over a recogniser configured the same way.
     *
     * @throws io.certscan.domain.error.CertscanException, {@link IllegalArgumentException} or {@link IllegalStateException} when it cannot start
     */
    default RunningServer serve(Optional<Path> configFile, Map<String, String> flags)
    {
        throw new UnsupportedOperationException("this program has no HTTP server");
    }
}
