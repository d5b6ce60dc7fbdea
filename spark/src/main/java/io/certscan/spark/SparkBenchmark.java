package io.certscan.spark;

import io.certscan.adapter.cli.CertscanCommandLine;
import io.certscan.adapter.cli.Launcher;
import io.certscan.bootstrap.Certscan;
import io.certscan.bootstrap.CertscanFactory;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Certificates per second of a {@code local[2]} job against the command line ({@code certscan
 * check}, every page) over the same files in the same run, each after a warm-up pass with its
 * models loaded: what Spark's own work costs at this size, and the per-core rate the scaling model
 * multiplies by the executors' cores. {@code spark/run benchmark [DIR] [--copies N]}; not part of
 * {@code mvn verify}.
 */
final class SparkBenchmark
{
    private static final String MASTER = "local[2]";
    private static final List<String> ENDINGS = List.of(".jpg", ".jpeg", ".png", ".bmp", ".pdf", ".ofd");

    private SparkBenchmark() {}

    static int run(String directory, int copies, PrintStream out, PrintStream err)
    {
        Path originals = Path.of(directory);
        Path work = null;
        try (Certscan cli = CertscanFactory.create(Map.of())) {
            List<Path> documents;
            try (Stream<Path> files = Files.walk(originals)) {
                documents = files.filter(Files::isRegularFile)
                        .filter(file -> ENDINGS.stream().anyMatch(file.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                        .sorted().toList();
            }
            if (documents.isEmpty() || copies < 1) {
                err.println("spark/run benchmark: no document in " + directory + " (or --copies under 1)");
                return SparkRun.EXIT_USAGE;
            }
            work = Files.createTempDirectory("certscan-benchmark");
            Path batch = Files.createDirectories(work.resolve("in"));
            for (int copy = 1; copy <= copies; copy++) {
                for (Path document : documents) {
                    Files.copy(document, batch.resolve("copy" + copy + "-" + document.getFileName()));
                }
            }
            String asOf = LocalDate.now().toString();
            Launcher launcher = options -> new Launcher.Program(cli, Optional.of(cli), () -> {});
            check(launcher, originals, asOf);
            long started = System.nanoTime();
            long cliCertificates = check(launcher, batch, asOf);
            double cliSeconds = (System.nanoTime() - started) / 1e9;

            double sparkSeconds;
            long sparkCertificates;
            try (SparkSession spark = SparkRun.session(MASTER, Map.of())) {
                SparkRun.recognize(spark, originals.toString(), work.resolve("warm-up").toString(), LocalDate.parse(asOf));
                started = System.nanoTime();
                sparkCertificates = SparkRun.recognize(spark, batch.toString(), work.resolve("out").toString(), LocalDate.parse(asOf)).certificates();
                sparkSeconds = (System.nanoTime() - started) / 1e9;
            }
            double cliRate = cliCertificates / cliSeconds;
            double sparkRate = sparkCertificates / sparkSeconds;
            out.printf(Locale.ROOT, "files: %d (%d documents × %d copies), %d processors%n", documents.size() * copies, documents.size(), copies,
                    Runtime.getRuntime().availableProcessors());
            out.printf(Locale.ROOT, "cli (certscan check, models loaded): %d certificates in %.1f s = %.2f certificates/s%n", cliCertificates, cliSeconds, cliRate);
            out.printf(Locale.ROOT, "spark %s (models loaded): %d certificates in %.1f s = %.2f certificates/s, %.2f per core%n", MASTER, sparkCertificates, sparkSeconds,
                    sparkRate, sparkRate / 2);
            out.printf(Locale.ROOT, "spark's own cost: %.1f %% (1 - spark rate / cli rate; target ≤ 20 %%)%n", 100 * (1 - sparkRate / cliRate));
            return SparkRun.EXIT_OK;
        }
        catch (IOException failed) {
            err.println("spark/run benchmark: " + failed.getMessage());
            return SparkRun.EXIT_USAGE;
        }
        finally {
            delete(work);
        }
    }

    /** {@code certscan check} over a folder; the certificates in its report (rows of files that failed aside). */
    private static long check(Launcher launcher, Path folder, String asOf)
    {
        StringWriter report = new StringWriter();
        CertscanCommandLine.run(launcher, new PrintWriter(report), new PrintWriter(new StringWriter()), "check", "--as-of", asOf, folder.toString());
        return report.toString().lines().skip(1).filter(line -> !line.contains(",failed,")).count();
    }

    private static void delete(Path work)
    {
        if (work == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        }
        catch (IOException ignored) {
            // a temporary folder left behind
        }
    }
}
