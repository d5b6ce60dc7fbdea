package io.certscan.adapter.cli;

import io.certscan.application.port.in.RecognizeDocument;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ServeCliTest
{
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void flagsBecomeServerSettingsAndTheAddressAndNotesArePrinted()
    {
        AtomicReference<Map<String, String>> given = new AtomicReference<>();
        AtomicReference<Boolean> awaited = new AtomicReference<>(false);
        Launcher launcher = new Launcher()
        {
            @Override
            public Program start(Optional<Path> configFile, Map<String, String> flags)
            {
                throw new AssertionError("serve must not start a bare recogniser");
            }

            @Override
            public RunningServer serve(Optional<Path> configFile, Map<String, String> flags)
            {
                given.set(flags);
                return new RunningServer()
                {
                    @Override
                    public URI address()
                    {
                        return URI.create("http://127.0.0.1:9123");
                    }

                    @Override
                    public List<String> notes()
                    {
                        return List.of("no API keys configured: listening on loopback only");
                    }

                    @Override
                    public void awaitStop()
                    {
                        awaited.set(true);
                    }
                };
            }
        };

        int exitCode = CertscanCommandLine.run(launcher, new PrintWriter(out), new PrintWriter(err),
                "serve", "--port", "9123", "--host", "127.0.0.1", "--workers", "3", "--engine", "local", "-D", "server.queue-capacity=4");

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(given.get()).containsOnly(
                Map.entry("server.port", "9123"), Map.entry("server.host", "127.0.0.1"), Map.entry("server.workers", "3"),
                Map.entry("certscan.engine", "local"), Map.entry("server.queue-capacity", "4"));
        assertThat(awaited.get()).isTrue();
        assertThat(out.toString())
                .contains("certscan serving at http://127.0.0.1:9123")
                .contains("POST http://127.0.0.1:9123/rest/2.0/ocr/v1/general_ocr")
                .contains("loopback only");
    }

    @Test
    void serverThatCannotStartIsAConfigurationErrorWithItsReason()
    {
        Launcher launcher = new Launcher()
        {
            @Override
            public Program start(Optional<Path> configFile, Map<String, String> flags)
            {
                throw new AssertionError("not used");
            }

            @Override
            public RunningServer serve(Optional<Path> configFile, Map<String, String> flags)
            {
                throw new IllegalArgumentException("server.host: 0.0.0.0 is reachable from the network and no API keys are configured");
            }
        };

        int exitCode = CertscanCommandLine.run(launcher, new PrintWriter(out), new PrintWriter(err), "serve", "--host", "0.0.0.0");

        assertThat(exitCode).isEqualTo(CertscanCommandLine.EXIT_USAGE);
        assertThat(err.toString()).contains("certscan: cannot serve: server.host: 0.0.0.0 is reachable");
    }

    @Test
    void helpNamesTheEndpointsAndTheKeys()
    {
        CertscanCommandLine.run((configFile, flags) -> null, new PrintWriter(out), new PrintWriter(err), "serve", "--help");

        assertThat(out.toString()).contains("/rest/2.0/ocr/v1/general_ocr", "/oauth/2.0/token", "/v1/recognize", "CERTSCAN_API_KEY", "--insecure-no-auth");
    }
}
