package io.certscan.domain.amount;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class ChineseAmountTest
{
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({
            "壹佰壹拾肆圆整, 114.00", "壹仟壹佰叁拾柒圆整, 1137.00", "叁拾圆叁角壹分, 30.31", "贰佰圆整, 200.00", "伍佰贰拾陆圆整, 526.00",
            "壹万零伍元整, 10005.00", "拾元整, 10.00", "壹拾贰元伍角, 12.50", "玖角捌分, 0.98", "壹拾万零贰佰元整, 100200.00", "叁亿元整, 300000000.00"})
    void capitalNumeralsAreReadExactly(String text, String amount)
    {
        assertThat(ChineseAmount.capital(text)).contains(new BigDecimal(amount));
    }

    @Test
    void whatIsNoCapitalAmountIsNone()
    {
        assertThat(ChineseAmount.capital("ⓧ 贰仟壹佰陆拾玖元整")).contains(new BigDecimal("2169.00"));
        assertThat(ChineseAmount.capital("壹佰壹拾肆")).isEmpty();
        assertThat(ChineseAmount.capital("一百元")).isEmpty();
        assertThat(ChineseAmount.capital("")).isEmpty();
    }

    @Test
    void figuresAreReadWithOrWithoutTheirSign()
    {
        assertThat(ChineseAmount.figure("¥1137.00")).contains(new BigDecimal("1137.00"));
        assertThat(ChineseAmount.figure("￥ 1,137.5")).contains(new BigDecimal("1137.50"));
        assertThat(ChineseAmount.figure("-4.00")).contains(new BigDecimal("-4.00"));
        assertThat(ChineseAmount.figure("***")).isEmpty();
        assertThat(ChineseAmount.toTheCent("29.43")).contains(new BigDecimal("29.43"));
        assertThat(ChineseAmount.toTheCent("006665")).isEmpty();
    }
}
