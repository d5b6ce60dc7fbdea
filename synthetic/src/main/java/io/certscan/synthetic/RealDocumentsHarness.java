package io.certscan.synthetic;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import io.certscan.application.document.DocumentKind;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.bootstrap.CertscanFactory;
import io.certscan.contract.ContractJson;
import io.certscan.contract.GeneralOcrResponse;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.certificate.MachineCode;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.geometry.Point;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.invoice.Invoices;
import io.certscan.domain.layout.Layout;
import io.certscan.domain.layout.LayoutExtractor;
import io.certscan.domain.text.TextLine;
import okio.Buffer;
import okio.Okio;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Accuracy of the embedded engine on real documents:
 * {@code synthetic/run real DIR [--cache DIR] [--save DIR] [--show STEM] [--misses] [-D KEY=VALUE]...}. Every picture,
 * PDF and OFD in DIR with a {@code STEM.json} truth beside it (general_ocr's shape, page 1) is
 * recognised and scored by {@link RealScorer}: pair recall, judged precision, OCR ceiling, titles
 * and card counts, per kind (the file name up to its number: {@code biz-licence-11} is a
 * {@code biz-licence}) and overall, and the time per page.
 *
 * <p>After the table by kind comes one line per invoice (each file of the real sets is another
 * producer's chain): its pair recall, whether its QR code agrees with its printed fields, and what
 * the invoice rules found in it as of today.
 *
 * <p>{@code --cache DIR} keeps each file's recognised lines (and QR codes) in {@code DIR/STEM.lines.json} and
 * reads them from there next time, so a layout change is measured in a second without OCR; keep
 * that folder outside the repository when the documents are not yours to publish. {@code --save}
 * writes the general_ocr {@code results} per file, as {@code certscan recognize --output-dir} does,
 * for other scorers. {@code -D} passes a setting to the engine ({@code -D ocr.max-side-length=1280}).
 */
public final class RealDocumentsHarness
{
    private static final Pattern KIND = Pattern.compile("^(.*?)-\\d+(?:-.*)?$");
    private static final List<String> EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".bmp", ".pdf", ".ofd");

    private RealDocumentsHarness() {}

    public static void main(String[] args)
            throws IOException
    {
        Path folder = null;
        Path cache = null;
        Path save = null;
        String show = null;
        boolean misses = false;
        Map<String, String> settings = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-D", "--set" -> {
                    String[] setting = args[++i].split("=", 2);
                    if (setting.length != 2) {
                        usage();
                    }
                    settings.put(setting[0], setting[1]);
                }
                case "--cache" -> cache = Path.of(args[++i]);
                case "--save" -> save = Path.of(args[++i]);
                case "--show" -> show = args[++i];
                case "--misses" -> misses = true;
                default -> {
                    if (args[i].startsWith("-") || folder != null) {
                        usage();
                    }
                    folder = Path.of(args[i]);
                }
            }
        }
        if (folder == null || !Files.isDirectory(folder)) {
            usage();
        }
        List<Path> documents;
        try (Stream<Path> listed = Files.list(folder)) {
            Path truthFolder = folder;
            documents = listed.filter(file -> EXTENSIONS.stream().anyMatch(file.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                    .filter(file -> Files.isRegularFile(truthFolder.resolve(stem(file) + ".json")))
                    .sorted()
                    .toList();
        }
        if (cache != null) {
            Files.createDirectories(cache);
        }
        if (save != null) {
            Files.createDirectories(save);
        }
        RecognizeDocument recognizer = null;
        LayoutExtractor layout = new LayoutExtractor();
        RealScorer scorer = new RealScorer();
        List<InvoiceLine> invoices = new ArrayList<>();
        int done = 0;
        for (Path document : documents) {
            String stem = stem(document);
            Path cached = cache == null ? null : cache.resolve(stem + ".lines.json");
            Reading reading;
            if (cached != null && Files.isRegularFile(cached)) {
                reading = Reading.read(cached);
            }
            else {
                if (recognizer == null) {
                    recognizer = CertscanFactory.create(settings);
                }
                reading = recognize(recognizer, document);
                if (cached != null) {
                    reading.write(cached);
                }
            }
            List<Certificate> certificates = reading.refused().isPresent() ? List.of() : layout.extract(reading.lines());
            if (Invoices.anyInvoice(certificates)) {
                certificates = Invoices.withCodes(certificates, reading.codes().stream().map(code -> new MachineCode(code, Optional.empty())).toList());
            }
            List<Map<String, String>> truth = truth(folder.resolve(stem + ".json"));
            GeneralOcrResponse predicted = generalOcr(certificates);
            RealScorer.Tally tally = scorer.add(stem, kind(stem), truth, RealScorer.cards(predicted.results()), reading.lines().stream().map(TextLine::text).toList(),
                    reading.refused(), reading.millis());
            if (truth.stream().anyMatch(card -> card.getOrDefault(FieldNames.TITLE, "").contains("发票"))) {
                invoices.add(InvoiceLine.of(stem, tally, certificates));
            }
            if (save != null) {
                Files.writeString(save.resolve(stem + ".json"), ContractJson.generalOcrResponse().toJson(predicted), StandardCharsets.UTF_8);
            }
            if (stem.equals(show)) {
                show(reading, certificates);
            }
            done++;
            System.err.printf("\r%d/%d %-40s", done, documents.size(), stem);
        }
        System.err.println();
        System.out.print(scorer.report());
        System.out.print(InvoiceLine.report(invoices));
        if (misses) {
            System.out.println();
            scorer.misses().forEach(miss -> System.out.println("  " + miss));
        }
        System.exit(0);
    }

    private static void usage()
    {
        System.err.println("usage: real DIR [--cache DIR] [--save DIR] [--show STEM] [--misses] [-D KEY=VALUE]...");
        System.exit(2);
    }

    static String stem(Path file)
    {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    static String kind(String stem)
    {
        Matcher matcher = KIND.matcher(stem);
        return matcher.matches() ? matcher.group(1) : stem;
    }

    /** What the engine read on a file's first page, or why it refused the file. */
    record Reading(List<TextLine> lines, List<String> codes, double millis, Optional<String> refused)
    {
        static Reading read(Path file)
                throws IOException
        {
            List<TextLine> lines = new ArrayList<>();
            List<String> codes = new ArrayList<>();
            double millis = 0;
            Optional<String> refused = Optional.empty();
            try (JsonReader reader = JsonReader.of(Okio.buffer(Okio.source(file)))) {
                reader.beginObject();
                while (reader.hasNext()) {
                    switch (reader.nextName()) {
                        case "millis" -> millis = reader.nextDouble();
                        case "refused" -> refused = Optional.of(reader.nextString());
                        case "lines" -> {
                            reader.beginArray();
                            while (reader.hasNext()) {
                                lines.add(line(reader));
                            }
                            reader.endArray();
                        }
                        case "codes" -> {
                            reader.beginArray();
                            while (reader.hasNext()) {
                                codes.add(reader.nextString());
                            }
                            reader.endArray();
                        }
                        default -> reader.skipValue();
                    }
                }
                reader.endObject();
            }
            return new Reading(lines, codes, millis, refused);
        }

        private static TextLine line(JsonReader reader)
                throws IOException
        {
            String text = "";
            double confidence = 1;
            double[] box = new double[8];
            reader.beginObject();
            while (reader.hasNext()) {
                switch (reader.nextName()) {
                    case "text" -> text = reader.nextString();
                    case "confidence" -> confidence = reader.nextDouble();
                    case "box" -> {
                        reader.beginArray();
                        for (int i = 0; i < 8; i++) {
                            box[i] = reader.nextDouble();
                        }
                        reader.endArray();
                    }
                    default -> reader.skipValue();
                }
            }
            reader.endObject();
            return new TextLine(text, new Quadrilateral(new Point(box[0], box[1]), new Point(box[2], box[3]), new Point(box[4], box[5]), new Point(box[6], box[7])),
                    confidence);
        }

        void write(Path file)
                throws IOException
        {
            Buffer buffer = new Buffer();
            try (JsonWriter writer = JsonWriter.of(buffer)) {
                writer.setIndent(" ");
                writer.beginObject();
                writer.name("millis").value(millis);
                if (refused.isPresent()) {
                    writer.name("refused").value(refused.get());
                }
                writer.name("codes").beginArray();
                for (String code : codes) {
                    writer.value(code);
                }
                writer.endArray();
                writer.name("lines").beginArray();
                for (TextLine line : lines) {
                    writer.beginObject();
                    writer.name("text").value(line.text());
                    writer.name("confidence").value(line.confidence());
                    writer.name("box").beginArray();
                    for (Point corner : line.box().corners()) {
                        writer.value(Math.round(corner.x() * 10) / 10.0).value(Math.round(corner.y() * 10) / 10.0);
                    }
                    writer.endArray();
                    writer.endObject();
                }
                writer.endArray();
                writer.endObject();
            }
            Files.write(file, buffer.readByteArray());
        }
    }

    private static Reading recognize(RecognizeDocument recognizer, Path document)
            throws IOException
    {
        byte[] bytes = Files.readAllBytes(document);
        String name = document.getFileName().toString().toLowerCase(Locale.ROOT);
        RecognizeCommand command = name.endsWith(".pdf") ? RecognizeCommand.ofPdf(bytes, 1)
                : name.endsWith(".ofd") ? RecognizeCommand.ofOfd(bytes, 1)
                : RecognizeCommand.ofImage(bytes);
        long started = System.nanoTime();
        try {
            RecognitionResult result = recognizer.recognize(command);
            List<String> codes = result.certificates().stream().flatMap(judged -> judged.certificate().codes().stream()).map(MachineCode::text).toList();
            return new Reading(result.lines().stream().map(Layout.PlacedLine::line).toList(), codes, (System.nanoTime() - started) / 1e6, Optional.empty());
        }
        catch (CertscanException failure) {
            double millis = (System.nanoTime() - started) / 1e6;
            if (failure.errorCode() == ErrorCode.TARGET_DETECT_ERROR) {
                return new Reading(List.of(), List.of(), millis, Optional.empty());
            }
            return new Reading(List.of(), List.of(), millis, Optional.of(failure.errorCode().code() + " " + failure.getMessage()));
        }
    }

    /** The truth file's cards, as the scorer compares them. */
    static List<Map<String, String>> truth(Path file)
            throws IOException
    {
        return RealScorer.cards(ContractJson.results(Files.readString(file, StandardCharsets.UTF_8)));
    }

    /** The certificates as the general_ocr response gives them: what is scored is what a client receives. */
    private static GeneralOcrResponse generalOcr(List<Certificate> certificates)
    {
        List<JudgedCertificate> judged = certificates.stream().map(certificate -> new JudgedCertificate(certificate, List.of())).toList();
        return GeneralOcrResponse.from(new RecognitionResult(new LogId(0), DocumentKind.IMAGE, OptionalInt.empty(), judged, LocalDate.EPOCH));
    }

    private static void show(Reading reading, List<Certificate> certificates)
    {
        System.out.println("lines:");
        for (TextLine line : reading.lines()) {
            Quadrilateral box = line.box();
            System.out.printf(Locale.ROOT, "  %6.0f %6.0f %6.0f %6.0f  %.2f  %s%n", box.left(), box.top(), box.right(), box.bottom(), line.confidence(), line.text());
        }
        for (Certificate certificate : certificates) {
            System.out.println("card " + certificate.index() + ": " + certificate.title().orElse("(no title)"));
            for (ExtractedField field : certificate.fields()) {
                System.out.println("  " + field.name() + " = " + field.value());
            }
        }
    }
}
