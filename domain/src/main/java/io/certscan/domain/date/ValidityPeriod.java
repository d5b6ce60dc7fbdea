package io.certscan.domain.date;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * A period of validity as printed: a range (2021-10-08至2027-10-07, 2019.09-2023.06,
 * 自2020年1月1日至2025年12月31日止), an open end (2020-01-01至长期, 2015年6月1日起长期有效, 2019-01-01至今),
 * a deadline alone (2024-10-07前, 2027年5月7日前有效, 有效期至2025年3月1日, 2025年3月1日), or long term
 * with no date (长期, 永久, 无固定期限), each also after a label (有效期限：, 有效期自, 截止日期:). A start
 * alone (自2021年5月8日, 2021年5月8日起) and a range that ends before it starts are no period.
 */
public record ValidityPeriod(Optional<ChineseDate> start, Optional<ChineseDate> end, Ending ending)
{
    /** How the period ends. */
    public enum Ending
    {
        /** On the end date. */
        DATE,
        /** Never: 长期, 永久, 无固定期限. */
        LONG_TERM,
        /** Up to the present day: 至今. */
        PRESENT,
    }

    private static final Set<String> LONG_TERM_WORDS = Set.of("长期", "永久", "无固定期限", "长期有效", "永久有效", "无期限");
    private static final Set<String> PRESENT_WORDS = Set.of("今", "今日", "现在");
    /**
     * Range separators other than the hyphen, which is ambiguous inside dates. 起 separates only
     * where nothing else does (2021年5月8日起长期); otherwise it closes the start (2021年5月8日起至…).
     */
    private static final List<String> SEPARATORS = List.of("至", "到", "~", "——", "—", "–", "起");
    /**
     * A label before the dates, repeated or not: a word ending in 期限, 有效期, 有效, 日期, 期间, 截止,
     * 截至 or 到期日 (有效期限, 证书有效期, 营业期限, 截止日期, 有效至 …) with or without a colon, an English
     * label in brackets or before a colon; and the 至 of 有效期至 (有效期至：, 有效期：至), which makes the date
     * after it a deadline. A label never takes the whole text: 无固定期限 is a period, not a label.
     */
    private static final Pattern LABEL = Pattern.compile(
            "^(?:(?:[^\\d:年月日]{0,6}(?:期限|有效期|有效|日期|期间|截止|截至|到期日)|\\([A-Za-z]+\\)|[A-Za-z()]+:)[至到]?:?(?=.))+[至到]?");
    /** Words after the dates that say the period ends there: 止, 前有效, 以前, 为止, 到期, 截止 … in any combination. */
    private static final Pattern ENDING = Pattern.compile("(?:以前|之前|前|为止|止|以内|内|有效|到期|期满|截止)+$");
    /** Words around a start date: 自2021年5月8日, 从…, 由…, 2021年5月8日起. */
    private static final Pattern START_WORDS = Pattern.compile("^[自从由]|起$");

    public ValidityPeriod
    {
        requireNonNull(start, "start is null");
        requireNonNull(end, "end is null");
        requireNonNull(ending, "ending is null");
        if (ending == Ending.DATE && end.isEmpty()) {
            throw new IllegalArgumentException("a period ending on a date needs the end date");
        }
        if (ending != Ending.DATE && end.isPresent()) {
            throw new IllegalArgumentException("a period ending " + ending + " has no end date");
        }
        if (start.isPresent() && end.isPresent() && endsBeforeItStarts(start.get(), end.get())) {
            throw new IllegalArgumentException("a period cannot end before it starts: " + start.get().toIsoString() + " to " + end.get().toIsoString());
        }
    }

    public static ValidityPeriod between(ChineseDate start, ChineseDate end)
    {
        return new ValidityPeriod(Optional.of(start), Optional.of(end), Ending.DATE);
    }

    public static ValidityPeriod until(ChineseDate end)
    {
        return new ValidityPeriod(Optional.empty(), Optional.of(end), Ending.DATE);
    }

    public static ValidityPeriod longTerm(Optional<ChineseDate> start)
    {
        return new ValidityPeriod(start, Optional.empty(), Ending.LONG_TERM);
    }

    /** Parses the whole text as a period; empty when it is not one. */
    public static Optional<ValidityPeriod> parse(String text)
    {
        requireNonNull(text, "text is null");
        String folded = stripDecorations(DateText.fold(text));
        if (folded.isEmpty()) {
            return Optional.empty();
        }
        if (LONG_TERM_WORDS.contains(folded)) {
            return Optional.of(longTerm(Optional.empty()));
        }
        for (String separator : SEPARATORS) {
            int at = folded.indexOf(separator);
            if (at > 0) {
                return range(folded.substring(0, at), folded.substring(at + separator.length()));
            }
        }
        // A hyphen separates a range only where both sides are dates: 2019.09-2023.06 is a range,
        // 2021-10-08 is one date.
        for (int at = folded.indexOf('-'); at > 0; at = folded.indexOf('-', at + 1)) {
            Optional<ValidityPeriod> range = range(folded.substring(0, at), folded.substring(at + 1));
            if (range.isPresent()) {
                return range;
            }
        }
        return ChineseDate.parseFolded(folded).map(ValidityPeriod::until);
    }

    private static Optional<ValidityPeriod> range(String from, String to)
    {
        Optional<ChineseDate> start = ChineseDate.parseFolded(START_WORDS.matcher(from).replaceAll(""));
        if (start.isEmpty()) {
            return Optional.empty();
        }
        if (LONG_TERM_WORDS.contains(to)) {
            return Optional.of(longTerm(start));
        }
        if (PRESENT_WORDS.contains(to)) {
            return Optional.of(new ValidityPeriod(start, Optional.empty(), Ending.PRESENT));
        }
        // An end before the start is a misread (2021 for 2027) or a misprint: either way the period is
        // not known, and judging it by its end would call an unreadable certificate valid or expired.
        return ChineseDate.parseFolded(to)
                .filter(end -> !endsBeforeItStarts(start.get(), end))
                .map(end -> between(start.get(), end));
    }

    /** A period may end on its first day, or within its first month when either date is a month. */
    private static boolean endsBeforeItStarts(ChineseDate start, ChineseDate end)
    {
        return end.lastDay().isBefore(start.firstDay());
    }

    /**
     * 有效期限：…, …前有效, 有效期至…止: the words around the dates carry no meaning here. 自 and 起 do,
     * so they are left to the start: 自2021年5月8日 alone is a start with no end, never a deadline.
     */
    private static String stripDecorations(String text)
    {
        String unlabelled = LABEL.matcher(text).replaceFirst("");
        return ENDING.matcher(unlabelled).replaceFirst("");
    }

    public Optional<LocalDate> startDate()
    {
        return start.map(ChineseDate::firstDay);
    }

    /** The last day of validity; empty for long-term and up-to-present periods. */
    public Optional<LocalDate> endDate()
    {
        return end.map(ChineseDate::lastDay);
    }

    public boolean isLongTerm()
    {
        return ending == Ending.LONG_TERM;
    }
}
