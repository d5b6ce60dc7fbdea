package io.certscan.synthetic;

import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.geometry.Point;
import io.certscan.domain.layout.LabelLexicon;
import io.certscan.domain.text.TextLine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Writes a recorded layout: the lines a real document was read as (from {@code synthetic/run real
 * --cache}), every box and confidence kept, every value replaced by an invented one of the same
 * shape: {@code synthetic/run record LINES.json OUT.tsv}. Printed labels, titles and structural
 * characters (年 月 日 至, punctuation) are kept; every other Chinese character, digit and letter is
 * drawn at random, so no name, number or address of the document survives. Check the output by
 * eye before committing it.
 *
 * <p>One line per text line: the eight corner coordinates, the confidence, the text, tab-separated.
 */
public final class LayoutRecorder
{
    /** Characters that carry a value's shape, not its content. */
    private static final Set<Integer> STRUCTURE = Set.of((int) '年', (int) '月', (int) '日', (int) '至', (int) '长', (int) '期', (int) '号', (int) '室', (int) '楼',
            (int) '元', (int) '圆', (int) '整', (int) '万');
    private static final List<String> TITLE_ENDINGS = List.of("证", "证书", "执照", "许可证", "发票", "凭证", "行程单", "（副本）", "(副本)", "副本", "正本");
    private static final String INVENTED = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥春夏秋冬东南西北山川河海林森木火土金水明德安和平信达华兴盛昌隆福瑞祥泰";

    private LayoutRecorder() {}

    public static void main(String[] args)
            throws IOException
    {
        if (args.length != 2) {
            System.err.println("usage: record LINES.json OUT.tsv");
            System.exit(2);
        }
        List<TextLine> lines = RealDocumentsHarness.Reading.read(Path.of(args[0])).lines();
        Random random = new Random(args[1].hashCode());
        List<String> out = new ArrayList<>();
        out.add("# recorded layout: boxes and confidences as read from a real document; every value invented (synthetic/run record)");
        for (TextLine line : lines) {
            StringBuilder row = new StringBuilder();
            for (Point corner : line.box().corners()) {
                row.append(String.format(Locale.ROOT, "%.1f\t%.1f\t", corner.x(), corner.y()));
            }
            row.append(String.format(Locale.ROOT, "%.3f\t", line.confidence())).append(anonymized(line.text(), random));
            out.add(row.toString());
        }
        Files.write(Path.of(args[1]), out, StandardCharsets.UTF_8);
    }

    static String anonymized(String text, Random random)
    {
        String compact = FieldNames.normalize(text);
        if (LabelLexicon.isLabel(compact) || title(compact) || compact.length() <= 2 && LabelLexicon.partOfLabel(compact)) {
            return text;
        }
        int keep = 0;
        int colon = firstColon(text);
        if (colon > 0 && LabelLexicon.isLabel(text.substring(0, colon))) {
            keep = colon + 1;
        }
        else {
            Optional<String> prefix = LabelLexicon.labelPrefix(text);
            if (prefix.isPresent()) {
                keep = endOf(text, prefix.get());
            }
        }
        StringBuilder result = new StringBuilder(text.substring(0, keep));
        text.substring(keep).codePoints().forEach(codePoint -> result.appendCodePoint(invented(codePoint, random)));
        return result.toString();
    }

    private static boolean title(String text)
    {
        return text.length() <= 16 && TITLE_ENDINGS.stream().anyMatch(text::endsWith) && text.chars().noneMatch(Character::isDigit);
    }

    private static int invented(int codePoint, Random random)
    {
        if (codePoint >= '0' && codePoint <= '9') {
            return '0' + random.nextInt(10);
        }
        if (codePoint >= 'A' && codePoint <= 'Z') {
            return 'A' + random.nextInt(26);
        }
        if (codePoint >= 'a' && codePoint <= 'z') {
            return 'a' + random.nextInt(26);
        }
        if (Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN && !STRUCTURE.contains(codePoint)) {
            return INVENTED.charAt(random.nextInt(INVENTED.length()));
        }
        return codePoint;
    }

    private static int firstColon(String text)
    {
        for (int i = 0; i < text.length(); i++) {
            if (FieldNames.isColon(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static int endOf(String text, String label)
    {
        int matched = 0;
        int i = 0;
        while (i < text.length() && matched < label.length()) {
            if (!Character.isWhitespace(text.charAt(i)) && !Character.isSpaceChar(text.charAt(i))) {
                matched++;
            }
            i++;
        }
        return i;
    }
}
