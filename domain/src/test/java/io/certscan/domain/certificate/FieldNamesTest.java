package io.certscan.domain.certificate;

import io.certscan.domain.geometry.Quadrilateral;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FieldNamesTest
{
    @ParameterizedTest
    @ValueSource(strings = {"姓名", "姓　　名", "姓 名", " 姓名：", "姓名:", "姓　名：：", "姓\u00a0名∶"})
    void spacingAndTrailingColonsAreRemoved(String printed)
    {
        assertThat(FieldNames.normalize(printed)).isEqualTo("姓名");
    }

    @Test
    void synonymsAreTheSameFieldButKeepTheirPrintedName()
    {
        assertThat(FieldNames.sameField("证号", "证书编号：")).isTrue();
        assertThat(FieldNames.sameField("有效期至", "有效期限")).isTrue();
        assertThat(FieldNames.sameField("姓名", "性别")).isFalse();
        assertThat(FieldNames.canonical("证件号码")).contains("证号");
        // An invoice party's field is the field, whichever party it belongs to.
        assertThat(FieldNames.canonical("销售方纳税人识别号")).contains("统一社会信用代码");
        assertThat(FieldNames.canonical("购买方统一社会信用代码/纳税人识别号")).contains("统一社会信用代码");
        assertThat(FieldNames.sameField("纳税人识别号", "购货单位纳税人识别号")).isTrue();
        assertThat(FieldNames.canonical("销售方")).isEmpty();
        assertThat(FieldNames.canonical("经营范围")).isEmpty();
    }

    @Test
    void certificateFindsFieldsBySynonym()
    {
        Certificate certificate = new Certificate(0, Optional.of("低压电工证"), List.of(
                new ExtractedField("证 书 编 号：", List.of("T11010519491231002X"), 0.99, Quadrilateral.rectangle(0, 0, 10, 10)),
                ExtractedField.withoutLocation("姓名", List.of("张", "敞"))), Optional.empty());

        assertThat(certificate.field("证号")).map(ExtractedField::name).contains("证书编号");
        assertThat(certificate.field("持证人")).map(ExtractedField::value).contains("张敞");
        assertThat(certificate.field("性别")).isEmpty();
    }

    @Test
    void fieldNameMadeOnlyOfSpaceIsRefused()
    {
        assertThatThrownBy(() -> ExtractedField.withoutLocation("　：", List.of("x"))).isInstanceOf(IllegalArgumentException.class);
    }
}
