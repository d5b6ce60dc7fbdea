package io.certscan.domain.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseDateTest
{
    @ParameterizedTest
    @ValueSource(strings = {
            "2021-10-08", "2021.10.08", "2021/10/8", "2021/10/08", "20211008", "2021年10月08日", "2021年10月8日",
            "2021 年 10 月 08 日", "２０２１年１０月０８日", "２０２１．１０．０８", "二〇二一年十月八日", "二零二一年十月八日",
            "二○二一年十月八日", "2021-10-08日", "2021　年　10　月　8　日", "2021年10月8号", "2021年10月8"})
    void everyPrintedFormOfOneDayParsesToThatDay(String printed)
    {
        assertThat(ChineseDate.parse(printed)).contains(ChineseDate.ofDay(LocalDate.of(2021, 10, 8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "二〇二一年十月八号", "贰零贰壹年拾月捌号", "二〇二一年10月8日", "二〇二一年10月08日", "2021年十月八日", "2021年十月八号",
            "贰零贰壹年10月8日", "2021年拾月捌日", "二O二一年10月8号", "2021年10月八日", "二〇二一年十月8日"})
    void yearMonthAndDayMayEachBeInFiguresOrNumerals(String printed)
    {
        assertThat(ChineseDate.parse(printed)).contains(ChineseDate.ofDay(LocalDate.of(2021, 10, 8)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"二〇二一年10月八", "2021年十月8", "二〇二一年13月8日", "2021年十三月八日", "2021年10月8号码", "二〇二一年1O月8日", "2021年10月8日日"})
    void mixedFormsAreNoLooserThanEitherForm(String printed)
    {
        assertThat(ChineseDate.parse(printed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "110105194912310026", "91320115MA202UKD7X", "1234.56", "12345678.90", "¥2021.10.08", "202110081", "壹仟贰佰叁拾肆元整", "叁拾圆叁角壹分"})
    void identifiersAndAmountsAreNoDates(String printed)
    {
        assertThat(ChineseDate.parse(printed)).isEmpty();
        assertThat(ValidityPeriod.parse(printed)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"二O二一年十月八日", "二o二一年十月八日", "二0二一年十月八日", "二０二一年十月八日", "二ｏ二一年十月八日", "贰O贰壹年拾月捌日"})
    void aLatinOOrZeroAmongChineseNumeralsIsTheirZero(String printed)
    {
        assertThat(ChineseDate.parse(printed)).contains(ChineseDate.ofDay(LocalDate.of(2021, 10, 8)));
    }

    @Test
    void latinZerosAreReadOnlyInAYearBegunInChineseNumerals()
    {
        assertThat(ChineseDate.parse("二OO九年五月一日")).map(ChineseDate::firstDay).contains(LocalDate.of(2009, 5, 1));
        assertThat(ChineseDate.parse("OOOO年十月八日")).isEmpty();
        assertThat(ChineseDate.parse("O二二一年十月八日")).isEmpty();
        assertThat(ChineseDate.parse("二〇二一年十O月八日")).isEmpty();
    }

    @Test
    void chineseNumeralsCoverTensAndTwenties()
    {
        assertThat(ChineseDate.parse("二零二一年十月三十一日")).map(ChineseDate::firstDay).contains(LocalDate.of(2021, 10, 31));
        assertThat(ChineseDate.parse("二〇一九年十二月二十日")).map(ChineseDate::firstDay).contains(LocalDate.of(2019, 12, 20));
        assertThat(ChineseDate.parse("二〇二〇年二月十九日")).map(ChineseDate::firstDay).contains(LocalDate.of(2020, 2, 19));
        assertThat(ChineseDate.parse("二〇二〇年一月十日")).map(ChineseDate::firstDay).contains(LocalDate.of(2020, 1, 10));
        assertThat(ChineseDate.parse("二零二一年十二月三十一日")).map(ChineseDate::firstDay).contains(LocalDate.of(2021, 12, 31));
    }

    @ParameterizedTest
    @ValueSource(strings = {"贰零贰壹年拾月捌日", "贰〇贰壹年拾月捌日", "贰零贰壹年壹拾月捌日", "贰零贰壹年零壹拾月零捌日", "貳零貳壹年拾月捌日", "贰零贰壹年十月八日"})
    void capitalNumeralsReadAsTheOrdinaryOnes(String printed)
    {
        assertThat(ChineseDate.parse(printed)).contains(ChineseDate.ofDay(LocalDate.of(2021, 10, 8)));
    }

    @Test
    void capitalNumeralsCoverTensAndTwenties()
    {
        assertThat(ChineseDate.parse("贰〇贰壹年壹拾贰月叁拾壹日")).map(ChineseDate::firstDay).contains(LocalDate.of(2021, 12, 31));
        assertThat(ChineseDate.parse("贰零贰零年贰月贰拾玖日")).map(ChineseDate::firstDay).contains(LocalDate.of(2020, 2, 29));
        assertThat(ChineseDate.parse("壹玖玖捌年陆月拾伍日")).map(ChineseDate::firstDay).contains(LocalDate.of(1998, 6, 15));
        assertThat(ChineseDate.parse("贰零壹玖年肆月柒日")).map(ChineseDate::firstDay).contains(LocalDate.of(2019, 4, 7));
        assertThat(ChineseDate.parse("贰零壹玖年玖月")).contains(ChineseDate.ofMonth(YearMonth.of(2019, 9)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019.09", "2019-09", "2019/9", "2019年9月", "2019年09月", "二〇一九年九月", "2019年九月", "二〇一九年9月", "贰零壹玖年09月"})
    void yearAndMonthKeepMonthPrecision(String printed)
    {
        ChineseDate date = ChineseDate.parse(printed).orElseThrow();

        assertThat(date.precision()).isEqualTo(ChineseDate.Precision.MONTH);
        assertThat(date.firstDay()).isEqualTo(LocalDate.of(2019, 9, 1));
        assertThat(date.lastDay()).isEqualTo(LocalDate.of(2019, 9, 30));
        assertThat(date.toIsoString()).isEqualTo("2019-09");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2021.02.30", "2021-13-01", "2021-00-10", "2021年2月29日", "20210230", "二〇二一年二月三十日", "2019.13",
            "2021-10-32", "1899-01-01x", "", "   ", "长期", "2021-10/08", "21-10-08", "二〇二一年十十月一日", "二〇二一年十月四十一日",
            "贰零贰壹年拾叁月捌日", "贰零贰壹年贰月叁拾日", "贰零贰壹年拾月拾零日", "贰零贰壹年零零捌月一日", "贰拾壹年拾月捌日", "贰零贰壹",
            "壹仟贰佰叁拾肆元整", "贰零贰壹年拾月捌", "贰零贰壹年拾月伍拾日"})
    void impossibleOrMalformedDatesAreRejected(String printed)
    {
        assertThat(ChineseDate.parse(printed)).isEmpty();
    }

    @Test
    void leapDayExistsOnlyInLeapYears()
    {
        assertThat(ChineseDate.parse("2024-02-29")).map(ChineseDate::firstDay).contains(LocalDate.of(2024, 2, 29));
        assertThat(ChineseDate.parse("2023-02-29")).isEmpty();
        assertThat(ChineseDate.parse("2024年2月")).map(ChineseDate::lastDay).contains(LocalDate.of(2024, 2, 29));
    }
}
