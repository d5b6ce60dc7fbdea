package io.certscan.domain.rule;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static io.certscan.domain.rule.TestingCertificates.card;
import static org.assertj.core.api.Assertions.assertThat;

class RulesTest
{
    private final ValidityRule validity = new ValidityRule(30);
    private final ReviewDateRule review = new ReviewDateRule(60);
    private final IdentifierRule identifiers = new IdentifierRule();

    @ParameterizedTest(name = "{0} as of {1}: {2}")
    @CsvSource({
            "2021-10-08至2027-10-07, 2027-10-07, EXPIRING_SOON",
            "2021-10-08至2027-10-07, 2027-10-08, EXPIRED",
            "2021-10-08至2027-10-07, 2027-09-07, EXPIRING_SOON",
            "2021-10-08至2027-10-07, 2027-09-06, VALID",
            "2021-10-08至2027-10-07, 2021-10-08, VALID",
            "2021-10-08至2027-10-07, 2021-10-07, NOT_YET_VALID",
            "2020年02月29日至2024年02月29日, 2024-02-29, EXPIRING_SOON",
            "2020年02月29日至2024年02月29日, 2024-03-01, EXPIRED",
            "2015年06月01日至长期, 2030-01-01, LONG_TERM",
            "长期, 2030-01-01, LONG_TERM",
            "2026年6月30日, 2026-11-23, EXPIRED",
            "2019.09-2023.06, 2023-06-30, EXPIRING_SOON",
            "2019.09-2023.06, 2023-07-01, EXPIRED",
            "见副本, 2026-11-23, VALIDITY_UNREADABLE",
            "2027-10-07至2021-10-08, 2024-01-01, VALIDITY_UNREADABLE"})
    void validityAsOfADate(String printed, LocalDate asOf, String code)
    {
        List<Finding> findings = validity.evaluate(card("营业执照", "有效期限", printed), asOf);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo(code);
            assertThat(finding.field()).contains("有效期限");
            assertThat(finding.message()).isNotBlank();
            assertThat(finding.englishMessage()).isNotBlank();
        });
    }

    @Test
    void validityIsReadUnderItsSynonymsAndSeverityFollowsTheVerdict()
    {
        assertThat(validity.evaluate(card("食品经营许可证", "有效期至", "2026年12月31日"), LocalDate.of(2026, 12, 1)))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        assertThat(validity.evaluate(card("营业执照", "营业期限", "2011年03月29日至2021年03月28日"), LocalDate.of(2026, 11, 23)))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                    assertThat(finding.message()).contains("2021-03-28");
                    assertThat(finding.englishMessage()).isEqualTo("expired on 2021-03-28 (2066 days ago)");
                });
        assertThat(validity.evaluate(card("营业执照", "名称", "某某公司"), LocalDate.of(2026, 11, 23))).isEmpty();
    }

    @ParameterizedTest(name = "{0} as of {1}: {2}")
    @CsvSource({
            "2024-10-07前, 2024-10-08, REVIEW_OVERDUE",
            "2024-10-07前, 2024-10-07, REVIEW_DUE_SOON",
            "2024-10-07前, 2024-08-08, REVIEW_DUE_SOON",
            "2024-10-07前, 2024-08-07, ''"})
    void reviewDeadlineWithItsSixtyDayWindow(String printed, LocalDate asOf, String code)
    {
        List<Finding> findings = review.evaluate(card("低压电工证", "应复审日期", printed), asOf);

        assertThat(findings.stream().map(Finding::code).toList()).isEqualTo(code.isEmpty() ? List.of() : List.of(code));
    }

    @Test
    void anOverdueReviewInvalidatesASpecialOperationCertificateOnly()
    {
        assertThat(review.evaluate(card("低压电工证", "应复审日期", "2024-10-07前"), LocalDate.of(2026, 11, 23)))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.severity()).isEqualTo(Severity.ERROR);
                    assertThat(finding.message()).contains("已逾期 777 天").contains("失效");
                });
        assertThat(review.evaluate(card("道路运输经营许可证", "复审日期", "2024-10-07"), LocalDate.of(2026, 11, 23)))
                .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void aNumberWrittenAsASpecialOperationNumberIsCheckedAsOneAndMakesItsCertificateOne()
    {
        // T and 17 characters: one digit short. Neither the title nor a catalogue says 特种作业操作证; the number does, for both rules.
        Certificate misread = card("作业人员证", "证号", "T32048119980630351", "应复审日期", "2024-10-07前");

        assertThat(identifiers.evaluate(misread, LocalDate.of(2026, 11, 23))).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("IDENTIFIER_INVALID");
            assertThat(finding.message()).contains("位数不对");
        });
        assertThat(review.evaluate(misread, LocalDate.of(2026, 11, 23))).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("REVIEW_OVERDUE");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
        });
        Certificate other = card("作业人员证", "证号", "T3204811998063", "应复审日期", "2024-10-07前");
        assertThat(identifiers.evaluate(other, LocalDate.of(2026, 11, 23))).isEmpty();
        assertThat(review.evaluate(other, LocalDate.of(2026, 11, 23))).singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
    }

    @Test
    void theDocumentationsSampleNumbersFailAndAGenuineEarlyCreditCodeIsOnlyAWarning()
    {
        Certificate documented = card("低压电工证", "证号", "T3204811998063035170", "公民身份号码", "11010519491231002X");
        assertThat(identifiers.evaluate(documented, LocalDate.of(2026, 11, 23))).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("IDENTIFIER_INVALID");
            assertThat(finding.severity()).isEqualTo(Severity.ERROR);
            assertThat(finding.field()).contains("证号");
            assertThat(finding.message()).contains("位数不对").doesNotContain("3204811998063035170");
        });
        assertThat(identifiers.evaluate(card("低压电工证", "证号", "T32048119940824381X"), LocalDate.of(2026, 11, 23)))
                .singleElement().extracting(Finding::englishMessage).asString().contains("check character mismatch");

        assertThat(identifiers.evaluate(card("增值税电子普通发票", "纳税人识别号", "91500102563638729E"), LocalDate.of(2026, 11, 23)))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("IDENTIFIER_CHECK_CHARACTER_MISMATCH");
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                });
        assertThat(identifiers.evaluate(card("增值税电子普通发票", "销售方纳税人识别号", "91500102563638729E"), LocalDate.of(2026, 11, 23)))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("IDENTIFIER_CHECK_CHARACTER_MISMATCH");
                    assertThat(finding.severity()).isEqualTo(Severity.WARNING);
                });
        assertThat(identifiers.evaluate(card("营业执照", "统一社会信用代码", "91320115MA202UKD7X", "组织机构代码", "56363872-9"), LocalDate.of(2026, 11, 23))).isEmpty();
        assertThat(identifiers.evaluate(card("营业执照", "组织机构代码", "56363872-8"), LocalDate.of(2026, 11, 23)))
                .singleElement().extracting(Finding::code).isEqualTo("IDENTIFIER_INVALID");
    }

    @Test
    void foodLicenceAndInvoiceNumbersHaveTheirFormats()
    {
        LocalDate asOf = LocalDate.of(2026, 11, 23);

        assertThat(identifiers.evaluate(card("食品经营许可证", "许可证编号", "JY13301020012345"), asOf)).isEmpty();
        assertThat(identifiers.evaluate(card("食品经营许可证", "许可证编号", "JY1330102001234"), asOf))
                .singleElement().satisfies(finding -> {
                    assertThat(finding.code()).isEqualTo("IDENTIFIER_FORMAT");
                    assertThat(finding.englishMessage()).contains("JY followed by 14 digits");
                });
        assertThat(identifiers.evaluate(card("增值税电子普通发票", "发票代码", "033002000211", "发票号码", "83089647"), asOf)).isEmpty();
        assertThat(identifiers.evaluate(card("电子发票（普通发票）", "发票号码", "24332000000123456789"), asOf)).isEmpty();
        assertThat(identifiers.evaluate(card("增值税电子普通发票", "发票代码", "03300200021", "发票号码", "8308964"), asOf))
                .extracting(Finding::field).containsExactly(Optional.of("发票代码"), Optional.of("发票号码"));
    }

    @Test
    void fieldsReadWithLowConfidenceAreToBeCheckedByHand()
    {
        Certificate certificate = new Certificate(0, Optional.of("低压电工证"), List.of(
                new ExtractedField("姓名", List.of("张敞"), 0.57, Optional.empty()),
                new ExtractedField("性别", List.of("男"), 0.99, Optional.empty())), Optional.empty());

        assertThat(new LowConfidenceRule(0.8).evaluate(certificate, LocalDate.of(2026, 11, 23))).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("LOW_CONFIDENCE");
            assertThat(finding.field()).contains("姓名");
            assertThat(finding.message()).contains("57%").doesNotContain("张敞");
        });
        assertThat(new LowConfidenceRule(0.5).evaluate(certificate, LocalDate.of(2026, 11, 23))).isEmpty();
    }
}
