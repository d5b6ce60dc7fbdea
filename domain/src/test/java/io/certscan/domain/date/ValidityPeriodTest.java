package io.certscan.domain.date;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ValidityPeriodTest
{
    @ParameterizedTest
    @ValueSource(strings = {
            "2021-10-08至2027-10-07", "2021-10-08到2027-10-07", "2021-10-08~2027-10-07", "2021-10-08～2027-10-07",
            "2021-10-08—2027-10-07", "2021-10-08——2027-10-07", "2021-10-08-2027-10-07", "2021-10-08 - 2027-10-07",
            "2021.10.08-2027.10.07", "2021年10月08日至2027年10月07日", "自2021年10月8日至2027年10月7日止",
            "2021年10月8日起至2027年10月7日", "20211008-20271007", "二〇二一年十月八日至二〇二七年十月七日",
            "２０２１－１０－０８至２０２７－１０－０７", "2021/10/8 至 2027/10/7", "贰零贰壹年拾月捌日至贰零贰柒年拾月柒日",
            "二〇二一年10月8号至2027年十月七号"})
    void rangesParseWithEverySeparator(String printed)
    {
        ValidityPeriod period = ValidityPeriod.parse(printed).orElseThrow();

        assertThat(period.startDate()).contains(LocalDate.of(2021, 10, 8));
        assertThat(period.endDate()).contains(LocalDate.of(2027, 10, 7));
        assertThat(period.ending()).isEqualTo(ValidityPeriod.Ending.DATE);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "有效期自2021年10月8日至2027年10月7日", "有效期：2021.10.08-2027.10.07", "有效期限: 自2021年10月8日至2027年10月7日",
            "有效期限：自2021年10月8日起至2027年10月7日止", "自2021-10-08起至2027-10-07止", "从2021.10.08到2027.10.07",
            "证书有效期：2021年10月8日至2027年10月7日", "营业期限 2021年10月08日至2027年10月07日", "有效日期：2021-10-08～2027-10-07",
            "有效期间 2021-10-08 至 2027-10-07", "有效期限(Valid Period)：2021-10-08至2027-10-07", "Valid Period: 2021-10-08 - 2027-10-07",
            "2021年10月8日起至2027年10月7日止有效", "有效期：自2021.10.08起至2027.10.07前有效", "由2021年10月8日起到2027年10月7日",
            "2021.10.08起~2027.10.07"})
    void rangesParseWhateverWordsSurroundThem(String printed)
    {
        ValidityPeriod period = ValidityPeriod.parse(printed).orElseThrow();

        assertThat(period.startDate()).contains(LocalDate.of(2021, 10, 8));
        assertThat(period.endDate()).contains(LocalDate.of(2027, 10, 7));
        assertThat(period.ending()).isEqualTo(ValidityPeriod.Ending.DATE);
    }

    @Test
    void hyphenSplitsOnlyBetweenTwoDates()
    {
        assertThat(ValidityPeriod.parse("2021-10-08")).contains(ValidityPeriod.until(ChineseDate.ofDay(LocalDate.of(2021, 10, 8))));

        ValidityPeriod months = ValidityPeriod.parse("2019.09-2023.06").orElseThrow();
        assertThat(months.startDate()).contains(LocalDate.of(2019, 9, 1));
        assertThat(months.endDate()).contains(LocalDate.of(2023, 6, 30));

        ValidityPeriod isoMonths = ValidityPeriod.parse("2019-09-2023-06").orElseThrow();
        assertThat(isoMonths.startDate()).contains(LocalDate.of(2019, 9, 1));
        assertThat(isoMonths.endDate()).contains(LocalDate.of(2023, 6, 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"长期", "永久", "无固定期限", "长期有效", " 长 期 "})
    void longTermWordsAloneMeanNoEnd(String printed)
    {
        assertThat(ValidityPeriod.parse(printed)).contains(ValidityPeriod.longTerm(Optional.empty()));
    }

    @Test
    void startWithLongTermEnd()
    {
        ValidityPeriod period = ValidityPeriod.parse("2015年06月01日至长期").orElseThrow();

        assertThat(period.isLongTerm()).isTrue();
        assertThat(period.startDate()).contains(LocalDate.of(2015, 6, 1));
        assertThat(period.endDate()).isEmpty();
        assertThat(ValidityPeriod.parse("2015-06-01-长期")).map(ValidityPeriod::isLongTerm).contains(true);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2015年6月1日起长期有效", "自2015年06月01日起长期有效", "有效期限：2015-06-01至长期", "2015.06.01-永久有效",
            "有效期：自2015年6月1日起永久", "2015-06-01起至长期", "从2015年6月1日至无固定期限"})
    void startWithLongTermEndWhateverWordsSurroundIt(String printed)
    {
        ValidityPeriod period = ValidityPeriod.parse(printed).orElseThrow();

        assertThat(period.isLongTerm()).isTrue();
        assertThat(period.startDate()).contains(LocalDate.of(2015, 6, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"有效期限：长期", "永久有效", "有效期:长期有效", "有效期限：无固定期限"})
    void longTermWordsAfterALabelMeanNoEnd(String printed)
    {
        assertThat(ValidityPeriod.parse(printed)).contains(ValidityPeriod.longTerm(Optional.empty()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"自2021年10月8日", "2021年10月8日起", "有效期自2021年10月8日", "从2021-10-08起", "有效期：2021年10月8日起"})
    void aStartAloneIsNoPeriod(String printed)
    {
        assertThat(ValidityPeriod.parse(printed)).isEmpty();
    }

    @Test
    void upToPresent()
    {
        ValidityPeriod period = ValidityPeriod.parse("2019-01-01至今").orElseThrow();

        assertThat(period.ending()).isEqualTo(ValidityPeriod.Ending.PRESENT);
        assertThat(period.startDate()).contains(LocalDate.of(2019, 1, 1));
        assertThat(period.endDate()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "2024-10-07前", "2024-10-07止", "2024年10月7日以前", "有效期至2024年10月07日", "2024.10.07", "2024年10月7日前有效",
            "有效期至：2024-10-07", "有效期：至2024年10月7日", "截止日期：2024.10.07", "截至2024年10月7日", "有效期至2024年10月7日止",
            "2024-10-07止有效", "2024年10月7日之前", "2024年10月7日到期", "失效日期:2024-10-07", "有效至2024年10月07日",
            "2024年10月07日以前有效", "应复审日期 2024-10-07前", "有效期限（Valid Until）：2024-10-07"})
    void deadlineAloneIsAnEndDate(String printed)
    {
        ValidityPeriod period = ValidityPeriod.parse(printed).orElseThrow();

        assertThat(period.start()).isEmpty();
        assertThat(period.endDate()).contains(LocalDate.of(2024, 10, 7));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2027-10-07至2021-10-08", "2021-10-08-2021-10-07", "2023.06-2019.09", "二〇二七年十月七日至二〇二一年十月八日"})
    void aRangeEndingBeforeItStartsIsNoPeriod(String printed)
    {
        assertThat(ValidityPeriod.parse(printed)).isEmpty();
    }

    @Test
    void aPeriodEndingBeforeItStartsCannotBeMade()
    {
        assertThatThrownBy(() -> ValidityPeriod.between(ChineseDate.ofDay(LocalDate.of(2027, 10, 7)), ChineseDate.ofDay(LocalDate.of(2021, 10, 8))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a period cannot end before it starts: 2027-10-07 to 2021-10-08");
    }

    @Test
    void aRangeMayEndOnItsFirstDayOrWithinItsFirstMonth()
    {
        assertThat(ValidityPeriod.parse("2021-10-08至2021-10-08")).map(ValidityPeriod::endDate).contains(Optional.of(LocalDate.of(2021, 10, 8)));
        assertThat(ValidityPeriod.parse("2021.10-2021.10")).map(ValidityPeriod::endDate).contains(Optional.of(LocalDate.of(2021, 10, 31)));
        assertThat(ValidityPeriod.parse("2021.10至2021-10-05")).map(ValidityPeriod::endDate).contains(Optional.of(LocalDate.of(2021, 10, 5)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "至", "2021-02-30至2027-10-07", "2021-10-08至2027-02-30", "电工作业", "2021-10-08至", "至2027-10-07", "2021-10-08至明天",
            "有效期限：电工作业", "有效", "有效期：", "前有效", "有效期限：见副本", "2021-10-08至2027-10-07至2030-01-01"})
    void malformedPeriodsAreRejected(String printed)
    {
        assertThat(ValidityPeriod.parse(printed)).isEmpty();
    }
}
