package io.certscan.adapter.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The {@code certscan} command and its subcommands. Exit codes: 0 when every input succeeded, 1
 * when some input failed (each reported on standard error with its error code), 2 for a usage or
 * configuration error.
 */
@Command(
        name = "certscan",
        mixinStandardHelpOptions = true,
        versionProvider = CertscanCommandLine.Version.class,
        description = {
                "Recognises Chinese cards, certificates, licences and receipts and returns their fields as",
                "general_ocr-compatible JSON, offline, with an embedded OCR engine; serves the same as an HTTP API.",
                ""},
        subcommands = {RecognizeCli.class, CheckCli.class, ServeCli.class, CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 all inputs succeeded, 1 some input failed, 2 usage or configuration error.",
                "Run 'certscan help COMMAND' for a command's options."})
public final class CertscanCommandLine
{
    public static final int EXIT_OK = 0;
    public static final int EXIT_SOME_FAILED = 1;
    public static final int EXIT_USAGE = 2;

    private CertscanCommandLine() {}

    /** Runs the command line; returns the process exit code. */
    public static int run(Launcher launcher, PrintWriter out, PrintWriter err, String... args)
    {
        CommandLine commandLine = new CommandLine(CertscanCommandLine.class, new CommandFactory(launcher))
                .setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExitCodeExceptionMapper(exception -> exception instanceof CommandLine.ParameterException ? EXIT_USAGE : EXIT_SOME_FAILED)
                .setExecutionExceptionHandler((exception, command, parseResult) -> {
                    command.getErr().println("certscan: internal error: " + exception);
                    return EXIT_SOME_FAILED;
                });
        commandLine.getCommandSpec().usageMessage().width(100);
        int exitCode = commandLine.execute(args);
        out.flush();
        err.flush();
        return exitCode;
    }

    /** Gives commands the launcher; everything else picocli builds itself. */
    private record CommandFactory(Launcher launcher)
            implements CommandLine.IFactory
    {
        @Override
        public <K> K create(Class<K> type)
                throws Exception
        {
            if (type == RecognizeCli.class) {
                return type.cast(new RecognizeCli(launcher));
            }
            if (type == CheckCli.class) {
                return type.cast(new CheckCli(launcher));
            }
            if (type == ServeCli.class) {
                return type.cast(new ServeCli(launcher));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }

    static final class Version
            implements CommandLine.IVersionProvider
    {
        @Override
        public String[] getVersion()
        {
            Properties properties = new Properties();
            try (InputStream input = CertscanCommandLine.class.getResourceAsStream("version.properties")) {
                if (input != null) {
                    properties.load(input);
                }
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new String[] {"certscan " + properties.getProperty("version", "unknown"),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")"};
        }
    }
}
