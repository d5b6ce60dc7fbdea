package io.certscan.adapter.cli;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageSink;
import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.in.RenderDocument;
import io.certscan.contract.ContractJson;
import io.certscan.contract.RichResponse;
import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.FindingCode;
import io.certscan.domain.rule.Severity;
import io.certscan.domain.rule.Urgency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** certscan check over a folder, with a fake recogniser whose verdict each file's content names. */
class CheckCliTest
{
    private static final CertificateType SPECIAL_OPERATION = new CertificateType("special-operation", "特种作业操作证", List.of("电工证"), List.of(),
            Optional.empty(), Optional.of("应复审日期"), OptionalInt.of(6), List.of());

    @TempDir
    Path directory;

    private final List<RecognizeCommand> commands = new ArrayList<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void aFolderBecomesOneRowPerCertificateMostUrgentFirst()
            throws IOException
    {
        write("scans/valid.png", "VALID");
        write("scans/expired.jpg", "EXPIRED");
        write("scans/sub/soon.jpeg", "SOON");
        write("scans/broken.bmp", "FAIL");
        write("scans/licences.pdf", "%PDF three pages");
        write("scans/notes.txt", "not a document");
        write("scans/.hidden.png", "VALID");

        int exitCode = run("check", "--as-of", "2026-11-24", directory.resolve("scans").toString());

        assertThat(exitCode).isEqualTo(1);
        List<String> lines = out.toString().lines().toList();
        assertThat(lines.get(0)).isEqualTo("\uFEFFfile,page,card,type,holder,number,valid_until,review_by,status,findings");
        assertThat(lines.subList(1, lines.size())).extracting(line -> line.split(",")[8]).containsExactly(
                "failed", "expired", "expired", "review_overdue", "expiring_soon", "valid", "valid");
        assertThat(lines.get(1)).startsWith(directory.resolve("scans/broken.bmp") + ",1,0").endsWith("error 216201 (image format error): not a picture");
        assertThat(lines.get(2)).isEqualTo(directory.resolve("scans/expired.jpg") + ",1,0,特种作业操作证,张敞,T3204811998063035170,2025-10-07,2024-10-07,expired,"
                + "EXPIRED: 已于 2025-10-07 过期");
        // Every page of a PDF is checked: page 2 expired, page 3 overdue for review.
        assertThat(lines.get(3)).startsWith(directory.resolve("scans/licences.pdf") + ",2,");
        assertThat(lines.get(4)).startsWith(directory.resolve("scans/licences.pdf") + ",3,");
        assertThat(commands).hasSize(7);
        assertThat(commands).allSatisfy(command -> assertThat(command.evaluationDate()).contains(LocalDate.of(2026, 11, 24)));
        assertThat(err.toString()).contains("4 of 5 inputs recognised, 1 failed");
    }

    @Test
    void theHtmlReportIsOnePageThatOpensOfflineWithEveryValueEscaped()
            throws IOException
    {
        write("a.png", "EXPIRED");
        write("b.png", "SCRIPT");
        Path report = directory.resolve("out/report.html");

        int exitCode = run("check", "--as-of", "2026-11-24", "--report", report.toString(), directory.resolve("a.png").toString(), directory.resolve("b.png").toString());

        assertThat(exitCode).isZero();
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("评估日期 / as of 2026-11-24")
                .contains("<span class=\"badge expired\">已过期 / expired: 1</span>")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>")
                .doesNotContain("http://").doesNotContain("https://");
        assertThat(html.indexOf("已过期 / expired</span>")).isLessThan(html.indexOf("有效 / valid</span>"));
        assertThat(err.toString()).contains("report written to " + report + " (2 rows)");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void csvCellsAreQuotedAndNeverFormulas()
    {
        ComplianceReport report = new ComplianceReport();
        Certificate card = new Certificate(0, Optional.of("营业执照"), List.of(
                ExtractedField.withoutLocation("名称", List.of("=HYPERLINK(\"http://x\")")),
                ExtractedField.withoutLocation("统一社会信用代码", List.of("91,1"))), Optional.empty());
        report.add("a.png", 1, new JudgedCertificate(card, List.of()));

        assertThat(report.csv().lines().skip(1).findFirst().orElseThrow())
                .isEqualTo("a.png,1,0,营业执照（未分类）,\"'=HYPERLINK(\"\"http://x\"\")\",\"91,1\",,,valid,");
    }

    @Test
    void validUntilAndReviewByAreTheDatesOfTheFieldsTheRulesJudged()
    {
        CertificateType trademark = new CertificateType("trademark", "商标注册证", List.of("商标注册证"), List.of(),
                Optional.of("注册有效期限"), Optional.of("续展日期"), OptionalInt.empty(), List.of());
        Certificate card = new Certificate(0, Optional.of("商标注册证"), List.of(
                ExtractedField.withoutLocation("有效期限", List.of("2010-01-01至2015-01-01")),
                ExtractedField.withoutLocation("注册有效期限", List.of("2016年11月28日至2026年11月27日")),
                ExtractedField.withoutLocation("续展日期", List.of("2026-05-27前"))), Optional.empty());
        ComplianceReport report = new ComplianceReport();
        report.add("typed.png", 1, new JudgedCertificate(card, Optional.of(trademark), List.of()));
        report.add("unclassified.png", 1, new JudgedCertificate(card, List.of()));

        assertThat(report.rows()).extracting(ComplianceReport.Row::file, ComplianceReport.Row::validUntil, ComplianceReport.Row::reviewBy).containsExactly(
                tuple("typed.png", "2026-11-27", "2026-05-27"),
                tuple("unclassified.png", "2015-01-01", ""));
    }

    @Test
    void everyUrgencyOfTheDomainIsOneStatusAndTheReportFollowsItsOrder()
    {
        List<ComplianceReport.Status> byUrgency = Arrays.stream(Urgency.values()).map(ComplianceReport.Status::of).toList();

        assertThat(byUrgency).doesNotHaveDuplicates().doesNotContain(ComplianceReport.Status.FAILED).hasSize(ComplianceReport.Status.values().length - 1);
        assertThat(Arrays.stream(ComplianceReport.Status.values()).sorted(ComplianceReport.Status.MOST_URGENT_FIRST))
                .containsExactly(ComplianceReport.Status.values());
        assertThat(ComplianceReport.status(List.of(new Finding(FindingCode.REVIEW_OVERDUE, Severity.WARNING, Optional.empty(), "逾期", "overdue"),
                new Finding(FindingCode.IDENTIFIER_INVALID, Severity.ERROR, Optional.empty(), "错误", "invalid")))).isEqualTo(ComplianceReport.Status.REVIEW_OVERDUE);
    }

    @Test
    void aReportNameThatIsNeitherCsvNorHtmlIsAUsageError()
            throws IOException
    {
        write("a.png", "VALID");

        assertThat(run("check", "--report", directory.resolve("report.xlsx").toString(), directory.resolve("a.png").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--report must end in .csv or .html");
        assertThat(run("check", directory.resolve("empty-folder-that-is-not-there").toString())).isEqualTo(1);
    }

    @Test
    void aManyPagedPdfIsHandedToTheRecognizerOnceAndEachOfItsPagesIsARow()
            throws IOException
    {
        write("bundle.pdf", "%PDF three pages");
        List<String> calls = new ArrayList<>();
        VerdictByContent pageByPage = new VerdictByContent();
        RecognizeDocument wholeDocuments = new RecognizeDocument()
        {
            @Override
            public RecognitionResult recognize(RecognizeCommand command)
            {
                calls.add("recognize");
                return pageByPage.recognize(command);
            }

            @Override
            public void recognizeAll(RecognizeCommand command, PageSink<RecognitionResult> pages)
            {
                calls.add("recognizeAll from page " + command.source().page());
                for (int page = 1; page <= 3; page++) {
                    pages.page(page, pageByPage.recognize(command.withSource(command.source().atPage(page))));
                }
            }
        };

        int exitCode = CertscanCommandLine.run(options -> Launcher.Program.recognizing(wholeDocuments), new PrintWriter(out), new PrintWriter(err),
                "check", "--as-of", "2026-11-24", directory.resolve("bundle.pdf").toString());

        assertThat(exitCode).isZero();
        assertThat(calls).containsExactly("recognizeAll from page 1");
        assertThat(out.toString().lines().skip(1)).extracting(line -> line.split(",")[1] + " " + line.split(",")[8])
                .containsExactly("2 expired", "3 review_overdue", "1 valid");
    }

    @Test
    void storedResultsAreJudgedAgainAsOfTheDateGivenWithoutRecognisingAnything()
            throws IOException
    {
        RecognitionResult recognised = new VerdictByContent().recognize(RecognizeCommand.ofImage("VALID".getBytes(StandardCharsets.UTF_8)));
        commands.clear();
        write("results/card.json", ContractJson.richResponse().toJson(RichResponse.from(recognised)));
        write("results/broken.json", "{\"log_id\": 1}");
        write("results/card.png", "VALID");
        List<LocalDate> judgedAsOf = new ArrayList<>();
        JudgeCertificates expiryOnly = new JudgeCertificates()
        {
            @Override
            public List<JudgedCertificate> judge(List<Certificate> certificates, LocalDate asOf)
            {
                judgedAsOf.add(asOf);
                return certificates.stream().map(certificate -> new JudgedCertificate(certificate, Optional.of(SPECIAL_OPERATION),
                        asOf.isAfter(LocalDate.of(2025, 10, 7)) ? List.of(new Finding("EXPIRED", Severity.ERROR, Optional.of("有效期限"), "已过期", "expired")) : List.of())).toList();
            }

            @Override
            public LocalDate today()
            {
                return LocalDate.of(2024, 1, 1);
            }
        };
        Launcher launcher = new Launcher()
        {
            @Override
            public Program start(Options options)
            {
                throw new AssertionError("no recogniser is started for stored results");
            }

            @Override
            public JudgeCertificates judging(Options options)
            {
                return expiryOnly;
            }
        };

        int exitCode = CertscanCommandLine.run(launcher, new PrintWriter(out), new PrintWriter(err), "check", "--stored", "--as-of", "2026-11-24", directory.resolve("results").toString());
        int withoutDate = CertscanCommandLine.run(launcher, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), "check", "--stored",
                directory.resolve("results/card.json").toString());

        assertThat(exitCode).isEqualTo(1);
        assertThat(withoutDate).isZero();
        assertThat(commands).isEmpty();
        assertThat(judgedAsOf).containsExactly(LocalDate.of(2026, 11, 24), LocalDate.of(2024, 1, 1));
        List<String> lines = out.toString().lines().skip(1).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith(directory.resolve("results/broken.json") + ",1,0,").contains("failed,error 216201");
        assertThat(lines.get(1)).startsWith(directory.resolve("results/card.json") + ",1,0,特种作业操作证,张敞,T3204811998063035170,2025-10-07,2024-10-07,expired,EXPIRED");
    }

    @Test
    void theAnnotatedPagesOfAPdfAreDrawnTogetherFromOneMoreReadingOfIt()
            throws IOException
    {
        write("scans/licences.pdf", "%PDF three pages");
        write("scans/valid.png", "VALID");
        List<Set<Integer>> drawnTogether = new ArrayList<>();
        List<Integer> drawnAlone = new ArrayList<>();
        RenderDocument drawing = new RenderDocument()
        {
            @Override
            public BufferedImage page(RecognizeCommand command, QuarterTurns turn)
            {
                throw new AssertionError("pages are drawn with their recognition");
            }

            @Override
            public BufferedImage annotated(RecognizeCommand command, RecognitionResult result)
            {
                drawnAlone.add(command.source().page());
                return new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            }

            @Override
            public void annotatedAll(RecognizeCommand command, Map<Integer, RecognitionResult> results, PageSink<BufferedImage> pictures)
            {
                drawnTogether.add(Set.copyOf(results.keySet()));
                results.keySet().forEach(page -> {
                    if (page == 3) {
                        pictures.failed(page, new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not a readable PDF page"));
                    }
                    else {
                        pictures.page(page, new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB));
                    }
                });
            }
        };
        Path report = directory.resolve("audit/report.html");

        int exitCode = CertscanCommandLine.run(options -> Launcher.Program.drawing(new VerdictByContent(), drawing), new PrintWriter(out), new PrintWriter(err),
                "check", "--as-of", "2026-11-24", "--report", report.toString(), "--annotate", directory.resolve("audit/pictures").toString(),
                directory.resolve("scans").toString());

        assertThat(exitCode).as(err.toString()).isZero();
        // The fake's pages are text layers (no picture kept): the PDF's three are drawn in one call,
        // the picture's one with it, never page by page.
        assertThat(drawnTogether).containsExactlyInAnyOrder(Set.of(1, 2, 3), Set.of(1));
        assertThat(drawnAlone).isEmpty();
        assertThat(directory.resolve("audit/pictures/licences-p1.png")).exists();
        assertThat(directory.resolve("audit/pictures/licences-p2.png")).exists();
        assertThat(directory.resolve("audit/pictures/licences-p3.png")).doesNotExist();
        assertThat(err.toString()).contains("licences.pdf: no annotated picture of page 3: error 216201: not a readable PDF page");
        // Every page has its row, linked to its picture when it has one.
        String html = Files.readString(report, StandardCharsets.UTF_8);
        assertThat(html).contains("<a href=\"pictures/licences-p1.png\">").contains("<a href=\"pictures/licences-p2.png\">")
                .contains("<a href=\"pictures/valid.png\">").doesNotContain("licences-p3.png");
        assertThat(html.split("licences.pdf", -1).length - 1).isGreaterThanOrEqualTo(3);
    }

    private int run(String... args)
    {
        return CertscanCommandLine.run(options -> Launcher.Program.recognizing(new VerdictByContent()), new PrintWriter(out), new PrintWriter(err), args);
    }

    private void write(String name, String content)
            throws IOException
    {
        Path file = directory.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The file's text says what the rules found; a PDF has three pages, the first valid, the second expired, the third overdue. */
    private final class VerdictByContent
            implements RecognizeDocument
    {
        @Override
        public RecognitionResult recognize(RecognizeCommand command)
        {
            commands.add(command);
            DocumentSource source = command.source();
            String verdict;
            OptionalInt pages = OptionalInt.empty();
            if (source instanceof DocumentSource.Pdf pdf) {
                verdict = List.of("VALID", "EXPIRED", "OVERDUE").get(pdf.page() - 1);
                pages = OptionalInt.of(3);
            }
            else {
                verdict = new String(((DocumentSource.Image) source).bytes(), StandardCharsets.UTF_8);
            }
            if (verdict.equals("FAIL")) {
                throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not a picture");
            }
            List<Finding> findings = switch (verdict) {
                case "EXPIRED" -> List.of(new Finding("EXPIRED", Severity.ERROR, Optional.of("有效期限"), "已于 2025-10-07 过期", "expired on 2025-10-07"));
                case "OVERDUE" -> List.of(new Finding("REVIEW_OVERDUE", Severity.ERROR, Optional.of("应复审日期"), "逾期", "overdue"));
                case "SOON" -> List.of(new Finding("EXPIRING_SOON", Severity.WARNING, Optional.of("有效期限"), "将到期", "expiring"));
                default -> List.of(new Finding("VALID", Severity.INFO, Optional.of("有效期限"), "有效", "valid"));
            };
            String holder = verdict.equals("SCRIPT") ? "<script>alert(1)</script>" : "张敞";
            Certificate card = new Certificate(0, Optional.of("低压电工证"), List.of(
                    ExtractedField.withoutLocation("证号", List.of("T3204811998063035170")),
                    ExtractedField.withoutLocation("姓名", List.of(holder)),
                    ExtractedField.withoutLocation("有效期限", List.of("2019-10-08至2025-10-07")),
                    ExtractedField.withoutLocation("应复审日期", List.of("2024-10-07前"))), Optional.empty());
            return new RecognitionResult(new LogId(1), source.kind(), pages, List.of(new JudgedCertificate(card, Optional.of(SPECIAL_OPERATION), findings)),
                    command.evaluationDate().orElse(LocalDate.of(2026, 11, 24)));
        }
    }
}
