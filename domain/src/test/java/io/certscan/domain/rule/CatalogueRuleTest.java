package io.certscan.domain.rule;

import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.catalogue.FieldCheck;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.identifier.IdentifierKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import static io.certscan.domain.rule.TestingCertificates.card;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogueRuleTest
{
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);

    static final CertificateType SPECIAL_OPERATION = new CertificateType("special-operation", "特种作业操作证",
            List.of("特种作业操作证", "电工证", "焊工证"),
            List.of(List.of("证号"), List.of("姓名"), List.of("准操项目", "操作项目"), List.of("有效期限")),
            Optional.empty(), Optional.of("应复审日期"), OptionalInt.of(6),
            List.of(FieldCheck.identifier("证号", IdentifierKind.SPECIAL_OPERATION_CERTIFICATE_NUMBER)));
    static final CertificateType FOOD_PRODUCTION = new CertificateType("food-production", "食品生产许可证", List.of("食品生产许可证"),
            List.of(List.of("许可证编号")), Optional.of("有效期至"), Optional.empty(), OptionalInt.of(5),
            List.of(FieldCheck.format("许可证编号", Pattern.compile("SC\\d{14}"), "SC 加 14 位数字 / SC followed by 14 digits"),
                    FieldCheck.identifier("生产者统一代码", IdentifierKind.UNIFIED_SOCIAL_CREDIT_CODE)));
    static final CertificateType FOOD_BUSINESS = new CertificateType("food-business", "食品经营许可证", List.of("食品经营许可证", "许可证"),
            List.of(), Optional.empty(), Optional.empty(), OptionalInt.empty(), List.of());
    static final CertificateCatalogue CATALOGUE = new CertificateCatalogue(List.of(SPECIAL_OPERATION, FOOD_PRODUCTION, FOOD_BUSINESS));

    private final CatalogueRule rule = new CatalogueRule(CATALOGUE);

    @Test
    void theLongestMatchingTitleDecidesTheType()
    {
        assertThat(CATALOGUE.classify(card("低压电工证"))).contains(SPECIAL_OPERATION);
        assertThat(CATALOGUE.classify(card("食品生产许可证"))).contains(FOOD_PRODUCTION);
        assertThat(CATALOGUE.classify(card("食品经营许可证"))).contains(FOOD_BUSINESS);
        assertThat(CATALOGUE.classify(card("排污许可证"))).contains(FOOD_BUSINESS);
        assertThat(CATALOGUE.classify(card("居住证"))).isEmpty();
        assertThat(CATALOGUE.classify(new Certificate(0, Optional.empty(), List.of(), Optional.empty()))).isEmpty();
    }

    @Test
    void aCompleteValidCertificateHasNothingToAnswerFor()
    {
        Certificate card = card("低压电工证", "证号", "T110101199003074514", "姓名", "张三", "操作项目", "低压电工作业",
                "有效期限", "2021-10-08至2027-10-07", "初领日期", "2021-10-08");

        assertThat(rule.evaluate(card, AS_OF)).isEmpty();
    }

    @Test
    void missingRequiredFieldsAreNamedOneByOne()
    {
        List<Finding> findings = rule.evaluate(card("特种作业操作证", "姓名", "张三"), AS_OF);

        assertThat(findings).extracting(Finding::code).containsOnly("REQUIRED_FIELD_MISSING");
        assertThat(findings).extracting(finding -> finding.field().orElseThrow()).containsExactly("证号", "准操项目", "有效期限");
        assertThat(findings.get(0).message()).isEqualTo("特种作业操作证应有「证号」，未识别到");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "2021-10-08至2027-10-07, false",
            "2021-10-08至2027-10-08, false",
            "2021-10-08至2027-10-09, true",
            "2020-02-29至2026-02-28, false",
            "2020-02-29至2026-03-01, true",
            "2021-10-08至长期, false"})
    void validityLongerThanTheTypeAllowsIsFlagged(String period, boolean tooLong)
    {
        Certificate card = card("低压电工证", "证号", "T110101199003074514", "姓名", "张三", "操作项目", "低压电工作业", "有效期限", period);

        assertThat(rule.evaluate(card, AS_OF)).extracting(Finding::code).containsExactlyElementsOf(tooLong ? List.of("VALIDITY_TOO_LONG") : List.of());
    }

    @ParameterizedTest(name = "issued {0}")
    @CsvSource({"2027-10-07, false", "2027-10-08, true", "2027年10月, false", "二〇二八年一月五日, true"})
    void anIssueDateAfterTheEndOfValidityContradictsIt(String issued, boolean contradiction)
    {
        Certificate card = card("低压电工证", "证号", "T110101199003074514", "姓名", "张三", "操作项目", "低压电工作业",
                "有效期限", "2021-10-08至2027-10-07", "发证日期", issued);

        List<Finding> findings = rule.evaluate(card, AS_OF);

        assertThat(findings).extracting(Finding::code).containsExactlyElementsOf(contradiction ? List.of("ISSUED_AFTER_EXPIRY") : List.of());
        if (contradiction) {
            assertThat(findings.get(0).severity()).isEqualTo(Severity.ERROR);
            assertThat(findings.get(0).field()).contains("发证日期");
        }
    }

    @Test
    void theTypesOwnChecksAndItsOwnValidityFieldAreUsed()
    {
        Certificate card = card("食品生产许可证", "许可证编号", "SC1234567890123", "生产者统一代码", "91350100M0001",
                "有效期至", "2020年01月01日至2026年01月01日");

        List<Finding> findings = rule.evaluate(card, AS_OF);

        assertThat(findings).extracting(Finding::code).containsExactly("VALIDITY_TOO_LONG", "IDENTIFIER_FORMAT", "IDENTIFIER_INVALID");
        assertThat(findings.get(1).message()).contains("SC 加 14 位数字");
        assertThat(new ValidityRule(30, CATALOGUE).evaluate(card("食品生产许可证", "有效期至", "2026年11月30日"), AS_OF))
                .singleElement().extracting(Finding::code).isEqualTo("EXPIRING_SOON");
    }

    @Test
    void identifiersTheIdentifierRuleChecksAnywayAreNotReportedTwice()
    {
        // 证号 T + ID with a wrong check digit: IdentifierRule reports it; the type's check of 证号 must not add a second finding.
        Certificate card = card("低压电工证", "证号", "T110101199003074515", "姓名", "张三", "操作项目", "低压电工作业", "有效期限", "2021-10-08至2027-10-07");

        assertThat(rule.evaluate(card, AS_OF)).isEmpty();
        assertThat(new IdentifierRule().evaluate(card, AS_OF)).extracting(Finding::code).containsExactly("IDENTIFIER_INVALID");
    }

    @Test
    void aTypeNamedReviewFieldDecidesTheReviewVerdict()
    {
        CertificateType custom = new CertificateType("crane-operator", "起重机司机证", List.of("起重机司机证"), List.of(),
                Optional.empty(), Optional.of("下次检验日期"), OptionalInt.empty(), List.of());

        List<Finding> findings = new ReviewDateRule(60, new CertificateCatalogue(List.of(custom)))
                .evaluate(card("起重机司机证", "下次检验日期", "2026年12月01日"), AS_OF);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("REVIEW_DUE_SOON");
            assertThat(finding.field()).contains("下次检验日期");
        });
    }

    @Test
    void catalogueValuesAreChecked()
    {
        assertThatThrownBy(() -> new CertificateType("Bad Id", "x", List.of("x"), List.of(), Optional.empty(), Optional.empty(), OptionalInt.empty(), List.of()))
                .hasMessageContaining("lower-case");
        assertThatThrownBy(() -> new CertificateType("x", "x", List.of(), List.of(), Optional.empty(), Optional.empty(), OptionalInt.empty(), List.of()))
                .hasMessageContaining("title");
        assertThatThrownBy(() -> new CertificateCatalogue(List.of(FOOD_BUSINESS, FOOD_BUSINESS))).hasMessageContaining("food-business");
        assertThat(CATALOGUE.with(List.of(new CertificateType("food-business", "食品经营许可证（新版）", List.of("食品经营许可证"), List.of(),
                Optional.empty(), Optional.empty(), OptionalInt.of(5), List.of()))).types())
                .extracting(CertificateType::name).containsExactly("特种作业操作证", "食品生产许可证", "食品经营许可证（新版）");
    }
}
