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
 * replaced by one drawn at random (the same one each time within a document), so no name, number
 * or address of the document survives. Check the output by eye before committing it.
 *
 * <p>One line per text line: the eight corner coordinates, the confidence, the text, tab-separated.
 */
public final class LayoutRecorder
{
    /** Characters that carry a value's shape, not its content. */
    private static final Set<Integer> STRUCTURE = Set.of((int) '年', (int) '月', (int) '日', (int) '至', (int) '长', (int) '期', (int) '号', (int) '室', (int) '楼',
            (int) '元', (int) '圆', (int) '整', (int) '万');
    private static final List<String> TITLE_ENDINGS = List.of("证", "证书", "执照", "许可证", "发票", "凭证", "行程单", "（副本）", "(副本)", "副本", "正本");
    /** Printed words that are no label but belong to the form: section marks, amount qualifiers. */
    private static final List<String> WORDS = List.of("购买方信息", "销售方信息", "购买方", "销售方", "购货单位", "销货单位", "密码区", "小写", "大写", "副本", "正本", "页码");
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
        Substitution random = new Substitution(new Random(args[1].hashCode()));
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

    static String anonymized(String text, Substitution random)
    {
        String compact = FieldNames.normalize(text);
        if (LabelLexicon.isLabel(compact) || title(compact) || LabelLexicon.partOfLabel(compact) || labelCharacters(compact)) {
            return text;
        }
        List<String> protectedWords = new ArrayList<>(LabelLexicon.labels());
        protectedWords.addAll(WORDS);
        protectedWords.sort(java.util.Comparator.comparingInt(String::length).reversed());
        StringBuilder result = new StringBuilder();
        int i = 0;
        // The end of a letter-spaced label that OCR glued to the value (称广州市…) starts the line.
        boolean startsWithWord = protectedWords.stream().anyMatch(text::startsWith);
        for (int length = 2; length >= 1 && !startsWithWord; length--) {
            if (text.length() > length && LabelLexicon.partOfLabel(text.substring(0, length)) && isHan(text.codePointAt(0))) {
                result.append(text, 0, length);
                i = length;
                break;
            }
        }
        while (i < text.length()) {
            int at = i;
            Optional<String> word = protectedWords.stream().filter(candidate -> text.startsWith(candidate, at)).findFirst();
            if (word.isPresent()) {
                result.append(word.get());
                i += word.get().length();
                continue;
            }
            int codePoint = text.codePointAt(i);
            result.appendCodePoint(random.of(codePoint));
            i += Character.charCount(codePoint);
        }
        return result.toString();
    }

    /**
     * A few characters each of some label or mark: a letter-spaced label's characters, also when
     * detection read a label column's first characters as one vertical line (名类经).
     */
    private static boolean labelCharacters(String text)
    {
        return text.length() <= 4 && text.codePoints().allMatch(codePoint -> isHan(codePoint)
                && (LabelLexicon.partOfLabel(new String(Character.toChars(codePoint))) || WORDS.stream().anyMatch(word -> word.indexOf(codePoint) >= 0)));
    }

    private static boolean isHan(int codePoint)
    {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    private static boolean title(String text)
    {
        String main = text.replaceAll("[（(][^）)]*[）)]$", "");
        return text.length() <= 16 && TITLE_ENDINGS.stream().anyMatch(main::endsWith) && text.chars().noneMatch(Character::isDigit);
    }

    /**
     * The same character always becomes the same invented one within a document, so that OCR's
     * double reads of a stretch (成立日期2 beside 期 2015…) still overlap as they did.
     */
    static final class Substitution
    {
        private final Random random;
        private final java.util.Map<Integer, Integer> chosen = new java.util.HashMap<>();

        Substitution(Random random)
        {
            this.random = random;
        }

        int of(int codePoint)
        {
            return chosen.computeIfAbsent(codePoint, this::invented);
        }

        private int invented(int codePoint)
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
}
