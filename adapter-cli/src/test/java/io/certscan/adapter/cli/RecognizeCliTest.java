package io.certscan.adapter.cli;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class RecognizeCliTest
{
    @TempDir
    Path directory;

    private final RecordingRecognizer recognizer = new RecordingRecognizer();
    private final List<Launcher.Options> optionsSeen = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void oneFilePrintsTheGeneralOcrJsonOnStandardOutput()
            throws IOException
    {
        Path card = write("card.png", "\u0089PNG fake");

        int exitCode = run("recognize", "--compact", card.toString());

        assertThat(exitCode).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"log_id\":42,\"results\":{\"0\":{\"标题\":[{\"words\":[\"低压电工证\"]}],\"姓名\":[{\"words\":[\"张敞\"]}]}}}");
        assertThat(err.toString()).isEmpty();
        assertThat(recognizer.commands).singleElement().extracting(command -> command.source().getClass()).isEqualTo(DocumentSource.Image.class);
    }

    @Test
    void severalFilesGoToTheOutputDirectoryAndAFailureDoesNotStopTheOthers()
            throws IOException
    {
        Path first = write("a/card.jpg", "jpeg one");
        Path second = write("b/card.jpg", "jpeg two");
        Path broken = write("broken.bmp", "FAIL");
        Path results = directory.resolve("results");

        int exitCode = run("recognize", "--output-dir", results.toString(), first.toString(), broken.toString(), second.toString(),
                directory.resolve("missing.png").toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(results.resolve("card.json")).content(StandardCharsets.UTF_8).contains("\"张敞\"");
        assertThat(results.resolve("card-2.json")).exists();
        assertThat(results.resolve("broken.json")).doesNotExist();
        assertThat(err.toString())
                .contains(broken + ": error 216201 (image format error): not a picture")
                .contains("missing.png: error 216100 (invalid param): no such file")
                .contains("2 of 4 inputs recognised, 2 failed");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void verboseAddsTheCauseOfAFailureInOneLine()
            throws IOException
    {
        Path broken = write("broken.bmp", "FAIL");

        assertThat(run("recognize", broken.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("error 216201").doesNotContain("cause:").doesNotContain("Unexpected end");

        err.getBuffer().setLength(0);
        assertThat(run("recognize", "--verbose", broken.toString())).isEqualTo(1);
        assertThat(err.toString().lines().filter(line -> line.contains("cause:")))
                .containsExactly("  cause: java.io.IOException: Unexpected end of stream at byte 4");
        assertThat(err.toString()).doesNotContain("\tat ");
    }

    @Test
    void pdfAndOfdAreRecognisedByTheirBytesAndGetTheirPage()
            throws IOException
    {
        Path pdf = write("scan.bin", "%PDF-1.7 fake");
        Path ofd = write("invoice.ofd", "PK\u0003\u0004 fake");

        int exitCode = run("recognize", "-o", directory.resolve("out").toString(), "--pdf-page", "3", "--ofd-page", "2", pdf.toString(), ofd.toString());

        assertThat(exitCode).isZero();
        assertThat(recognizer.commands).extracting(RecognizeCommand::source)
                .satisfiesExactly(
                        source -> assertThat(source).isInstanceOfSatisfying(DocumentSource.Pdf.class, page -> assertThat(page.page()).isEqualTo(3)),
                        source -> assertThat(source).isInstanceOfSatisfying(DocumentSource.Ofd.class, page -> assertThat(page.page()).isEqualTo(2)));
    }

    @Test
    void engineAsOfAndSettingsReachTheLauncherAndTheCommand()
            throws IOException
    {
        Path card = write("card.png", "png");

        int exitCode = run("recognize", "--engine", "baidu", "-D", "baidu.qps=5", "--as-of", "2024-10-07", "--format", "rich", card.toString());

        assertThat(exitCode).isZero();
        assertThat(optionsSeen).containsExactly(new Launcher.Options(Optional.empty(), Map.of("baidu.qps", "5"), Optional.of("baidu"), List.of()));
        assertThat(recognizer.commands).singleElement().extracting(RecognizeCommand::asOf).isEqualTo(LocalDate.of(2024, 10, 7));
        assertThat(out.toString()).contains("\"evaluation_date\": \"2024-10-07\"").contains("\"confidence\"");
    }

    @Test
    void urlsArePassedAsUrls()
    {
        int exitCode = run("recognize", "https://example.test/card.jpg");

        assertThat(exitCode).isZero();
        assertThat(recognizer.commands).singleElement().extracting(RecognizeCommand::source)
                .isEqualTo(new DocumentSource.RemoteUrl("https://example.test/card.jpg"));
    }

    @Test
    void usageErrorsExitWithTwo()
            throws IOException
    {
        Path card = write("card.png", "png");

        assertThat(run("recognize")).isEqualTo(2);
        assertThat(err.toString()).contains("Missing required parameter");
        assertThat(run("recognize", "--pdf-page", "0", card.toString())).isEqualTo(2);
        assertThat(run("recognize", "--format", "xml", card.toString())).isEqualTo(2);
        assertThat(run("recognize", "--bogus", card.toString())).isEqualTo(2);
        assertThat(recognizer.commands).isEmpty();
    }

    @Test
    void configurationErrorsExitWithTwoAndSayWhy()
            throws IOException
    {
        Path card = write("card.png", "png");
        StringWriter errors = new StringWriter();
        Launcher refusing = options -> {
            throw new IllegalArgumentException("unknown setting certscan.engin (did you mean certscan.engine?)");
        };

        int exitCode = CertscanCommandLine.run(refusing, new PrintWriter(new StringWriter()), new PrintWriter(errors), "recognize", card.toString());

        assertThat(exitCode).isEqualTo(2);
        assertThat(errors.toString()).contains("did you mean certscan.engine?");
    }

    @Test
    void theRecogniserTheLauncherStartedIsClosedOnceTheFilesAreDoneEvenWhenOneFailed()
            throws IOException
    {
        Path good = write("good.png", "\u0089PNG fake");
        Path bad = write("bad.bmp", "FAIL");

        int exitCode = run("recognize", "--output-dir", directory.resolve("out").toString(), good.toString(), bad.toString());

        assertThat(exitCode).isEqualTo(CertscanCommandLine.EXIT_SOME_FAILED);
        assertThat(recognizer.commands).hasSize(2);
        assertThat(recognizer.closings).isEqualTo(1);
    }

    @Test
    void helpAndVersion()
    {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("recognize").contains("Exit codes");
        assertThat(run("recognize", "--help")).isZero();
        assertThat(out.toString()).contains("--output-dir").contains("--pdf-page").contains("--as-of").contains("--engine");
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("certscan \\d+\\.\\d+");
    }

    @Test
    void outputNamesAreStemsMadeUnique()
    {
        RecognizeCli.OutputNames names = new RecognizeCli.OutputNames();

        assertThat(names.next("scans/a.jpg")).isEqualTo("a.json");
        assertThat(names.next("other/A.png")).isEqualTo("A-2.json");
        assertThat(names.next("https://example.test/path/card.jpg?token=secret")).isEqualTo("card.json");
        assertThat(names.next("https://example.test/")).isEqualTo("example.json");
        assertThat(names.next("证书 扫描.jpg")).isEqualTo("证书_扫描.json");
    }

    private int run(String... args)
    {
        return CertscanCommandLine.run(options -> {
            optionsSeen.add(options);
            return new Launcher.Program(recognizer, java.util.Optional.empty(), recognizer);
        }, new PrintWriter(out), new PrintWriter(err), args);
    }

    private Path write(String name, String content)
            throws IOException
    {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.ISO_8859_1));
        return file;
    }

    private static final class RecordingRecognizer
            implements RecognizeDocument, AutoCloseable
    {
        private final List<RecognizeCommand> commands = new ArrayList<>();
        private int closings;

        @Override
        public void close()
        {
            closings++;
        }

        @Override
        public RecognitionResult recognize(RecognizeCommand command)
        {
            commands.add(command);
            DocumentSource source = command.source();
            if (source instanceof DocumentSource.Image image && new String(image.bytes(), StandardCharsets.ISO_8859_1).equals("FAIL")) {
                throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not a picture",
                        new java.io.UncheckedIOException(new java.io.IOException("Unexpected end of\nstream at byte 4")));
            }
            Certificate card = new Certificate(0, Optional.of("低压电工证"), List.of(ExtractedField.withoutLocation("姓名", List.of("张敞"))), Optional.empty());
            return new RecognitionResult(new LogId(42), source.kind(), OptionalInt.empty(), List.of(new JudgedCertificate(card, List.of())),
                    command.evaluationDate().orElse(LocalDate.of(2026, 11, 23)));
        }
    }
}
