package io.certscan.bootstrap;

import io.certscan.adapter.cli.CertscanCommandLine;
import io.certscan.contract.ContractJson;
import io.certscan.contract.GeneralOcrResponse;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

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

        int exitCode = CertscanCommandLine.run(new Main.EnvironmentLauncher(Map.of()), new PrintWriter(out), new PrintWriter(err),
                "recognize", "--compact", "--format", "rich", "--as-of", "2026-11-23", SAMPLES.resolve("low-voltage-electrician.png").toString());

        assertThat(exitCode).as(err.toString()).isZero();
        assertThat(out.toString())
                .contains("\"evaluation_date\":\"2026-11-23\"")
                // valid until 2027-10-07, review was due by 2024-10-07, and the documented number has a digit too many
                .contains("\"code\":\"VALID\"", "\"code\":\"REVIEW_OVERDUE\",\"severity\":\"error\"", "\"code\":\"IDENTIFIER_INVALID\"")
                // 敞 is recovered from what PP-OCRv4 dropped, with a low probability
                .contains("\"code\":\"LOW_CONFIDENCE\",\"severity\":\"warning\",\"field\":\"姓名\"")
                .contains("\"normalized\":{\"kind\":\"period\",\"start\":\"2021-10-08\",\"end\":\"2027-10-07\",\"ending\":\"date\"}");
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
        int exitCode = CertscanCommandLine.run(new Main.EnvironmentLauncher(Map.of()), new PrintWriter(out), new PrintWriter(err),
                "recognize", "--compact", sample.toString());
        assertThat(exitCode).as(err.toString()).isZero();
        return ContractJson.generalOcrResponse().fromJson(out.toString());
    }
}
