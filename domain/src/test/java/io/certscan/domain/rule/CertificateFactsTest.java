package io.certscan.domain.rule;

import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.date.ValidityPeriod;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static io.certscan.domain.rule.CatalogueRuleTest.CATALOGUE;
import static io.certscan.domain.rule.CatalogueRuleTest.SPECIAL_OPERATION;
import static io.certscan.domain.rule.TestingCertificates.card;
import static org.assertj.core.api.Assertions.assertThat;

class CertificateFactsTest
{
    private static final LocalDate AS_OF = LocalDate.of(2026, 11, 24);
    private static final CertificateType TRADEMARK = new CertificateType("trademark", "商标注册证", List.of("商标注册证"), List.of(List.of("注册号")),
            Optional.of("注册有效期限"), Optional.of("续展日期"), OptionalInt.of(10), List.of());

    @Test
    void theTypesOwnFieldsHoldTheDatesElseTheUsualNamesDo()
    {
        Certificate trademark = card("商标注册证", "有效期限", "2010-01-01至2015-01-01", "注册有效期限", "2016年11月28日至2026年11月27日",
                "应复审日期", "2020-01-01", "续展日期", "2026-05-27前");

        CertificateFacts typed = CertificateFacts.of(trademark, Optional.of(TRADEMARK));
        assertThat(typed.validityField()).map(ExtractedField::name).contains("注册有效期限");
        assertThat(typed.validity()).flatMap(ValidityPeriod::endDate).contains(LocalDate.of(2026, 11, 27));
        assertThat(typed.reviewField()).map(ExtractedField::name).contains("续展日期");
        assertThat(typed.reviewDeadline()).contains(LocalDate.of(2026, 5, 27));

        CertificateFacts unclassified = CertificateFacts.unclassified(trademark);
        assertThat(unclassified.type()).isEmpty();
        assertThat(unclassified.validity()).flatMap(ValidityPeriod::endDate).contains(LocalDate.of(2015, 1, 1));
        assertThat(unclassified.reviewDeadline()).contains(LocalDate.of(2020, 1, 1));

        // A type whose own field is missing falls back on the usual names; a synonym is the usual name.
        CertificateFacts fallback = CertificateFacts.of(card("商标注册证", "有效期", "2016-11-28至2026-11-27"), Optional.of(TRADEMARK));
        assertThat(fallback.validityField()).map(ExtractedField::name).contains("有效期");
    }

    @Test
    void anUnreadableDateKeepsItsFieldSoThatItIsReportedNotIgnored()
    {
        CertificateFacts facts = CertificateFacts.unclassified(card("营业执照", "营业期限", "见副本", "复审日期", "待定"));

        assertThat(facts.validityField()).map(ExtractedField::name).contains("营业期限");
        assertThat(facts.validity()).isEmpty();
        assertThat(facts.reviewField()).map(ExtractedField::name).contains("复审日期");
        assertThat(facts.reviewDeadline()).isEmpty();
        assertThat(CertificateFacts.unclassified(card("营业执照", "名称", "某某公司")).validityField()).isEmpty();
    }

    @Test
    void aSpecialOperationCertificateIsKnownByItsTypeItsTitleOrItsNumber()
    {
        CertificateType renamed = new CertificateType(CertificateType.SPECIAL_OPERATION, "作业证（公司规定）", List.of("作业人员证"), List.of(),
                Optional.empty(), Optional.empty(), OptionalInt.empty(), List.of());

        assertThat(CertificateFacts.of(card("作业人员证"), Optional.of(renamed)).specialOperation()).isTrue();
        assertThat(CertificateFacts.unclassified(card("低压电工证")).specialOperation()).isTrue();
        assertThat(CertificateFacts.unclassified(card("作业人员证", "证号", "T320481199806303517")).specialOperation()).isTrue();
        assertThat(CertificateFacts.unclassified(card("作业人员证", "证号", "320481199806303517")).specialOperation()).isFalse();
        assertThat(CertificateFacts.of(card("商标注册证"), Optional.of(TRADEMARK)).specialOperation()).isFalse();
    }

    @Test
    void theCatalogueClassifiesAndFactsAreEqualByCertificateAndType()
    {
        Certificate card = card("低压电工证", "姓名", "张三");

        assertThat(CertificateFacts.of(card, CATALOGUE).type()).contains(SPECIAL_OPERATION);
        assertThat(CertificateFacts.of(card, CATALOGUE)).isEqualTo(CertificateFacts.of(card, Optional.of(SPECIAL_OPERATION)))
                .hasSameHashCodeAs(CertificateFacts.of(card, Optional.of(SPECIAL_OPERATION)))
                .isNotEqualTo(CertificateFacts.unclassified(card));
        assertThat(CertificateFacts.of(card, CertificateCatalogue.empty()).type()).isEmpty();
        assertThat(CertificateFacts.of(card, Optional.of(SPECIAL_OPERATION))).hasToString("CertificateFacts[certificate 0, type special-operation, validity none, review none]");
    }

    @Test
    void builtInRulesJudgeTheTypeTheFactsCarryWithoutClassifyingAgain()
    {
        Certificate trademark = card("商标注册证", "注册号", "12345678", "注册有效期限", "2016年11月28日至2026年11月27日");
        CertificateFacts facts = CertificateFacts.of(trademark, Optional.of(TRADEMARK));
        // None of these rules has a catalogue: the type reaches them only through the facts.
        CertificateCatalogue none = CertificateCatalogue.empty();

        assertThat(new ValidityRule(30, none).evaluate(facts, AS_OF)).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("EXPIRING_SOON");
            assertThat(finding.field()).contains("注册有效期限");
        });
        assertThat(new ValidityRule(30, none).evaluate(trademark, AS_OF)).isEmpty();
        assertThat(new CatalogueRule(none).evaluate(CertificateFacts.of(card("商标注册证"), Optional.of(TRADEMARK)), AS_OF))
                .extracting(Finding::code).containsExactly("REQUIRED_FIELD_MISSING");
        assertThat(new CatalogueRule(none).evaluate(card("商标注册证"), AS_OF)).isEmpty();
        assertThat(new ReviewDateRule(60, none).evaluate(CertificateFacts.of(card("商标注册证", "续展日期", "2026-10-01"), Optional.of(TRADEMARK)), AS_OF))
                .singleElement().extracting(Finding::code).isEqualTo("REVIEW_OVERDUE");
    }

    @Test
    void aRuleWrittenForTheCertificateAloneIsHandedTheCertificateOfTheFacts()
    {
        Certificate card = card("低压电工证", "姓名", "张三");
        List<Certificate> seen = new ArrayList<>();
        CertificateRule plugin = (certificate, asOf) -> {
            seen.add(certificate);
            return List.of();
        };

        assertThat(plugin.evaluate(CertificateFacts.of(card, CATALOGUE), AS_OF)).isEmpty();
        assertThat(seen).containsExactly(card);
    }
}
