package io.certscan.adapter.cli;

import com.squareup.moshi.JsonAdapter;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.contract.ContractJson;
import io.certscan.contract.GeneralOcrResponse;
import io.certscan.contract.RichResponse;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

@Command(
        name = "recognize",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Recognise the certificates in pictures, PDF and OFD files or URLs and print general_ocr JSON.",
        description = {
                "Recognises the certificates in each FILE or URL and prints the general_ocr",
                "JSON response. Pictures (jpg, png, bmp), PDF pages (--pdf-page) and OFD",
                "pages (--ofd-page) are read; a born-digital PDF or OFD page (e-invoices,",
                "e-certificates) gives its text directly, without OCR. A URL is downloaded",
                "(http or https; public addresses only unless url.allowed-hosts lists an",
                "internal host).",
                "One input prints to standard output; several inputs, or --output-dir, write",
                "DIR/<file stem>.json each. A failed input is reported on standard error with its",
                "error code and does not stop the others.",
                ""},
        footer = {"", "Examples:",
                "  certscan recognize samples/low-voltage-electrician.png",
                "  certscan recognize --format rich --as-of 2025-01-01 card.jpg",
                "  certscan recognize --output-dir results/ scans/*.jpg invoice.pdf",
                "  certscan recognize --pdf-page 2 licences.pdf",
                "  certscan recognize --ofd-page 1 e-invoice.ofd",
                "  certscan recognize https://example.com/scans/licence.jpg",
                "  certscan recognize -D url.allowed-hosts=files.intranet.example http://files.intranet.example/card.png"})
final class RecognizeCli
        implements Callable<Integer>
{
    enum Format
    {
        GENERAL, RICH
    }

    private final Launcher launcher;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|URL", arity = "1..*", description = "Pictures, PDF or OFD files, or http(s) URLs of pictures.")
    List<String> inputs;

    @Option(names = {"-o", "--output-dir"}, paramLabel = "DIR", description = "Write DIR/<file stem>.json for each input instead of printing.")
    Path outputDirectory;

    @Option(names = {"-f", "--format"}, paramLabel = "general|rich", defaultValue = "general",
            description = "general: the general_ocr response, exactly (default); rich: with confidence, boxes, normalised values and findings.")
    Format format;

    @Mixin
    SettingsOptions settingsOptions = new SettingsOptions();

    @Option(names = "--pdf-page", paramLabel = "N", defaultValue = "1", description = "Page of PDF inputs to recognise, from 1 (default 1).")
    int pdfPage;

    @Option(names = "--ofd-page", paramLabel = "N", defaultValue = "1", description = "Page of OFD inputs to recognise, from 1 (default 1).")
    int ofdPage;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Judge validity as of this date (default: today in the configured time zone).")
    LocalDate asOf;


    @Option(names = "--compact", description = "Print JSON on one line, as the HTTP API does.")
    boolean compact;

    @Option(names = "--annotate", paramLabel = "DIR", description = "Also write DIR/<file stem>.png: the page with each card outlined, each field's box named, the findings beside it.")
    Path annotateDirectory;

    RecognizeCli(Launcher launcher)
    {
        this.launcher = launcher;
    }

    @Override
    public Integer call()
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (pdfPage < 1 || ofdPage < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--pdf-page and --ofd-page count from 1");
        }
        Launcher.Program program;
        try {
            program = launcher.start(settingsOptions.options());
        }
        catch (RuntimeException invalid) {
            err.println("certscan: cannot start: " + invalid.getMessage());
            return CertscanCommandLine.EXIT_USAGE;
        }
        try {
            return recognizeWith(program, out, err);
        }
        finally {
            program.close();
        }
    }

    private int recognizeWith(Launcher.Program program, PrintWriter out, PrintWriter err)
    {
        RecognizeDocument recognizer = program.recognizer();
        boolean toStandardOutput = outputDirectory == null && inputs.size() == 1;
        Path directory = outputDirectory == null ? Path.of(".") : outputDirectory;
        if (!toStandardOutput) {
            try {
                Files.createDirectories(directory);
            }
            catch (IOException e) {
                err.println("certscan: cannot create output directory " + directory + ": " + e.getMessage());
                return CertscanCommandLine.EXIT_USAGE;
            }
        }

        Optional<Annotations> annotations = Annotations.in(annotateDirectory, program.renderer());
        if (annotateDirectory != null && annotations.isEmpty()) {
            err.println("certscan: --annotate needs a program that draws pages; this one does not");
            return CertscanCommandLine.EXIT_USAGE;
        }
        Progress progress = new Progress(err, inputs.size(), !toStandardOutput);
        OutputNames names = new OutputNames();
        int failed = 0;
        for (String input : inputs) {
            progress.starting(input);
            try {
                RecognizeCommand command = commandFor(input);
                RecognitionResult result = recognizer.recognize(command);
                if (annotations.isPresent()) {
                    try {
                        annotations.get().write(input, command, result);
                    }
                    catch (Annotations.CannotAnnotate problem) {
                        // A picture that cannot be drawn costs a line on standard error, never the result.
                        err.println(input + ": no annotated picture: " + problem.getMessage());
                    }
                }
                String json = render(result);
                if (toStandardOutput) {
                    out.println(json);
                    out.flush();
                }
                else {
                    AtomicFiles.writeString(directory.resolve(names.next(input)), json + "\n");
                }
                progress.finished(true);
            }
            catch (CertscanException failure) {
                failed++;
                progress.finished(false);
                err.printf("%s: error %d (%s): %s%n", input, failure.errorCode().code(), failure.errorCode().message(), failure.detail());
                settingsOptions.causeLine(failure).ifPresent(err::println);
            }
            catch (IOException | RuntimeException failure) {
                failed++;
                progress.finished(false);
                err.printf("%s: error %d (%s): %s%n", input, ErrorCode.INTERNAL_ERROR.code(), ErrorCode.INTERNAL_ERROR.message(), describe(failure));
            }
            err.flush();
        }
        progress.summary(inputs.size() - failed, failed, toStandardOutput ? null : directory);
        return failed == 0 ? CertscanCommandLine.EXIT_OK : CertscanCommandLine.EXIT_SOME_FAILED;
    }

    private RecognizeCommand commandFor(String input)
            throws IOException
    {
        RecognizeCommand command = Inputs.command(input, pdfPage, ofdPage);
        return asOf == null ? command : command.withAsOf(asOf);
    }

    private String render(RecognitionResult result)
    {
        JsonAdapter<?> adapter;
        Object body;
        if (format == Format.RICH) {
            adapter = ContractJson.richResponse();
            body = RichResponse.from(result);
        }
        else {
            adapter = ContractJson.generalOcrResponse();
            body = GeneralOcrResponse.from(result);
        }
        @SuppressWarnings("unchecked")
        JsonAdapter<Object> writer = (JsonAdapter<Object>) (compact ? adapter : adapter.indent("  "));
        return writer.toJson(body);
    }

    private static String describe(Exception failure)
    {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    /** {@code <stem>.json}, with {@code -2}, {@code -3} … when two inputs share a stem. */
    static final class OutputNames
    {
        private final Set<String> used = new HashSet<>();

        String next(String input)
        {
            String name = input;
            if (Inputs.isUrl(input)) {
                name = name.replaceFirst("[?#].*$", "");
            }
            name = name.replaceAll("/+$", "");
            name = name.substring(name.lastIndexOf('/') + 1);
            name = name.substring(name.lastIndexOf('\\') + 1);
            int dot = name.lastIndexOf('.');
            String stem = dot > 0 ? name.substring(0, dot) : name;
            stem = stem.replaceAll("[^\\p{L}\\p{N}._-]", "_");
            if (stem.isEmpty()) {
                stem = "result";
            }
            String candidate = stem;
            for (int counter = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); counter++) {
                candidate = stem + "-" + counter;
            }
            return candidate + ".json";
        }
    }
}
