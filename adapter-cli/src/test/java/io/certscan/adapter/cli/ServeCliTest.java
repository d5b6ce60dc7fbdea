package io.certscan.adapter.cli;

import io.certscan.application.port.in.RecognizeDocument;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
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
    void optionsReachTheLauncherAndTheAddressAndNotesArePrinted()
    {
        AtomicReference<Launcher.Options> given = new AtomicReference<>();
        AtomicReference<Launcher.ServerOptions> givenServer = new AtomicReference<>();
        AtomicReference<Boolean> awaited = new AtomicReference<>(false);
        Launcher launcher = new Launcher()
        {
            @Override
            public Program start(Options options)
            {
                throw new AssertionError("serve must not start a bare recogniser");
            }

            @Override
            public RunningServer serve(Options options, ServerOptions server)
            {
                given.set(options);
                givenServer.set(server);
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
        assertThat(given.get()).isEqualTo(new Launcher.Options(Optional.empty(), Map.of("server.queue-capacity", "4"), Optional.of("local"), List.of()));
        assertThat(givenServer.get()).isEqualTo(new Launcher.ServerOptions(Optional.of(9123), Optional.of("127.0.0.1"), Optional.of(3), false));
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
            public Program start(Options options)
            {
                throw new AssertionError("not used");
            }

            @Override
            public RunningServer serve(Options options, ServerOptions server)
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
        CertscanCommandLine.run(options -> null, new PrintWriter(out), new PrintWriter(err), "serve", "--help");

        assertThat(out.toString()).contains("/rest/2.0/ocr/v1/general_ocr", "/oauth/2.0/token", "/v1/recognize", "CERTSCAN_API_KEY", "--insecure-no-auth");
    }
}
