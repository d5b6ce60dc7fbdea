package io.certscan.synthetic;

import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RenderDocument;
import io.certscan.bootstrap.Certscan;
import io.certscan.bootstrap.CertscanFactory;
import io.certscan.domain.error.CertscanException;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The born-digital path against OCR on the same pages: {@code synthetic/run born-digital [DIR]
 * [--iterations N]}. Each e-invoice (by default an invented one, the repository's OFD e-invoices
 * and the bundled PDF and OFD samples; with DIR, every PDF and OFD in it) is recognised from its
 * text layer N times (after one pass over all of them to warm up), then drawn as a picture (what a scan of it gives) and recognised by OCR;
 * prints each file's medians and, last, the summary: the text layer's median per page and how
 * many times faster it is than OCR of the same pages, measured in the same run.
 */
public final class BornDigitalBenchmark
{
    private BornDigitalBenchmark() {}

    private record Document(String name, byte[] bytes, boolean pdf) {}

    public static void main(String[] args)
            throws IOException
    {
        int iterations = 10;
        Path folder = null;
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--iterations")) {
                iterations = Integer.parseInt(args[++i]);
            }
            else if (args[i].startsWith("-")) {
                System.err.println("usage: born-digital [DIR] [--iterations N]");
                System.exit(2);
            }
            else {
                folder = Path.of(args[i]);
            }
        }
        List<Document> documents = folder == null ? bundled() : documents(folder);
        Certscan engine = CertscanFactory.create(Map.of());
        RenderDocument renderer = engine;
        List<Double> textMedians = new ArrayList<>();
        List<Double> ocrMedians = new ArrayList<>();
        // One pass over every file first: the JIT and the fonts warm up on all of them, not on the first measured.
        for (Document document : documents) {
            try {
                engine.recognize(command(document));
            }
            catch (CertscanException unreadable) {
                // Reported below.
            }
        }
        System.out.printf(Locale.ROOT, "%-52s %12s %10s %8s%n", "file", "text-layer", "OCR", "ratio");
        for (Document document : documents) {
            RecognizeCommand command = command(document);
            double text;
            byte[] picture;
            try {
                text = median(iterations, () -> engine.recognize(command));
                picture = png(renderer, command);
            }
            catch (CertscanException unreadable) {
                System.out.printf(Locale.ROOT, "%-52s refused: %s%n", document.name(), unreadable.getMessage());
                continue;
            }
            double ocr = median(Math.max(3, iterations / 3), () -> {
                try {
                    return engine.recognize(RecognizeCommand.ofImage(picture));
                }
                catch (CertscanException nothingFound) {
                    return null;
                }
            });
            textMedians.add(text);
            ocrMedians.add(ocr);
            System.out.printf(Locale.ROOT, "%-52s %9.1f ms %7.0f ms %7.0fx%n", document.name(), text, ocr, ocr / text);
        }
        double text = median(textMedians);
        double ocr = median(ocrMedians);
        System.out.printf(Locale.ROOT, "born-digital: median %.1f ms per page over %d files (slowest %.1f ms); OCR of the same pages drawn as pictures: median %.0f ms; %.0fx faster%n",
                text, textMedians.size(), textMedians.stream().mapToDouble(Double::doubleValue).max().orElse(0), ocr, ocr / text);
        System.exit(0);
    }

    private static List<Document> bundled()
            throws IOException
    {
        Path home = Path.of(System.getProperty("certscan.home", "."));
        List<Document> documents = new ArrayList<>();
        documents.add(new Document("invented 增值税电子普通发票 (InvoiceSample)", InvoiceSample.invent(new FakeData(new Random(50))).pdf(), true));
        documents.addAll(documents(home.resolve("samples")));
        documents.addAll(documents(home.resolve("testdata/ofd-einvoices")));
        return documents;
    }

    private static List<Document> documents(Path folder)
            throws IOException
    {
        try (Stream<Path> files = Files.list(folder)) {
            List<Document> documents = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                if (name.endsWith(".pdf") || name.endsWith(".ofd")) {
                    documents.add(new Document(file.getFileName().toString(), Files.readAllBytes(file), name.endsWith(".pdf")));
                }
            }
            return documents;
        }
    }

    private static RecognizeCommand command(Document document)
    {
        return document.pdf() ? RecognizeCommand.ofPdf(document.bytes(), 1) : RecognizeCommand.ofOfd(document.bytes(), 1);
    }

    private static byte[] png(RenderDocument renderer, RecognizeCommand command)
            throws IOException
    {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(renderer.page(command), "png", png);
        return png.toByteArray();
    }

    /** The median wall time of {@code runs} calls, after one call that warms up. */
    private static double median(int runs, Supplier<?> call)
    {
        call.get();
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long started = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }

    private static double median(List<Double> values)
    {
        if (values.isEmpty()) {
            return 0;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
