package io.certscan.domain.date;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A date as printed on a Chinese certificate: 2021-10-08, 2021.10.08, 2021/10/8, 20211008,
 * 2021年10月08日, 二〇二一年十月八日 (also 二O二一年), 贰零贰壹年拾月捌日, the two mixed (二〇二一年5月8日),
 * or a month alone (2019.09, 2019年9月). A month-only date keeps that precision: it starts on the
 * month's first day and ends on its last. Impossible dates (2021.02.30) are rejected rather than
 * rolled over.
 */
public record ChineseDate(LocalDate date, Precision precision)
{
    public enum Precision
    {
        DAY, MONTH
    }

    private static final Pattern SEPARATED = Pattern.compile("(\\d{4})([-./])(\\d{1,2})\\2(\\d{1,2})日?");
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    private static final Pattern CHINESE_ARABIC_NO_DAY_MARK = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})");
    private static final Pattern MONTH_SEPARATED = Pattern.compile("(\\d{4})[-./](\\d{1,2})");
    /** Ordinary (一二三) and capital (壹贰叁, also traditional 貳參陸) digits; 十 and 拾 are the tens. */
    private static final String CHINESE_DIGITS = "〇零一二三四五六七八九壹贰貳叁參肆伍陆陸柒捌玖";
    private static final String CHINESE_TENS = "十拾";
    /** What OCR and typists put for 〇 in a year begun in Chinese numerals: 二O二一, 二0二一. */
    private static final String LATIN_ZEROS = "0Oo";
    private static final String YEAR = "(\\d{4}|[" + CHINESE_DIGITS + "][" + CHINESE_DIGITS + LATIN_ZEROS + "]{3})";
    private static final String NUMBER = "(\\d{1,2}|[" + CHINESE_DIGITS + CHINESE_TENS + "]{1,4})";
    /**
     * 2021年10月8日, 二〇二一年十月八号, 贰零贰壹年拾月捌日, and each part in either writing: a form with the
     * year printed in numerals is filled in with figures (二〇二一年5月8日), and the other way round. No
     * day, no day mark: a month alone.
     */
    private static final Pattern WRITTEN = Pattern.compile(YEAR + "年" + NUMBER + "月(?:" + NUMBER + "[日号])?");

    public ChineseDate
    {
        requireNonNull(date, "date is null");
        requireNonNull(precision, "precision is null");
        if (precision == Precision.MONTH && date.getDayOfMonth() != 1) {
            throw new IllegalArgumentException("a month-precision date is held as the month's first day: " + date);
        }
    }

    public static ChineseDate ofDay(LocalDate date)
    {
        return new ChineseDate(date, Precision.DAY);
    }

    public static ChineseDate ofMonth(YearMonth month)
    {
        return new ChineseDate(month.atDay(1), Precision.MONTH);
    }

    /** Parses the whole text as one date; empty when it is not exactly one valid date. */
    public static Optional<ChineseDate> parse(String text)
    {
        requireNonNull(text, "text is null");
        return parseFolded(DateText.fold(text));
    }

    static Optional<ChineseDate> parseFolded(String text)
    {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher matcher = SEPARATED.matcher(text);
        if (matcher.matches()) {
            return day(matcher.group(1), matcher.group(3), matcher.group(4));
        }
        matcher = COMPACT.matcher(text);
        if (matcher.matches()) {
            return day(matcher.group(1), matcher.group(2), matcher.group(3));
        }
        matcher = CHINESE_ARABIC_NO_DAY_MARK.matcher(text);
        if (matcher.matches()) {
            return day(matcher.group(1), matcher.group(2), matcher.group(3));
        }
        matcher = MONTH_SEPARATED.matcher(text);
        if (matcher.matches()) {
            return month(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
        }
        matcher = WRITTEN.matcher(text);
        if (matcher.matches()) {
            int year = isFigures(matcher.group(1)) ? Integer.parseInt(matcher.group(1)) : chineseDigits(matcher.group(1));
            int month = number(matcher.group(2));
            if (matcher.group(3) == null) {
                return month(year, month);
            }
            return day(year, month, number(matcher.group(3)));
        }
        return Optional.empty();
    }

    /** The first day this date can mean: the date itself, or the first of its month. */
    public LocalDate firstDay()
    {
        return date;
    }

    /** The last day this date can mean: the date itself, or the last of its month. */
    public LocalDate lastDay()
    {
        return precision == Precision.DAY ? date : YearMonth.from(date).atEndOfMonth();
    }

    /** ISO 8601: 2021-10-08, or 2019-09 for a month. */
    public String toIsoString()
    {
        return precision == Precision.DAY ? date.toString() : YearMonth.from(date).toString();
    }

    private static Optional<ChineseDate> day(String year, String month, String day)
    {
        return day(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static Optional<ChineseDate> day(int year, int month, int day)
    {
        try {
            return Optional.of(ofDay(LocalDate.of(year, month, day)));
        }
        catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static Optional<ChineseDate> month(int year, int month)
    {
        try {
            return Optional.of(ofMonth(YearMonth.of(year, month)));
        }
        catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static boolean isFigures(String text)
    {
        return text.chars().allMatch(character -> character >= '0' && character <= '9');
    }

    /** A month or day in figures (08) or in Chinese numerals (八, 捌); -1 when malformed. */
    private static int number(String written)
    {
        return isFigures(written) ? Integer.parseInt(written) : chineseNumber(written);
    }

    /** A year written digit by digit: 二〇二一 → 2021, 二O二一 → 2021. */
    private static int chineseDigits(String digits)
    {
        int value = 0;
        for (char digit : digits.toCharArray()) {
            value = value * 10 + (LATIN_ZEROS.indexOf(digit) >= 0 ? 0 : chineseDigit(digit));
        }
        return value;
    }

    /**
     * A month or day written as a number: 八 → 8, 十 → 10, 十二 → 12, 二十 → 20, 三十一 → 31, 壹拾贰 → 12;
     * -1 when malformed. One 零 before it is read as nothing: cheques and the certificates copying
     * them write 零捌日 and 零壹拾月 so that nothing can be written in front.
     */
    private static int chineseNumber(String number)
    {
        String written = number.length() > 1 && chineseDigit(number.charAt(0)) == 0 ? number.substring(1) : number;
        int ten = indexOfTen(written);
        if (ten < 0) {
            return written.length() == 1 ? chineseDigit(written.charAt(0)) : -1;
        }
        if (ten > 1 || written.length() - ten > 2) {
            return -1;
        }
        int tens = ten == 0 ? 1 : chineseDigit(written.charAt(0));
        int units = ten == written.length() - 1 ? 0 : chineseDigit(written.charAt(ten + 1));
        boolean unitsWritten = ten < written.length() - 1;
        if (tens <= 0 || units < 0 || (unitsWritten && units == 0)) {
            return -1;
        }
        return tens * 10 + units;
    }

    private static int indexOfTen(String number)
    {
        for (int at = 0; at < number.length(); at++) {
            if (CHINESE_TENS.indexOf(number.charAt(at)) >= 0) {
                return at;
            }
        }
        return -1;
    }

    private static int chineseDigit(char digit)
    {
        return switch (digit) {
            case '〇', '零' -> 0;
            case '一', '壹' -> 1;
            case '二', '贰', '貳' -> 2;
            case '三', '叁', '參' -> 3;
            case '四', '肆' -> 4;
            case '五', '伍' -> 5;
            case '六', '陆', '陸' -> 6;
            case '七', '柒' -> 7;
            case '八', '捌' -> 8;
            case '九', '玖' -> 9;
            default -> -1;
        };
    }
}
