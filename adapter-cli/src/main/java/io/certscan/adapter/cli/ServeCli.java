package io.certscan.adapter.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Serve the general_ocr-compatible HTTP API, the token endpoint and /v1/recognize.",
        description = {
                "Starts an HTTP server that existing general_ocr clients can use by changing the host:",
                "  POST /rest/2.0/ocr/v1/general_ocr?access_token=…   the compatible endpoint",
                "  POST /oauth/2.0/token                              access tokens for the configured API keys",
                "  POST /v1/recognize                                 the rich result with findings",
                "  GET  /healthz /readyz /metrics /openapi.json",
                "With API keys (CERTSCAN_API_KEY and CERTSCAN_SECRET_KEY, or server.keys-file) a token is",
                "required and the server listens on all interfaces; without keys it listens on loopback",
                "only and needs no token. Ctrl-C or SIGTERM stops it after the requests in flight.",
                ""},
        footer = {"", "Examples:",
                "  certscan serve",
                "  CERTSCAN_API_KEY=app1 CERTSCAN_SECRET_KEY=GtNhIbFm8kQm4sTz2WvY6xPa0cRd5eUq certscan serve --port 8443",
                "  certscan serve --host 0.0.0.0 --insecure-no-auth     (a trusted network only)",
                "Every server.* setting: see README (Configuration)."})
final class ServeCli
        implements Callable<Integer>
{
    private final Launcher launcher;

    @Spec
    CommandSpec spec;

    @Option(names = {"-p", "--port"}, paramLabel = "N", description = "TCP port (setting server.port; default 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (setting server.host).")
    String host;

    @Option(names = "--workers", paramLabel = "N", description = "Recognitions at once (setting server.workers; default one per core).")
    Integer workers;

    @Option(names = "--insecure-no-auth", description = "Allow a non-loopback address without API keys: anyone who reaches the port may use it.")
    boolean insecureNoAuth;

    @Mixin
    SettingsOptions settingsOptions = new SettingsOptions();


    ServeCli(Launcher launcher)
    {
        this.launcher = launcher;
    }

    @Override
    public Integer call()
            throws InterruptedException
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        RunningServer server;
        try {
            server = launcher.serve(settingsOptions.options(), new Launcher.ServerOptions(Optional.ofNullable(port), Optional.ofNullable(host), Optional.ofNullable(workers), insecureNoAuth));
        }
        catch (RuntimeException invalid) {
            err.println("certscan: cannot serve: " + invalid.getMessage());
            err.flush();
            return CertscanCommandLine.EXIT_USAGE;
        }
        out.println("certscan serving at " + server.address());
        out.println("  general_ocr: POST " + server.address().resolve("/rest/2.0/ocr/v1/general_ocr"));
        for (String note : server.notes()) {
            out.println("  " + note);
        }
        out.flush();
        server.awaitStop();
        out.println("certscan stopped");
        out.flush();
        return CertscanCommandLine.EXIT_OK;
    }
}
