package io.certscan.synthetic;

import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.bootstrap.CertscanFactory;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.error.CertscanException;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * How often a name with a rare character is read exactly, with and without the PP-OCRv3 second
 * opinion: {@code synthetic/run rare-names}. Each name is printed on a clean 低压电工证 in every
 * installed CJK font; PP-OCRv4 alone is known to drop such characters (张敞 → 张).
 */
public final class RareNamesHarness
{
    static final List<String> NAMES = List.of(
            "张敞", "常鹏", "王犇", "李淼", "陈喆", "刘祎", "赵玥", "孙昊", "周堃", "吴琛", "郑翀", "冯珺", "褚骁", "卫婕", "蒋彧",
            "沈璇", "韩旻", "杨弢", "朱翾", "秦昶");

    private RareNamesHarness() {}

    /** The recogniser's character set, from the models artifact on the classpath. */
    static Set<String> dictionary()
            throws IOException
    {
        try (InputStream input = RareNamesHarness.class.getResourceAsStream("/models/ppocr_keys_v1.txt")) {
            return Set.copyOf(List.of(new String(input.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
        }
    }

    public static void main(String[] args)
            throws IOException
    {
        List<String> fonts = SyntheticSet.fonts();
        Set<String> dictionary = dictionary();
        List<String> outside = NAMES.stream().filter(name -> !name.codePoints().allMatch(character -> dictionary.contains(Character.toString(character)))).toList();
        System.out.printf(Locale.ROOT, "%d names with rare characters × %d fonts, clean 低压电工证; %s have a character the recogniser's dictionary lacks%n%n",
                NAMES.size(), fonts.size(), outside);
        System.out.printf(Locale.ROOT, "%-28s %10s %8s %18s %8s%n", "engine setting", "exact", "share", "in dictionary", "share");
        List<String> wrong = new ArrayList<>();
        for (boolean secondOpinion : List.of(false, true)) {
            RecognizeDocument recognizer = CertscanFactory.create(Map.of("ocr.second-opinion", Boolean.toString(secondOpinion)));
            int exact = 0;
            int total = 0;
            int exactInDictionary = 0;
            int totalInDictionary = 0;
            for (String font : fonts) {
                for (String name : NAMES) {
                    Map<String, String> fields = SampleWriter.documentationCard("T320481199806303517", name);
                    byte[] png = AccuracyHarness.png(new SyntheticSample(name, Degradation.CLEAN, Layout.LABEL_COLUMN, font,
                            new CardRenderer().render("低压电工证", fields, Layout.LABEL_COLUMN, font, new FakeData(new Random(total))), List.of()));
                    Optional<String> read;
                    try {
                        read = recognizer.recognize(RecognizeCommand.ofImage(png)).certificates().stream()
                                .map(JudgedCertificate::certificate)
                                .flatMap(certificate -> certificate.field("姓名").stream())
                                .map(ExtractedField::value)
                                .findFirst();
                    }
                    catch (CertscanException failure) {
                        read = Optional.empty();
                    }
                    total++;
                    boolean inDictionary = !outside.contains(name);
                    if (inDictionary) {
                        totalInDictionary++;
                    }
                    if (read.filter(name::equals).isPresent()) {
                        exact++;
                        if (inDictionary) {
                            exactInDictionary++;
                        }
                    }
                    else if (secondOpinion) {
                        wrong.add(name + " → " + read.orElse("(nothing)") + " in " + font);
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-28s %6d/%-3d %7.1f %% %14d/%-3d %7.1f %%%n", secondOpinion ? "PP-OCRv4 + v3 second opinion" : "PP-OCRv4 + hole recovery",
                    exact, total, 100.0 * exact / total, exactInDictionary, totalInDictionary, 100.0 * exactInDictionary / totalInDictionary);
        }
        System.out.println();
        wrong.forEach(miss -> System.out.println("  " + miss));
    }
}
