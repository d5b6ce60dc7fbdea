package io.certscan.synthetic;

import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.bootstrap.CertscanFactory;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.error.CertscanException;

import javax.imageio.ImageIO;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Accuracy of the embedded engine on generated certificates:
 * {@code synthetic/run accuracy [--count N] [--seed S] [--save DIR] [--layouts classic|real|all]}
 * ({@code real}: the layouts drawn after real documents, see {@link Layout#REAL_LIKE}). Prints pair precision,
 * recall and F1, title accuracy and card-count accuracy per degradation level, then every miss;
 * exits 1 when a target is not met.
 */
public final class AccuracyHarness
{
    private AccuracyHarness() {}

    public static void main(String[] args)
            throws IOException
    {
        int count = 120;
        long seed = 20261123;
        Path save = null;
        List<Layout> layouts = Layout.CLASSIC;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--layouts" -> layouts = switch (args[++i]) {
                    case "classic" -> Layout.CLASSIC;
                    case "real" -> Layout.REAL_LIKE;
                    case "all" -> List.of(Layout.values());
                    default -> {
                        System.err.println("--layouts takes classic (the default), real or all");
                        System.exit(2);
                        yield null;
                    }
                };
                case "--count" -> count = Integer.parseInt(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--save" -> save = Path.of(args[++i]);
                default -> {
                    System.err.println("usage: accuracy [--count N] [--seed S] [--save DIR] [--layouts classic|real|all]");
                    System.exit(2);
                }
            }
        }
        Scorer scorer = score(CertscanFactory.create(Map.of()), seed, count, save, true, layouts);
        System.out.println();
        System.out.print(scorer.report());
        System.out.println(scorer.meetsTargets() ? "targets met" : "targets NOT met");
        System.out.println();
        scorer.misses().forEach(miss -> System.out.println("  " + miss));
        System.exit(scorer.meetsTargets() ? 0 : 1);
    }

    /**
     * Generates, recognises and scores the first {@code count} samples of the set, one at a time
     * (a set held whole would not fit the benchmark's heap); a failed recognition counts as no card found.
     */
    public static Scorer score(RecognizeDocument recognizer, long seed, int count, Path save, boolean progress)
            throws IOException
    {
        return score(recognizer, seed, count, save, progress, Layout.CLASSIC);
    }

    public static Scorer score(RecognizeDocument recognizer, long seed, int count, Path save, boolean progress, List<Layout> layouts)
            throws IOException
    {
        Scorer scorer = new Scorer();
        if (save != null) {
            Files.createDirectories(save);
        }
        int done = 0;
        for (int index = 0; index < count; index++) {
            SyntheticSample sample = SyntheticSet.sample(seed, index, layouts);
            byte[] png = png(sample);
            if (save != null) {
                Files.write(save.resolve(sample.name() + ".png"), png);
            }
            List<Certificate> recognised;
            try {
                recognised = recognizer.recognize(RecognizeCommand.ofImage(png)).certificates().stream().map(JudgedCertificate::certificate).toList();
            }
            catch (CertscanException failure) {
                recognised = List.of();
            }
            scorer.add(sample.name(), sample.degradation(), sample.truth(), recognised);
            done++;
            if (progress) {
                System.err.printf("\r%d/%d %s", done, count, sample.name());
            }
        }
        return scorer;
    }

    static byte[] png(SyntheticSample sample)
            throws IOException
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(sample.image(), "png", bytes);
        return bytes.toByteArray();
    }
}
