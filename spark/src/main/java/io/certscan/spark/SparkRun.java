package io.certscan.spark;

import io.certscan.domain.rule.Urgency;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The jobs of {@code spark/run}, on {@code local[N]} or any master:
 * <pre>
 * recognize IN_DIR OUT_DIR [--as-of YYYY-MM-DD]   every picture, PDF and OFD under IN_DIR, all pages
 * judge OUT_DIR --as-of YYYY-MM-DD                 the certificates stored in OUT_DIR judged again, no OCR
 * </pre>
 * {@code recognize} writes Parquet to {@code OUT_DIR/recognized}, {@code judge} to
 * {@code OUT_DIR/judged-YYYY-MM-DD}; each then writes {@code OUT_DIR/summary.json} for what it wrote.
 * Any file system Spark reads works for both folders (local, HDFS, S3-compatible stores).
 */
public final class SparkRun
{
    static final String RECOGNIZED = "recognized";
    static final int EXIT_OK = 0;
    static final int EXIT_SOME_FAILED = 1;
    static final int EXIT_USAGE = 2;
    /** Every file a partition of its own, so that the cores share the files (binaryFile packs small files together otherwise). */
    private static final String OPEN_COST = String.valueOf(128L * 1024 * 1024);
    private static final String USAGE = """
            usage: spark/run recognize IN_DIR OUT_DIR [--as-of YYYY-MM-DD] [--master local[N]] [-D KEY=VALUE]...
                   spark/run judge OUT_DIR --as-of YYYY-MM-DD [--master local[N]] [-D KEY=VALUE]...
                   spark/run benchmark [DIR] [--copies N]
              recognize  every jpg, png, bmp, pdf and ofd under IN_DIR (all depths, all pages) into OUT_DIR/recognized (Parquet)
              judge      the certificates in OUT_DIR/recognized judged again as of the date, without OCR, into OUT_DIR/judged-DATE
              both write OUT_DIR/summary.json: {"files", "certificates", "by_status", "errors", "as_of", "results"}
              --master   Spark's master (default: spark-submit's, else local[*], every core of this machine)
              -D         a certscan setting (rules.packs=company.json, certscan.time-zone=…), as spark.certscan.KEY
            """;

    private SparkRun() {}

    public static void main(String[] args)
    {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err)
    {
        List<String> positional = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        Map<String, String> settings = new LinkedHashMap<>();
        for (int at = 0; at < args.length; at++) {
            String arg = args[at];
            if (arg.equals("-h") || arg.equals("--help")) {
                out.print(USAGE);
                return EXIT_OK;
            }
            if (arg.startsWith("--") || arg.equals("-D")) {
                if (at + 1 == args.length) {
                    err.println("spark/run: " + arg + " needs a value\n" + USAGE);
                    return EXIT_USAGE;
                }
                String value = args[++at];
                if (arg.equals("-D")) {
                    int equals = value.indexOf('=');
                    if (equals < 1) {
                        err.println("spark/run: -D takes KEY=VALUE: " + value);
                        return EXIT_USAGE;
                    }
                    settings.put(value.substring(0, equals), value.substring(equals + 1));
                }
                else if (List.of("--as-of", "--master", "--copies").contains(arg)) {
                    options.put(arg, value);
                }
                else {
                    err.println("spark/run: unknown option " + arg + "\n" + USAGE);
                    return EXIT_USAGE;
                }
            }
            else {
                positional.add(arg);
            }
        }
        String command = positional.isEmpty() ? "" : positional.get(0);
        LocalDate asOf = null;
        if (options.containsKey("--as-of")) {
            try {
                asOf = LocalDate.parse(options.get("--as-of"));
            }
            catch (DateTimeParseException wrong) {
                err.println("spark/run: --as-of is not a date (YYYY-MM-DD): " + options.get("--as-of"));
                return EXIT_USAGE;
            }
        }
        boolean recognize = command.equals("recognize") && positional.size() == 3;
        boolean judge = command.equals("judge") && positional.size() == 2 && asOf != null;
        if (command.equals("benchmark") && positional.size() <= 2) {
            return SparkBenchmark.run(positional.size() == 2 ? positional.get(1) : "samples", Integer.parseInt(options.getOrDefault("--copies", "3")), out, err);
        }
        if (!recognize && !judge) {
            err.print(command.equals("judge") && asOf == null ? "spark/run: judge needs --as-of YYYY-MM-DD\n" + USAGE : USAGE);
            return EXIT_USAGE;
        }
        // Under spark-submit the master is spark-submit's (a system property); alone, every core of this machine.
        String master = options.getOrDefault("--master", System.getProperty("spark.master", "local[*]"));
        try (SparkSession spark = session(master, settings)) {
            Summary summary = recognize ? recognize(spark, positional.get(1), positional.get(2), asOf) : judge(spark, positional.get(1), asOf);
            out.println(summary.json());
            return summary.errors().isEmpty() ? EXIT_OK : EXIT_SOME_FAILED;
        }
        catch (IOException | RuntimeException problem) {
            // A folder that does not exist, a setting certscan refuses: said in a line, not a stack trace.
            String message = String.valueOf(problem.getMessage()).lines().findFirst().orElse("");
            err.println("spark/run: " + (problem instanceof IllegalArgumentException ? "" : problem.getClass().getSimpleName() + ": ") + message);
            return EXIT_USAGE;
        }
    }

    /** A session with certscan's functions, on this master, with these certscan settings. */
    static SparkSession session(String master, Map<String, String> settings)
    {
        SparkSession.Builder builder = SparkSession.builder()
                .appName("certscan")
                .master(master)
                .config("spark.sql.extensions", CertscanExtensions.class.getName())
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false");
        settings.forEach((key, value) -> builder.config(CertscanFunctions.PREFIX + key, value));
        return builder.getOrCreate();
    }

    /** Every picture, PDF and OFD under {@code in}, recognised into {@code out/recognized}; then the summary. */
    static Summary recognize(SparkSession spark, String in, String out, LocalDate asOf)
            throws IOException
    {
        spark.conf().set("spark.sql.files.openCostInBytes", OPEN_COST);
        if (asOf != null) {
            spark.conf().set(CertscanFunctions.AS_OF, asOf.toString());
        }
        Dataset<Row> files = spark.read().format("binaryFile")
                .option("recursiveFileLookup", "true")
                .option("pathGlobFilter", documentGlob())
                .load(in);
        String results = out + "/" + RECOGNIZED;
        files.selectExpr("path", "recognize(content, path) AS certificates").write().mode(SaveMode.Overwrite).parquet(results);
        return summarise(spark, out, RECOGNIZED);
    }

    /** The certificates of {@code out/recognized} judged again as of the date into {@code out/judged-DATE}; then the summary. */
    static Summary judge(SparkSession spark, String out, LocalDate asOf)
            throws IOException
    {
        String judged = "judged-" + asOf;
        spark.read().parquet(out + "/" + RECOGNIZED)
                .selectExpr("path", "judge(certificates, DATE'" + asOf + "') AS certificates")
                .write().mode(SaveMode.Overwrite).parquet(out + "/" + judged);
        return summarise(spark, out, judged);
    }

    /** jpg, jpeg, png, bmp, pdf, ofd in any letter case, as the command line finds them in a folder. */
    static String documentGlob()
    {
        return "*.{" + List.of("jpg", "jpeg", "png", "bmp", "pdf", "ofd").stream()
                .map(ending -> ending.chars().mapToObj(letter -> "[" + (char) letter + Character.toUpperCase((char) letter) + "]").collect(Collectors.joining()))
                .collect(Collectors.joining(",")) + "}";
    }

    private static Summary summarise(SparkSession spark, String out, String results)
            throws IOException
    {
        Dataset<Row> stored = spark.read().parquet(out + "/" + results);
        long files = stored.count();
        List<Row> counts = stored.selectExpr("explode(certificates) AS c")
                .selectExpr("c.status AS status", "c.error_code AS error_code", "c.as_of AS as_of")
                .groupBy("status", "error_code", "as_of").count().collectAsList();
        long certificates = 0;
        Map<String, Long> byStatus = new LinkedHashMap<>();
        Map<Integer, Long> errors = new TreeMap<>();
        LocalDate asOf = null;
        for (Row count : counts) {
            if (!count.isNullAt(2)) {
                asOf = count.getDate(2).toLocalDate();
            }
            if (!count.isNullAt(1)) {
                errors.merge(count.getInt(1), count.getLong(3), Long::sum);
            }
            else {
                certificates += count.getLong(3);
                byStatus.merge(count.getString(0), count.getLong(3), Long::sum);
            }
        }
        Map<String, Long> ordered = new LinkedHashMap<>();
        for (Urgency urgency : Urgency.values()) {
            if (byStatus.containsKey(urgency.name())) {
                ordered.put(urgency.name(), byStatus.get(urgency.name()));
            }
        }
        Summary summary = new Summary(files, certificates, ordered, errors, asOf, results);
        Path path = new Path(out, "summary.json");
        FileSystem fileSystem = path.getFileSystem(spark.sparkContext().hadoopConfiguration());
        try (FSDataOutputStream stream = fileSystem.create(path, true)) {
            stream.write((summary.json() + "\n").getBytes(StandardCharsets.UTF_8));
        }
        return summary;
    }

    /** What {@code summary.json} says: files read, certificates found, how many stand at each status, how many files or pages failed with each code. */
    record Summary(long files, long certificates, Map<String, Long> byStatus, Map<Integer, Long> errors, LocalDate asOf, String results)
    {
        String json()
        {
            return String.format(Locale.ROOT, "{\"files\": %d, \"certificates\": %d, \"by_status\": {%s}, \"errors\": {%s}, \"as_of\": %s, \"results\": \"%s\"}",
                    files, certificates,
                    byStatus.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue()).collect(Collectors.joining(", ")),
                    errors.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\": " + entry.getValue()).collect(Collectors.joining(", ")),
                    asOf == null ? "null" : "\"" + asOf + "\"", results);
        }
    }
}
