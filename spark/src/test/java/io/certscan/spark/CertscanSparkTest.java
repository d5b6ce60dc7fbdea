package io.certscan.spark;

import io.certscan.adapter.cli.CertscanCommandLine;
import io.certscan.adapter.cli.Launcher;
import io.certscan.bootstrap.Certscan;
import io.certscan.bootstrap.CertscanFactory;
import io.certscan.contract.RichResponse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * certscan in a local[2] Spark: the bundled samples and a broken file recognised by the job of
 * {@code spark/run recognize}, checked row by row against what the command line answers for the
 * same files, then judged again as of other dates, from the stored rows and from the rich JSON.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CertscanSparkTest
{
    private static final Path SAMPLES = Path.of("..", "samples");
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    private static final String CARD = "low-voltage-electrician.png";

    @TempDir
    static Path directory;

    private SparkSession spark;
    private Path in;
    private Path out;
    private SparkRun.Summary summary;
    private Dataset<Row> recognized;

    @BeforeAll
    void recogniseTheSamplesAndABrokenFile()
            throws IOException
    {
        in = Files.createDirectories(directory.resolve("in"));
        try (Stream<Path> samples = Files.list(SAMPLES)) {
            for (Path sample : samples.filter(Files::isRegularFile).toList()) {
                Files.copy(sample, in.resolve(sample.getFileName()));
            }
        }
        Files.writeString(in.resolve("broken.png"), "not a picture at all");
        Files.writeString(in.resolve("notes.txt"), "not a document: left out");
        out = directory.resolve("out");
        spark = SparkRun.session("local[2]", Map.of());
        summary = SparkRun.recognize(spark, in.toString(), out.toString(), AS_OF);
        recognized = spark.read().parquet(out.resolve(SparkRun.RECOGNIZED).toString()).cache();
        recognized.createOrReplaceTempView("recognized");
    }

    @AfterAll
    void stop()
    {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everySampleGivesTheCertificatesTheCommandLineGivesRowByRow()
            throws IOException
    {
        List<Path> documents;
        try (Stream<Path> files = Files.list(in)) {
            documents = files.filter(file -> !file.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(recognized.count()).isEqualTo(documents.size());
        try (Certscan engine = CertscanFactory.create(Map.of())) {
            Launcher launcher = options -> new Launcher.Program(engine, Optional.of(engine), () -> {});
            for (Path document : documents) {
                StringWriter json = new StringWriter();
                StringWriter err = new StringWriter();
                int exitCode = CertscanCommandLine.run(launcher, new PrintWriter(json), new PrintWriter(err), "recognize", "--format", "rich", "--as-of", AS_OF.toString(),
                        document.toString());
                List<Row> rows = certificatesOf(document);
                if (exitCode != 0) {
                    // The broken file: one row with the code the command line reports, the job went on.
                    assertThat(rows).singleElement().satisfies(row -> {
                        assertThat(err.toString()).contains(document + ": error " + row.getInt(row.fieldIndex("error_code")));
                        assertThat(row.getString(row.fieldIndex("error_message"))).startsWith("image format error");
                    });
                    assertThat(rows.get(0).getInt(rows.get(0).fieldIndex("error_code"))).isEqualTo(216201);
                    continue;
                }
                List<RichResponse.Card> cards = RichResponse.parse(json.toString()).results();
                List<Row> firstPage = rows.stream().filter(row -> row.getInt(row.fieldIndex("page")) == 1).toList();
                assertThat(firstPage).as(document.toString()).hasSameSizeAs(cards).isNotEmpty();
                for (int at = 0; at < cards.size(); at++) {
                    assertSameCertificate(document + " card " + at, firstPage.get(at), cards.get(at));
                }
            }
        }
    }

    @Test
    void theSummaryCountsFilesCertificatesStatusesAndErrors()
            throws IOException
    {
        long documents;
        try (Stream<Path> files = Files.list(in)) {
            documents = files.filter(file -> !file.getFileName().toString().endsWith(".txt")).count();
        }
        long certificates = spark.sql("SELECT c.* FROM recognized LATERAL VIEW explode(certificates) AS c WHERE c.error_code IS NULL").count();
        assertThat(summary.files()).isEqualTo(documents);
        assertThat(summary.certificates()).isEqualTo(certificates).isGreaterThanOrEqualTo(6);
        assertThat(summary.errors()).containsExactly(Map.entry(216201, 1L));
        assertThat(summary.byStatus()).containsEntry("REVIEW_OVERDUE", spark.sql(
                "SELECT c.* FROM recognized LATERAL VIEW explode(certificates) AS c WHERE c.status = 'REVIEW_OVERDUE'").count());
        assertThat(summary.byStatus().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(certificates);
        assertThat(Files.readString(out.resolve("summary.json"))).isEqualTo(summary.json() + "\n")
                .startsWith("{\"files\": " + documents + ", \"certificates\": " + certificates + ", \"by_status\": {\"REVIEW_OVERDUE\": ")
                .contains("\"errors\": {\"216201\": 1}, \"as_of\": \"2026-11-23\"");
    }

    @Test
    void storedCertificatesJudgedAsOfTwoDatesChangeStatusWithoutOcr()
            throws IOException
    {
        List<String> statuses = new ArrayList<>();
        for (String date : List.of("2024-01-01", "2026-11-23", "2028-01-01")) {
            Row card = spark.sql("SELECT c.* FROM (SELECT path, judge(certificates, DATE'" + date + "') AS judged FROM recognized) LATERAL VIEW explode(judged) AS c"
                    + " WHERE path LIKE '%/" + CARD + "'").collectAsList().get(0);
            assertThat(card.getDate(card.fieldIndex("as_of")).toLocalDate()).isEqualTo(LocalDate.parse(date));
            statuses.add(card.getString(card.fieldIndex("status")) + " " + String.join(",", codes(card)));
        }
        // Valid in 2024 (its wrong number still an error), review overdue in 2026, expired in 2028.
        assertThat(statuses).containsExactly(
                "INVALID VALID,IDENTIFIER_INVALID,LOW_CONFIDENCE",
                "REVIEW_OVERDUE VALID,REVIEW_OVERDUE,IDENTIFIER_INVALID,LOW_CONFIDENCE",
                "EXPIRED EXPIRED,REVIEW_OVERDUE,IDENTIFIER_INVALID,LOW_CONFIDENCE");

        SparkRun.Summary later = SparkRun.judge(spark, out.toString(), LocalDate.of(2028, 1, 1));
        assertThat(later.files()).isEqualTo(summary.files());
        assertThat(later.certificates()).isEqualTo(summary.certificates());
        assertThat(later.errors()).isEqualTo(summary.errors());
        assertThat(later.byStatus()).containsEntry("EXPIRED", summary.byStatus().get("REVIEW_OVERDUE")).doesNotContainKey("REVIEW_OVERDUE");
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"as_of\": \"2028-01-01\", \"results\": \"judged-2028-01-01\"");
    }

    @Test
    void theRichJsonOfTheCommandLineIsJudgedAsTheStoredRowsAre()
            throws IOException
    {
        String json;
        try (Certscan engine = CertscanFactory.create(Map.of())) {
            StringWriter written = new StringWriter();
            CertscanCommandLine.run(options -> new Launcher.Program(engine, Optional.of(engine), () -> {}), new PrintWriter(written),
                    new PrintWriter(new StringWriter()), "recognize", "--format", "rich", "--as-of", AS_OF.toString(), in.resolve(CARD).toString());
            json = written.toString();
        }
        spark.createDataFrame(List.of(org.apache.spark.sql.RowFactory.create(json), org.apache.spark.sql.RowFactory.create("{\"log_id\": 1}")),
                new org.apache.spark.sql.types.StructType().add("json", org.apache.spark.sql.types.DataTypes.StringType)).createOrReplaceTempView("stored_json");

        List<Row> fromJson = spark.sql("SELECT judge(json, DATE'2028-01-01') AS judged FROM stored_json").collectAsList();
        Row fromRows = spark.sql("SELECT judge(certificates, DATE'2028-01-01') AS judged FROM recognized WHERE path LIKE '%/" + CARD + "'").collectAsList().get(0);

        Row card = (Row) fromJson.get(0).getList(0).get(0);
        Row stored = (Row) fromRows.getList(0).get(0);
        assertThat(codes(card)).isEqualTo(codes(stored)).contains("EXPIRED");
        assertThat(card.getString(card.fieldIndex("status"))).isEqualTo(stored.getString(stored.fieldIndex("status"))).isEqualTo("EXPIRED");
        assertThat(card.getList(card.fieldIndex("fields"))).isEqualTo(stored.getList(stored.fieldIndex("fields")));
        assertThat(card.isNullAt(card.fieldIndex("page"))).isTrue();
        Row notRich = (Row) fromJson.get(1).getList(0).get(0);
        assertThat(notRich.getInt(notRich.fieldIndex("error_code"))).isEqualTo(216201);
        assertThat(notRich.getString(notRich.fieldIndex("error_message"))).isEqualTo("image format error: not a rich result of certscan: no results");
    }

    @Test
    void aTaskRunAgainGivesTheSameRowsAndAnErrorStaysItsErrorWhenJudged()
    {
        String again = "SELECT path, recognize(content, path) AS certificates FROM binaryFile.`" + in + "` WHERE path LIKE '%/broken.png' OR path LIKE '%/" + CARD + "'"
                + " ORDER BY path";
        List<Row> first = spark.sql(again).collectAsList();
        List<Row> second = spark.sql(again).collectAsList();
        assertThat(first).hasSize(2).isEqualTo(second);
        assertThat(first).isEqualTo(recognized.where("path LIKE '%/broken.png' OR path LIKE '%/" + CARD + "'").orderBy("path").collectAsList());

        Row broken = (Row) spark.sql("SELECT judge(certificates, DATE'2030-01-01') FROM recognized WHERE path LIKE '%/broken.png'").collectAsList().get(0).getList(0).get(0);
        assertThat(broken.getInt(broken.fieldIndex("error_code"))).isEqualTo(216201);
        assertThat(broken.getDate(broken.fieldIndex("as_of")).toLocalDate()).isEqualTo(LocalDate.of(2030, 1, 1));
    }

    @Test
    void aPageGivenIsThatPageAndAPageBeyondTheEndIsItsError()
    {
        List<Row> rows = spark.sql("SELECT recognize(content, path, 1) AS first, recognize(content, path, 5) AS fifth FROM binaryFile.`" + in
                + "` WHERE path LIKE '%/vat-einvoice.pdf'").collectAsList();
        Row first = (Row) rows.get(0).getList(0).get(0);
        Row fifth = (Row) rows.get(0).getList(1).get(0);
        assertThat(first.getString(first.fieldIndex("title"))).contains("发票");
        assertThat(fifth.getInt(fifth.fieldIndex("page"))).isEqualTo(5);
        assertThat(fifth.getInt(fifth.fieldIndex("error_code"))).isEqualTo(216100);
    }

    @Test
    void wrongArgumentsAndSettingsAreRefusedWhenTheQueryIsPlanned()
    {
        assertThatThrownBy(() -> spark.sql("SELECT recognize('text', 'a.png')").collect()).hasStackTraceContaining("content is string");
        assertThatThrownBy(() -> spark.sql("SELECT judge('{}', '2026-01-01')").collect()).hasStackTraceContaining("as_of is string");
        SparkSession strict = spark.newSession();
        strict.conf().set("spark.certscan.rules.low-confidence", "2");
        assertThatThrownBy(() -> strict.sql("SELECT judge(cast(null AS string), DATE'2026-01-01')").collect()).hasStackTraceContaining("rules.low-confidence");
        strict.conf().set("spark.certscan.rules.low-confidence", "0.5");
        strict.conf().set(CertscanFunctions.AS_OF, "tomorrow");
        assertThatThrownBy(() -> strict.sql("SELECT recognize(cast('' AS binary), 'a.png')").collect()).hasStackTraceContaining("spark.certscan.as-of is not a date");
    }

    @Test
    void aSessionCanBeGivenTheFunctionsByACall()
    {
        SparkSession session = spark.newSession();
        CertscanFunctions.register(session);

        Row empty = session.sql("SELECT recognize(cast('' AS binary), 'empty.png')").collectAsList().get(0);

        Row failed = (Row) empty.getList(0).get(0);
        assertThat(failed.getInt(failed.fieldIndex("error_code"))).isEqualTo(216200);
        assertThat(session.sql("SELECT judge(cast(null AS string), DATE'2026-01-01')").collectAsList().get(0).isNullAt(0)).isTrue();
    }

    private List<Row> certificatesOf(Path document)
    {
        List<Row> files = recognized.where(org.apache.spark.sql.functions.col("path").endsWith("/" + document.getFileName())).collectAsList();
        assertThat(files).as(document.toString()).hasSize(1);
        List<Row> rows = new ArrayList<>();
        files.get(0).getList(1).forEach(row -> rows.add((Row) row));
        return rows;
    }

    private static void assertSameCertificate(String what, Row row, RichResponse.Card card)
    {
        assertThat(row.isNullAt(row.fieldIndex("error_code"))).as(what).isTrue();
        assertThat(row.getInt(row.fieldIndex("index"))).as(what).isEqualTo(card.index());
        assertThat(row.getString(row.fieldIndex("title"))).as(what).isEqualTo(card.title());
        Row type = row.getStruct(row.fieldIndex("type"));
        assertThat(List.of(String.valueOf(type.getString(0)), String.valueOf(type.getString(1)))).as(what)
                .containsExactly(String.valueOf(card.type().id()), String.valueOf(card.type().name()));
        List<String> fields = new ArrayList<>();
        for (Object value : row.getList(row.fieldIndex("fields"))) {
            Row field = (Row) value;
            Row normalized = field.getStruct(field.fieldIndex("normalized"));
            fields.add(field.getString(0) + "=" + field.getString(1) + " " + field.getList(2) + " " + field.getDouble(3) + " " + field.getString(5) + " "
                    + (normalized == null ? "-" : normalized.getString(0) + "/" + normalized.getString(1) + "/" + normalized.getString(2) + "/" + normalized.getString(3)
                    + "/" + normalized.getString(4) + "/" + amount(normalized.getDecimal(5))));
        }
        List<String> expectedFields = card.fields().stream().map(field -> field.name() + "=" + field.value() + " " + field.words() + " " + field.confidence() + " "
                + field.origin() + " " + (field.normalized() == null ? "-" : field.normalized().kind() + "/" + field.normalized().date() + "/" + field.normalized().start()
                + "/" + field.normalized().end() + "/" + field.normalized().ending() + "/" + amount(field.normalized().amount()))).toList();
        assertThat(fields).as(what).isEqualTo(expectedFields);
        List<String> findings = new ArrayList<>();
        for (Object value : row.getList(row.fieldIndex("findings"))) {
            Row finding = (Row) value;
            findings.add(finding.getString(0) + " " + finding.getString(1) + " " + finding.getString(2) + " " + finding.getString(3) + " " + finding.getString(4));
        }
        assertThat(findings).as(what).isEqualTo(card.findings().stream()
                .map(finding -> finding.code() + " " + finding.severity() + " " + finding.field() + " " + finding.message() + " " + finding.englishMessage()).toList());
        assertThat(row.getDate(row.fieldIndex("as_of")).toLocalDate()).isEqualTo(AS_OF);
    }

    private static String amount(BigDecimal amount)
    {
        return amount == null ? "null" : amount.stripTrailingZeros().toPlainString();
    }

    private static List<String> codes(Row card)
    {
        List<String> codes = new ArrayList<>();
        for (Object finding : card.getList(card.fieldIndex("findings"))) {
            codes.add(((Row) finding).getString(0));
        }
        return codes;
    }

}
