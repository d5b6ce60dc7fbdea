package io.certscan.bootstrap;

import io.certscan.adapter.cli.CertscanCommandLine;
import io.certscan.contract.ContractJson;
import io.certscan.contract.GeneralOcrResponse;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The README's main command on the bundled samples, through the real command line, wiring and
 * engine. The samples print the cards of general_ocr's documented success example, so the
 * results must be that example's, field for field.
 */
class SamplesEndToEndTest
{
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final Path DOCUMENTED = Path.of("..", "contract", "src", "test", "resources", "general_ocr_success_example.json");

    @Test
    void twoCardSampleGivesTheDocumentedResults()
            throws IOException
    {
        GeneralOcrResponse documented = documented();

        GeneralOcrResponse recognised = recognize(SAMPLES.resolve("two-low-voltage-electricians.png"));

        assertThat(recognised.results()).isEqualTo(documented.results());
        assertThat(recognised.pdfFileSize()).isEmpty();
    }

    @Test
    void readmeSampleGivesTheFirstDocumentedCard()
            throws IOException
    {
        GeneralOcrResponse documented = documented();

        GeneralOcrResponse recognised = recognize(SAMPLES.resolve("low-voltage-electrician.png"));

        assertThat(recognised.results()).isEqualTo(List.of(documented.results().get(0)));
    }

    @Test
    void bornDigitalPdfSampleGivesTheFirstDocumentedCardAndItsPageCount()
            throws IOException
    {
        GeneralOcrResponse documented = documented();

        GeneralOcrResponse recognised = recognize(SAMPLES.resolve("low-voltage-electrician.pdf"));

        assertThat(recognised.results()).isEqualTo(List.of(documented.results().get(0)));
        assertThat(recognised.pdfFileSize()).contains("1");
    }

    @Test
    void richFormatJudgesTheDocumentedCard()
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = CertscanCommandLine.run(TestingEngine.launcher(), new PrintWriter(out), new PrintWriter(err),
                "recognize", "--compact", "--format", "rich", "--as-of", "2026-11-23", SAMPLES.resolve("low-voltage-electrician.png").toString());

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("\"evaluation_date\":\"2026-11-23\"")
                // valid until 2027-10-07, review was due by 2024-10-07, and the documented number has a digit too many
                .contains("\"code\":\"VALID\"", "\"code\":\"REVIEW_OVERDUE\",\"severity\":\"error\"", "\"code\":\"IDENTIFIER_INVALID\"")
                // 敞 is recovered from what PP-OCRv4 dropped, with a low probability
                .contains("\"code\":\"LOW_CONFIDENCE\",\"severity\":\"warning\",\"field\":\"姓名\"")
                .contains("\"normalized\":{\"kind\":\"period\",\"start\":\"2021-10-08\",\"end\":\"2027-10-07\",\"ending\":\"date\"}")
                // The catalogue knows the card; it carries every field its type requires.
                .contains("\"type\":{\"id\":\"special-operation\",\"name\":\"特种作业操作证\"}")
                .doesNotContain("REQUIRED_FIELD_MISSING");
    }

    @Test
    void theSampleInvoiceIsReadWhole()
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = CertscanCommandLine.run(TestingEngine.launcher(), new PrintWriter(out), new PrintWriter(err),
                "recognize", "--compact", "--format", "rich", "--as-of", "2026-12-01", SAMPLES.resolve("vat-einvoice.pdf").toString());

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("\"invoice\":{\"kind\":\"普票\",\"qr_code\":{\"type\":\"10\",\"code\":\"061427623980\",\"number\":\"96924183\",\"amount\":7379.28")
                .contains("{\"name\":\"价税合计\",\"words\":[\"¥7822.04\"]")
                .contains("\"normalized\":{\"kind\":\"amount\",\"amount\":7822.04}")
                .contains("\"findings\":[]");
    }

    @Test
    void aCompanysRulePackRedefinesATypeFromTheCommandLine(@TempDir Path directory)
            throws IOException
    {
        Path pack = directory.resolve("company-rules.json");
        Files.writeString(pack, """
                {"types": [{"id": "special-operation", "name": "特种作业操作证（公司规定）", "titles": ["特种作业操作证", "电工证"],
                            "required_fields": ["证号", "姓名", "照片"], "review_field": "应复审日期", "max_validity_years": 3}]}
                """, StandardCharsets.UTF_8);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int exitCode = CertscanCommandLine.run(TestingEngine.launcher(), new PrintWriter(out), new PrintWriter(err),
                "recognize", "--compact", "--format", "rich", "--as-of", "2026-11-23", "--rules", pack.toString(), SAMPLES.resolve("low-voltage-electrician.pdf").toString());

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("\"type\":{\"id\":\"special-operation\",\"name\":\"特种作业操作证（公司规定）\"}")
                .contains("\"code\":\"REQUIRED_FIELD_MISSING\",\"severity\":\"warning\",\"field\":\"照片\"")
                // 2021-10-08 to 2027-10-07 is six years, longer than the company's three.
                .contains("\"code\":\"VALIDITY_TOO_LONG\"");

        Files.writeString(pack, "{\"types\": [{\"id\": \"x\", \"name\": \"x\"}]}", StandardCharsets.UTF_8);
        err = new StringWriter();
        exitCode = CertscanCommandLine.run(TestingEngine.launcher(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                "recognize", "--rules", pack.toString(), SAMPLES.resolve("low-voltage-electrician.pdf").toString());
        assertThat(exitCode).isEqualTo(2);
        assertThat(err.toString()).contains("rules pack " + pack + " line 1: must be a non-empty array of non-empty strings");
    }

    @Test
    void bornDigitalOfdSampleGivesTheFirstDocumentedCard()
            throws IOException
    {
        GeneralOcrResponse recognised = recognize(SAMPLES.resolve("low-voltage-electrician.ofd"));

        assertThat(recognised.results()).isEqualTo(List.of(documented().results().get(0)));
        assertThat(recognised.pdfFileSize()).isEmpty();
    }

    @Test
    void scannedOfdPageIsReadThroughItsPicture(@TempDir Path directory)
            throws IOException
    {
        // An OFD as a scanner makes it: one page-sized picture, the sample card, and no text.
        String namespace = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", ("<ofd:OFD " + namespace + " DocType=\"OFD\" Version=\"1.0\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>scan</ofd:DocID></ofd:DocInfo>"
                + "<ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>").getBytes(StandardCharsets.UTF_8));
        parts.put("Doc_0/Document.xml", ("<ofd:Document " + namespace + "><ofd:CommonData><ofd:MaxUnitID>9</ofd:MaxUnitID><ofd:PageArea><ofd:PhysicalBox>0 0 247 159</ofd:PhysicalBox>"
                + "</ofd:PageArea><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData><ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/>"
                + "</ofd:Pages></ofd:Document>").getBytes(StandardCharsets.UTF_8));
        parts.put("Doc_0/DocumentRes.xml", ("<ofd:Res " + namespace + " BaseLoc=\"Res\"><ofd:MultiMedias><ofd:MultiMedia ID=\"5\" Type=\"Image\">"
                + "<ofd:MediaFile>card.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>").getBytes(StandardCharsets.UTF_8));
        parts.put("Doc_0/Pages/Page_0/Content.xml", ("<ofd:Page " + namespace + "><ofd:Content><ofd:Layer ID=\"2\"><ofd:ImageObject ID=\"3\" Boundary=\"0 0 247 159\" "
                + "CTM=\"247 0 0 159 0 0\" ResourceID=\"5\"/></ofd:Layer></ofd:Content></ofd:Page>").getBytes(StandardCharsets.UTF_8));
        parts.put("Doc_0/Res/card.png", Files.readAllBytes(SAMPLES.resolve("low-voltage-electrician.png")));
        Path scan = directory.resolve("scan.ofd");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(scan))) {
            for (Map.Entry<String, byte[]> part : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(part.getKey()));
                zip.write(part.getValue());
                zip.closeEntry();
            }
        }

        assertThat(recognize(scan).results()).isEqualTo(List.of(documented().results().get(0)));
    }

    @Test
    void annotatedPicturesOfTheSamplesAndAReportLinkingToThem(@TempDir Path directory)
            throws IOException
    {
        Path pictures = directory.resolve("pictures");
        StringWriter err = new StringWriter();
        int exitCode = CertscanCommandLine.run(TestingEngine.launcher(), new PrintWriter(new StringWriter()), new PrintWriter(err),
                "recognize", "--annotate", pictures.toString(), "--output-dir", directory.resolve("json").toString(),
                SAMPLES.resolve("two-low-voltage-electricians.png").toString(), SAMPLES.resolve("low-voltage-electrician.pdf").toString(),
                SAMPLES.resolve("low-voltage-electrician.ofd").toString());

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(err.toString()).doesNotContain("no annotated picture");
        java.awt.image.BufferedImage sample = javax.imageio.ImageIO.read(SAMPLES.resolve("two-low-voltage-electricians.png").toFile());
        java.awt.image.BufferedImage annotated = javax.imageio.ImageIO.read(pictures.resolve("two-low-voltage-electricians.png").toFile());
        // The page and a legend beside it; the two cards outlined in their colours somewhere on the page.
        assertThat(annotated.getWidth()).isGreaterThan(sample.getWidth());
        long firstCardColour = 0;
        long secondCardColour = 0;
        for (int y = 0; y < sample.getHeight(); y++) {
            for (int x = 0; x < sample.getWidth(); x++) {
                int rgb = annotated.getRGB(x, y) & 0xFFFFFF;
                firstCardColour += rgb == 0x1565C0 ? 1 : 0;
                secondCardColour += rgb == 0x6A1B9A ? 1 : 0;
            }
        }
        assertThat(firstCardColour).isGreaterThan(500);
        assertThat(secondCardColour).isGreaterThan(500);
        assertThat(pictures.resolve("low-voltage-electrician.png")).exists();
        assertThat(pictures.resolve("low-voltage-electrician-2.png")).exists();

        Path report = directory.resolve("audit/report.html");
        exitCode = CertscanCommandLine.run(TestingEngine.launcher(), new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()),
                "check", "--as-of", "2026-11-23", "--report", report.toString(), "--annotate", directory.resolve("audit/pictures").toString(),
                SAMPLES.resolve("low-voltage-electrician.pdf").toString());
        assertThat(exitCode).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).contains("<a href=\"pictures/low-voltage-electrician.png\">")
                .contains("逾期未复审 / review overdue");
        assertThat(directory.resolve("audit/pictures/low-voltage-electrician.png")).exists();
    }

    @Test
    void ofdInvoicePageThroughTheCommandLine()
            throws IOException
    {
        Path invoice = testData().resolve("ofdrw-converter__999.ofd");

        GeneralOcrResponse first = recognize(invoice);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int beyond = CertscanCommandLine.run(TestingEngine.launcher(), new PrintWriter(out), new PrintWriter(err),
                "recognize", "--ofd-page", "6", invoice.toString());

        assertThat(first.results()).singleElement().satisfies(fields -> {
            assertThat(fields.get("发票号码")).singleElement().satisfies(value -> assertThat(value.words()).containsExactly("12235358"));
            assertThat(fields.get("销售方纳税人识别号")).singleElement().satisfies(value -> assertThat(value.words()).containsExactly("91500102563638729E"));
        });
        // pdf_file_size is general_ocr's for PDFs only.
        assertThat(first.pdfFileSize()).isEmpty();
        assertThat(beyond).isEqualTo(1);
        assertThat(err.toString()).contains("error 216100 (invalid param): ofd_file_num 6 is beyond the document's 5 pages");
    }

    @Test
    void urlSourceIsFetchedOnlyFromAnAllowedInternalHost()
            throws IOException
    {
        byte[] sample = Files.readAllBytes(SAMPLES.resolve("low-voltage-electrician.png"));
        HttpServer pictures = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
        AtomicInteger served = new AtomicInteger();
        pictures.createContext("/cards/low-voltage-electrician.png", exchange -> {
            served.incrementAndGet();
            exchange.getResponseHeaders().add("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, sample.length);
            try (OutputStream body = exchange.getResponseBody()) {
                body.write(sample);
            }
        });
        pictures.start();
        try {
            String url = "http://127.0.0.1:" + pictures.getAddress().getPort() + "/cards/low-voltage-electrician.png";
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int refused = CertscanCommandLine.run(TestingEngine.launcher(), new PrintWriter(out), new PrintWriter(err), "recognize", url);
            assertThat(refused).isEqualTo(1);
            assertThat(err.toString()).contains("error 282111 (url format illegal)").contains("loopback");
            assertThat(served).hasValue(0);

            out = new StringWriter();
            err = new StringWriter();
            int allowed = CertscanCommandLine.run(TestingEngine.launcher(), new PrintWriter(out), new PrintWriter(err),
                    "recognize", "--compact", "-D", "url.allowed-hosts=127.0.0.1", url);
            assertThat(allowed).as(err.toString()).isZero();
            assertThat(ContractJson.generalOcrResponse().fromJson(out.toString()).results()).isEqualTo(List.of(documented().results().get(0)));
            assertThat(served).hasValue(1);
        }
        finally {
            pictures.stop(0);
        }
    }

    /** The repository's testdata/ofd-einvoices (ofdrw's Apache-2.0 e-invoices). */
    static Path testData()
    {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("testdata/ofd-einvoices");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("testdata/ofd-einvoices of the repository was not found above " + Path.of("").toAbsolutePath());
    }

    static GeneralOcrResponse documented()
            throws IOException
    {
        return ContractJson.generalOcrResponse().fromJson(Files.readString(DOCUMENTED, StandardCharsets.UTF_8));
    }

    private static GeneralOcrResponse recognize(Path sample)
            throws IOException
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exitCode = CertscanCommandLine.run(TestingEngine.launcher(), new PrintWriter(out), new PrintWriter(err),
                "recognize", "--compact", sample.toString());
        assertThat(exitCode).as(err.toString()).isZero();
        return ContractJson.generalOcrResponse().fromJson(out.toString());
    }
}
