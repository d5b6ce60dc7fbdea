package io.certscan.domain.rule;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

import static io.certscan.domain.rule.TestingCertificates.card;
import static org.assertj.core.api.Assertions.assertThat;

class FindingCodeTest
{
    @Test
    void everyCodeIsDocumentedInTheReadme()
            throws IOException
    {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);

        assertThat(Arrays.stream(FindingCode.values()).filter(code -> !readme.contains("`" + code.code() + "`"))).isEmpty();
    }

    @Test
    void aFindingIsItsCodeAsTextWhoeverMadeIt()
    {
        Finding builtIn = new Finding(FindingCode.EXPIRED, Severity.ERROR, Optional.empty(), "已过期", "expired");
        Finding plugin = new Finding("EXPIRED", Severity.ERROR, Optional.empty(), "已过期", "expired");
        Finding own = new Finding("FIRE_SAFETY_OFFICER_MISSING", Severity.WARNING, Optional.empty(), "未登记", "none named");

        assertThat(builtIn.code()).isEqualTo("EXPIRED");
        assertThat(builtIn).isEqualTo(plugin);
        assertThat(plugin.is(FindingCode.EXPIRED)).isTrue();
        assertThat(own.is(FindingCode.EXPIRED)).isFalse();
    }

    @Test
    void theRulesMakeTheirFindingsWithTheseCodes()
    {
        assertThat(new ValidityRule(30).evaluate(card("营业执照", "营业期限", "2011年03月29日至2021年03月28日"), LocalDate.of(2026, 11, 23)))
                .singleElement().satisfies(finding -> assertThat(finding.is(FindingCode.EXPIRED)).isTrue());
        assertThat(new ReviewDateRule(60).evaluate(card("低压电工证", "应复审日期", "不详"), LocalDate.of(2026, 11, 23)))
                .singleElement().satisfies(finding -> assertThat(finding.is(FindingCode.REVIEW_DATE_UNREADABLE)).isTrue());
    }
}
