package io.certscan.adapter.cli;

import io.certscan.application.document.PageSink;
import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.domain.certificate.Certificate;
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
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;

@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Judge a batch of certificates and write a compliance report (CSV or HTML).",
        description = {
                "Recognises every certificate in the FILEs, the FOLDERs (searched at all",
                "depths for jpg, png, bmp, pdf and ofd files) and the URLs, every page of a",
                "PDF or OFD, judges each as of --as-of, and reports one row per certificate:",
                "file, page, type, holder or company, number, valid until, review by, status",
                "and findings, most urgent first (could not be read, expired, review overdue,",
                "other errors, not yet valid, expiring soon, review due soon, to check by",
                "hand, valid). A file that cannot be read is a row with its error, not the",
                "end of the run.",
                "With --stored, the inputs are results that `recognize --format rich` wrote",
                "(JSON files, or folders searched at all depths for them): each is judged",
                "again as of --as-of without OCR and without loading the models.",
                "The report is CSV when its name ends in .csv, one self-contained HTML page",
                "(readable offline in a browser) when it ends in .html; without --report,",
                "CSV goes to standard output.",
                ""},
        footer = {"", "Exit codes: 0 every file was read, 1 some could not be, 2 usage or configuration error.", "",
                "Examples:",
                "  certscan check scans/ --as-of 2026-12-31 --report report.html",
                "  certscan check licences/*.pdf --report report.csv --rules company-rules.json",
                "  certscan check scans/ --report audit/report.html --annotate audit/pictures",
                "  certscan check --stored results/ --as-of 2027-01-31 --report report.csv"})
final class CheckCli
        implements Callable<Integer>
{
    private final Launcher launcher;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "FILE|FOLDER|URL", arity = "1..*", description = "Pictures, PDF and OFD files, folders of them, or http(s) URLs of pictures.")
    List<String> inputs;

    @Option(names = {"-r", "--report"}, paramLabel = "FILE", description = "Write the report here: report.csv or report.html (default: CSV on standard output).")
    Path report;

    @Option(names = "--as-of", paramLabel = "YYYY-MM-DD", description = "Judge validity as of this date (default: today in Asia/Shanghai, or certscan.time-zone).")
    LocalDate asOf;

    @Option(names = "--annotate", paramLabel = "DIR", description = "Also write each page's annotated picture to DIR; the HTML report links every row to its picture.")
    Path annotateDirectory;

    @Option(names = "--stored", description = "The inputs are stored results (rich JSON files, or folders of them): judge them again as of --as-of without OCR.")
    boolean stored;

    @Mixin
    SettingsOptions settingsOptions = new SettingsOptions();

    CheckCli(Launcher launcher)
    {
        this.launcher = launcher;
    }

    @Override
    public Integer call()
    {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean html = report != null && report.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".html");
        if (report != null && !html && !report.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--report must end in .csv or .html: " + report);
        }
        if (stored && annotateDirectory != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--annotate draws pages, and stored results have none: leave out one of --annotate and --stored");
        }
        List<String> files;
        try {
            files = stored ? Inputs.expandStored(inputs) : Inputs.expand(inputs);
        }
        catch (IOException unreadable) {
            err.println("certscan: cannot list the folders given: " + unreadable.getMessage());
            return CertscanCommandLine.EXIT_USAGE;
        }
        if (files.isEmpty()) {
            err.println("certscan: no " + (stored ? "json" : "jpg, png, bmp, pdf or ofd") + " file in " + String.join(", ", inputs));
            return CertscanCommandLine.EXIT_USAGE;
        }
        if (stored) {
            JudgeCertificates judge;
            try {
                judge = launcher.judging(settingsOptions.options());
            }
            catch (RuntimeException invalid) {
                err.println("certscan: cannot start: " + invalid.getMessage());
                return CertscanCommandLine.EXIT_USAGE;
            }
            return judgeStored(judge, files, html, out, err);
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
            return recognizeWith(program, files, html, out, err);
        }
        finally {
            program.close();
        }
    }

    /** Each stored result read back and its certificates judged again; a file that is no rich result is a row with its error. */
    private int judgeStored(JudgeCertificates judge, List<String> files, boolean html, PrintWriter out, PrintWriter err)
    {
        LocalDate date = asOf != null ? asOf : judge.today();
        ComplianceReport rows = new ComplianceReport();
        Progress progress = new Progress(err, files.size(), files.size() > 1 || report != null);
        int failed = 0;
        for (String file : files) {
            progress.starting(file);
            try {
                List<Certificate> certificates = StoredResults.read(Path.of(file));
                for (JudgedCertificate judged : judge.judge(certificates, date)) {
                    rows.add(file, 1, judged);
                }
                progress.finished(true);
            }
            catch (CertscanException failure) {
                failed++;
                rows.failed(file, 1, failure);
                progress.finished(false);
                explain(err, file, failure);
            }
        }
        return finish(rows, date, html, progress, files.size(), failed, out, err);
    }

    private int recognizeWith(Launcher.Program program, List<String> files, boolean html, PrintWriter out, PrintWriter err)
    {
        RecognizeDocument recognizer = program.recognizer();
        Optional<Annotations> annotations = Annotations.in(annotateDirectory, program.renderer());
        if (annotateDirectory != null && annotations.isEmpty()) {
            err.println("certscan: --annotate needs a program that draws pages; this one does not");
            return CertscanCommandLine.EXIT_USAGE;
        }
        ComplianceReport rows = new ComplianceReport();
        Progress progress = new Progress(err, files.size(), files.size() > 1 || report != null);
        LocalDate[] evaluationDate = {asOf};
        int failed = 0;
        for (String file : files) {
            progress.starting(file);
            try {
                RecognizeCommand command = withDate(Inputs.command(file, 1, 1));
                boolean[] opened = {false};
                // Pages to draw once the document is read: drawn again together, from one more
                // reading of the file, not one a page.
                Map<Integer, RecognitionResult> drawnAfter = new TreeMap<>();
                // Every page of a PDF or OFD (a licence with its annex, a bundle of certificates),
                // from one reading of the file.
                recognizer.recognizeAll(command, new PageSink<>()
                {
                    @Override
                    public void page(int number, RecognitionResult result)
                    {
                        opened[0] = true;
                        evaluationDate[0] = result.evaluationDate();
                        if (annotations.isPresent() && !Annotations.holdsItsPicture(result)) {
                            drawnAfter.put(number, result);
                            return;
                        }
                        add(rows, file, number, command.withSource(command.source().atPage(number)), result, annotations, err);
                    }

                    @Override
                    public void failed(int number, CertscanException failure)
                    {
                        if (number == 1 && !opened[0]) {
                            throw failure;
                        }
                        opened[0] = true;
                        rows.failed(file, number, failure);
                        explain(err, file, failure);
                    }
                });
                annotations.ifPresent(drawing -> drawing.writeAll(file, command, drawnAfter).forEach((number, written) -> {
                    written.problem().ifPresent(problem -> err.println(file + ": no annotated picture of page " + number + ": " + problem.getMessage()));
                    for (JudgedCertificate judged : drawnAfter.get(number).certificates()) {
                        rows.add(file, number, judged, written.file());
                    }
                }));
                progress.finished(true);
            }
            catch (CertscanException failure) {
                failed++;
                rows.failed(file, 1, failure);
                progress.finished(false);
                explain(err, file, failure);
            }
            catch (IOException | RuntimeException failure) {
                failed++;
                rows.failed(file, 1, new CertscanException(ErrorCode.INTERNAL_ERROR, failure.getClass().getSimpleName() + ": " + failure.getMessage()));
                progress.finished(false);
            }
        }
        LocalDate reportDate = evaluationDate[0] != null ? evaluationDate[0] : LocalDate.now(ZoneId.of("Asia/Shanghai"));
        return finish(rows, reportDate, html, progress, files.size(), failed, out, err);
    }

    /** The report written (or printed), the summary line, the exit code. */
    private int finish(ComplianceReport rows, LocalDate reportDate, boolean html, Progress progress, int inputs, int failed, PrintWriter out, PrintWriter err)
    {
        String text = html ? rows.html(reportDate, report.toAbsolutePath().getParent()) : rows.csv();
        if (report == null) {
            out.print(text);
            out.flush();
        }
        else {
            try {
                AtomicFiles.writeString(report, text);
            }
            catch (IOException unwritable) {
                err.println("certscan: cannot write the report " + report + ": " + unwritable.getMessage());
                return CertscanCommandLine.EXIT_USAGE;
            }
        }
        progress.summary(inputs - failed, failed, null);
        if (report != null) {
            err.println("certscan: report written to " + report + " (" + rows.rows().size() + " rows)");
        }
        err.flush();
        return failed == 0 ? CertscanCommandLine.EXIT_OK : CertscanCommandLine.EXIT_SOME_FAILED;
    }

    /** With {@code --verbose}, a failed file's cause on standard error (the report has its code and detail). */
    private void explain(PrintWriter err, String file, CertscanException failure)
    {
        settingsOptions.causeLine(failure).ifPresent(cause -> err.println(file + ": error " + failure.errorCode().code() + "\n" + cause));
    }

    private RecognizeCommand withDate(RecognizeCommand command)
    {
        return asOf == null ? command : command.withAsOf(asOf);
    }

    private static void add(ComplianceReport rows, String file, int page, RecognizeCommand command, RecognitionResult result, Optional<Annotations> annotations, PrintWriter err)
    {
        Optional<Path> picture = Optional.empty();
        if (annotations.isPresent()) {
            try {
                picture = Optional.of(annotations.get().write(file, command, result));
            }
            catch (Annotations.CannotAnnotate problem) {
                err.println(file + ": no annotated picture of page " + page + ": " + problem.getMessage());
            }
        }
        for (JudgedCertificate judged : result.certificates()) {
            rows.add(file, page, judged, picture);
        }
    }
}
