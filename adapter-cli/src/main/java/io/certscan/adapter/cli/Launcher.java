package io.certscan.adapter.cli;

import io.certscan.application.port.in.RecognizeDocument;

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
    RecognizeDocument start(Optional<Path> configFile, Map<String, String> flags);

    /**
     * Releases what {@link #start} opened (the models' native memory), once the command is done
     * with the recogniser; by default, closes it when it is {@link AutoCloseable}.
     */
    default void stop(RecognizeDocument recognizer)
    {
        if (recognizer instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            }
            catch (Exception e) {
                throw new IllegalStateException("cannot stop certscan: " + e.getMessage(), e);
            }
        }
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
