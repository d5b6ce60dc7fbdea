package io.certscan.domain.amount;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Amounts as invoices print them: figures ({@code ¥1137.00}, {@code 1,137.00}) and capital
 * numerals ({@code 壹仟壹佰叁拾柒圆整}, {@code 叁拾圆叁角壹分}, {@code 壹万零伍元整}), read into exact
 * decimals.
 */
public final class ChineseAmount
{
    private static final Map<Character, Integer> DIGITS = Map.ofEntries(
            Map.entry('零', 0), Map.entry('〇', 0), Map.entry('壹', 1), Map.entry('贰', 2), Map.entry('叁', 3), Map.entry('肆', 4), Map.entry('伍', 5),
            Map.entry('陆', 6), Map.entry('柒', 7), Map.entry('捌', 8), Map.entry('玖', 9), Map.entry('两', 2));
    private static final Map<Character, Integer> SMALL_UNITS = Map.of('拾', 10, '佰', 100, '仟', 1000);
    private static final Pattern FIGURE = Pattern.compile("[¥￥]?\\s*(-?[0-9][0-9,]*(?:\\.[0-9]{1,2})?)");
    /** An invoice prints its amounts to the cent. */
    private static final Pattern TO_THE_CENT = Pattern.compile("[¥￥]?\\s*-?[0-9][0-9,]*\\.[0-9]{2}");

    private ChineseAmount() {}

    /** A figure, with or without its currency sign and thousands separators. */
    public static Optional<BigDecimal> figure(String text)
    {
        Matcher matcher = FIGURE.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(matcher.group(1).replace(",", "")).setScale(2));
    }

    /** A figure printed to the cent, as an invoice prints its amounts ({@code 29.43}, {@code ¥1137.00}). */
    public static Optional<BigDecimal> toTheCent(String text)
    {
        return TO_THE_CENT.matcher(text.strip()).matches() ? figure(text) : Optional.empty();
    }

    /** An amount in capital numerals: 元 or 圆, then 角 and 分, 整 or 正 closing a whole amount; a leading ⊗ or (负数) is not read. */
    public static Optional<BigDecimal> capital(String text)
    {
        // The ⊗ printed before an invoice's amount in words (read as ⓧ, ③, β …) is no part of it.
        String amount = text.strip().replaceAll("[整正\\s]+$", "");
        int start = 0;
        while (start < amount.length() && !DIGITS.containsKey(amount.charAt(start)) && !SMALL_UNITS.containsKey(amount.charAt(start))) {
            start++;
        }
        amount = amount.substring(start);
        if (amount.isEmpty()) {
            return Optional.empty();
        }
        long yuan = 0;
        long section = 0;
        long digit = 0;
        int jiao = 0;
        int fen = 0;
        boolean sawYuan = false;
        for (int i = 0; i < amount.length(); i++) {
            char character = amount.charAt(i);
            if (DIGITS.containsKey(character)) {
                digit = DIGITS.get(character);
                continue;
            }
            if (SMALL_UNITS.containsKey(character)) {
                section += (digit == 0 && character == '拾' ? 1 : digit) * SMALL_UNITS.get(character);
                digit = 0;
                continue;
            }
            switch (character) {
                case '万' -> {
                    yuan += (section + digit) * 10_000;
                    section = 0;
                    digit = 0;
                }
                case '亿' -> {
                    yuan = (yuan + section + digit) * 100_000_000;
                    section = 0;
                    digit = 0;
                }
                case '元', '圆' -> {
                    yuan += section + digit;
                    section = 0;
                    digit = 0;
                    sawYuan = true;
                }
                case '角' -> {
                    jiao = (int) digit;
                    digit = 0;
                }
                case '分' -> {
                    fen = (int) digit;
                    digit = 0;
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        if (!sawYuan && jiao == 0 && fen == 0 || section + digit != 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(yuan).add(BigDecimal.valueOf(jiao, 1)).add(BigDecimal.valueOf(fen, 2)).setScale(2));
    }
}
