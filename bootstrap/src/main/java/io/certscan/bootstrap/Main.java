package io.certscan.bootstrap;

import io.certscan.adapter.cli.CertscanCommandLine;
import io.certscan.adapter.cli.Launcher;
import io.certscan.adapter.cli.RunningServer;
import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.bootstrap.config.Settings;

import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The {@code certscan} program: the command line over the wired application. */
public final class Main
{
    /** Read when no {@code --config} is given and the file exists in the working directory. */
    static final Path DEFAULT_SETTINGS_FILE = Path.of("certscan.properties");

    /** Strong references: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger[] QUIETED = {Logger.getLogger("org.hibernate.validator"), Logger.getLogger("com.google.inject"), Logger.getLogger("org.eclipse.jetty")};

    private Main() {}

    public static void main(String[] args)
    {
        for (Logger logger : QUIETED) {
            logger.setLevel(Level.WARNING);
        }
        // UTF-8 whatever the platform default: the output is JSON full of Chinese.
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int exitCode = CertscanCommandLine.run(new EnvironmentLauncher(System.getenv()), out, err, args);
        System.exit(exitCode);
    }

    /**
     * Settings from defaults &lt; settings file &lt; environment &lt; flags.
     *
     * @param engines the modules of the configured engine (tests hand in models loaded once for their JVM)
     */
    record EnvironmentLauncher(Map<String, String> environment, CertscanInjector.EngineModules engines)
            implements Launcher
    {
        EnvironmentLauncher(Map<String, String> environment)
        {
            this(environment, CertscanInjector::engineModules);
        }

        @Override
        public Program start(Options options)
        {
            Settings settings = Settings.load(CertscanInjector.settingDefinitions(), settingsFile(options.configFile()), environment, CommandLineSettings.of(options));
            Certscan certscan = Certscan.of(CertscanInjector.create(settings, engines));
            return new Program(certscan, Optional.of(certscan), certscan);
        }

        @Override
        public JudgeCertificates judging(Options options)
        {
            Settings settings = Settings.load(CertscanInjector.settingDefinitions(), settingsFile(options.configFile()), environment, CommandLineSettings.of(options));
            return JudgingProgram.create(settings, CertscanInjector.classLoader());
        }

        @Override
        public RunningServer serve(Options options, ServerOptions serverOptions)
        {
            Settings settings = Settings.load(CertscanInjector.settingDefinitions(), settingsFile(options.configFile()), environment, CommandLineSettings.of(options, serverOptions));
            CertscanServer server = new CertscanServer(CertscanInjector.createServer(settings, engines));
            URI address = server.start();
            // The server stops first (requests in flight finish), then the models are released.
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "certscan-shutdown"));
            return new RunningServer()
            {
                @Override
                public URI address()
                {
                    return address;
                }

                @Override
                public List<String> notes()
                {
                    return server.securityNotes();
                }

                @Override
                public void awaitStop()
                        throws InterruptedException
                {
                    server.join();
                }
            };
        }

        private static Optional<Path> settingsFile(Optional<Path> configFile)
        {
            return configFile.or(() -> Files.isRegularFile(DEFAULT_SETTINGS_FILE) ? Optional.of(DEFAULT_SETTINGS_FILE) : Optional.empty());
        }
    }
}
