package io.certscan.synthetic;

import com.benjaminwan.ocrlibrary.OcrResult;
import io.certscan.adapter.ocr.EmbeddedOcr;
import io.certscan.adapter.ocr.OcrConfig;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.layout.LayoutExtractor;
import io.github.mymonstercat.Model;
import io.github.mymonstercat.ocr.InferenceEngine;
import io.github.mymonstercat.ocr.config.HardwareConfig;
import io.github.mymonstercat.ocr.config.ParamConfig;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Latency of the embedded engine on a 1400 × 900 certificate, against RapidOCR-Java 0.0.7 (the
 * same PP-OCRv4 models through its native library) measured in the same run:
 * {@code synthetic/run latency [--iterations N] [--rounds R]}.
 *
 * <p>Each engine runs in its own JVM with {@code -Xmx512m}, alternately, for R rounds, so that the
 * machine's noise falls on both and peak RSS is each engine's own. Prints medians over all rounds:
 * end-to-end latency (file bytes to certificates: decoding, OCR, layout), ONNX inference alone, our
 * overhead over inference, model load time, peak RSS, and our median latency as a ratio to RapidOCR's.
 */
public final class LatencyBenchmark
{
    private static final String RESULT = "RESULT ";

    private LatencyBenchmark() {}

    public static void main(String[] args)
            throws Exception
    {
        Map<String, String> options = options(args);
        if (options.containsKey("child")) {
            child(options.get("child"), Path.of(options.get("image")), Integer.parseInt(options.get("iterations")), Integer.parseInt(options.get("warmup")));
            return;
        }
        int iterations = Integer.parseInt(options.getOrDefault("iterations", "15"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "2"));
        Path image = Files.createTempFile("certscan-benchmark-", ".png");
        try {
            ImageIO.write(card(), "png", image.toFile());
            Map<String, List<Map<String, String>>> results = new HashMap<>();
            for (int round = 1; round <= rounds; round++) {
                for (String engine : List.of("certscan", "rapidocr")) {
                    System.err.printf("round %d/%d: %s ...%n", round, rounds, engine);
                    results.computeIfAbsent(engine, ignored -> new ArrayList<>()).add(runChild(engine, image, iterations));
                }
            }
            report(results, iterations, rounds);
        }
        finally {
            Files.deleteIfExists(image);
        }
    }

    /** The documentation's 低压电工证, drawn at exactly 1400 × 900. */
    static BufferedImage card()
    {
        FakeData data = new FakeData(new Random(1400900));
        BufferedImage rendered = new CardRenderer().render("低压电工证", SampleWriter.documentationCard("T320481199806303517", "张敞"),
                Layout.LABEL_COLUMN, SyntheticSet.fonts().get(0), data);
        BufferedImage card = new BufferedImage(1400, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = card.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.drawImage(rendered, 0, 0, 1400, 900, null);
        }
        finally {
            graphics.dispose();
        }
        return card;
    }

    private static void child(String engine, Path image, int iterations, int warmup)
            throws IOException
    {
        List<Double> endToEnd = new ArrayList<>();
        List<Double> inference = new ArrayList<>();
        double loadMillis;
        int lines;
        if (engine.equals("certscan")) {
            long started = System.nanoTime();
            try (EmbeddedOcr ocr = EmbeddedOcr.load(OcrConfig.defaults())) {
                loadMillis = (System.nanoTime() - started) / 1e6;
                LayoutExtractor layout = new LayoutExtractor();
                int found = 0;
                for (int i = 0; i < warmup + iterations; i++) {
                    long start = System.nanoTime();
                    BufferedImage picture = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(image)));
                    EmbeddedOcr.Measured measured = ocr.recognizeMeasured(picture);
                    List<Certificate> certificates = layout.extract(measured.lines());
                    long elapsed = System.nanoTime() - start;
                    found = certificates.isEmpty() ? 0 : certificates.get(0).fields().size();
                    if (i >= warmup) {
                        endToEnd.add(elapsed / 1e6);
                        inference.add(measured.inferenceNanos() / 1e6);
                    }
                }
                lines = found;
            }
        }
        else {
            long started = System.nanoTime();
            InferenceEngine rapid = InferenceEngine.getInstance(Model.ONNX_PPOCR_V4, new HardwareConfig(Runtime.getRuntime().availableProcessors(), -1));
            ParamConfig parameters = ParamConfig.getDefaultConfig();
            parameters.setMaxSideLen(960);
            parameters.setDoAngle(true);
            parameters.setMostAngle(true);
            OcrResult first = rapid.runOcr(image.toString(), parameters);
            loadMillis = (System.nanoTime() - started) / 1e6;
            int found = first.getTextBlocks().size();
            for (int i = 0; i < warmup + iterations; i++) {
                long start = System.nanoTime();
                OcrResult result = rapid.runOcr(image.toString(), parameters);
                long elapsed = System.nanoTime() - start;
                found = result.getTextBlocks().size();
                if (i >= warmup) {
                    endToEnd.add(elapsed / 1e6);
                }
            }
            lines = found;
        }
        System.out.println(RESULT + "load=" + loadMillis + " lines=" + lines + " rss=" + peakRssMegabytes()
                + " e2e=" + join(endToEnd) + " inference=" + join(inference));
    }

    private static Map<String, String> runChild(String engine, Path image, int iterations)
            throws IOException, InterruptedException
    {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-Xmx512m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                LatencyBenchmark.class.getName(), "--child", engine, "--image", image.toString(), "--iterations", Integer.toString(iterations), "--warmup", "3");
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        Map<String, String> result = new HashMap<>();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = output.readLine(); line != null; line = output.readLine()) {
                if (line.startsWith(RESULT)) {
                    for (String field : line.substring(RESULT.length()).split(" ")) {
                        String[] keyValue = field.split("=", 2);
                        result.put(keyValue[0], keyValue.length > 1 ? keyValue[1] : "");
                    }
                }
            }
        }
        if (process.waitFor() != 0 || result.isEmpty()) {
            throw new IllegalStateException(engine + " benchmark process failed with exit code " + process.exitValue());
        }
        return result;
    }

    private static void report(Map<String, List<Map<String, String>>> results, int iterations, int rounds)
    {
        System.out.printf(Locale.ROOT, "1400 × 900 certificate, %d cores, %d rounds × %d iterations per engine, -Xmx512m each%n%n",
                Runtime.getRuntime().availableProcessors(), rounds, iterations);
        System.out.printf(Locale.ROOT, "%-10s %10s %14s %16s %10s %12s %7s%n", "engine", "load ms", "median e2e ms", "median infer ms", "overhead", "peak RSS MB", "lines");
        Map<String, Double> medians = new HashMap<>();
        for (String engine : List.of("certscan", "rapidocr")) {
            List<Map<String, String>> runs = results.get(engine);
            double endToEnd = median(runs.stream().flatMap(run -> values(run.get("e2e")).stream()).toList());
            List<Double> inferenceValues = runs.stream().flatMap(run -> values(run.get("inference")).stream()).toList();
            double inference = inferenceValues.isEmpty() ? Double.NaN : median(inferenceValues);
            double load = median(runs.stream().map(run -> Double.parseDouble(run.get("load"))).toList());
            double rss = runs.stream().mapToDouble(run -> Double.parseDouble(run.get("rss"))).max().orElse(Double.NaN);
            medians.put(engine, endToEnd);
            System.out.printf(Locale.ROOT, "%-10s %10.0f %14.0f %16s %10s %12.0f %7s%n", engine, load, endToEnd,
                    Double.isNaN(inference) ? "n/a" : String.format(Locale.ROOT, "%.0f", inference),
                    Double.isNaN(inference) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * (endToEnd - inference) / inference),
                    rss, runs.get(runs.size() - 1).get("lines"));
        }
        double ratio = medians.get("certscan") / medians.get("rapidocr");
        System.out.printf(Locale.ROOT, "%ncertscan / RapidOCR-Java median latency: %.2f (target ≤ 0.90, goal ≤ 0.67)%n", ratio);
        System.out.println("targets: median end-to-end ≤ 600 ms, overhead over inference ≤ 15 %, peak RSS ≤ 800 MB");
    }

    private static double median(List<Double> values)
    {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }

    private static List<Double> values(String joined)
    {
        return joined == null || joined.isEmpty() ? List.of() : Arrays.stream(joined.split(",")).map(Double::parseDouble).toList();
    }

    private static String join(List<Double> values)
    {
        return String.join(",", values.stream().map(value -> String.format(Locale.ROOT, "%.2f", value)).toList());
    }

    /** VmHWM: the most resident memory the process has had, as Linux counts it. */
    private static double peakRssMegabytes()
            throws IOException
    {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return Double.NaN;
        }
        for (String line : Files.readAllLines(status)) {
            if (line.startsWith("VmHWM:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
            }
        }
        return Double.NaN;
    }

    private static Map<String, String> options(String[] args)
    {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                System.err.println("usage: latency [--iterations N] [--rounds R]");
                System.exit(2);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
