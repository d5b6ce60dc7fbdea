package io.certscan.bootstrap.rules;

import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.certificate.Certificate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RulePacksTest
{
    @TempDir
    Path directory;

    @Test
    void theBuiltInCatalogueHasTheCommonTypes()
    {
        CertificateCatalogue catalogue = RulePacks.builtIn();

        assertThat(catalogue.types()).hasSizeGreaterThanOrEqualTo(15);
        assertThat(catalogue.types()).extracting(CertificateType::name).contains("特种作业操作证", "营业执照", "食品经营许可证", "食品生产许可证",
                "药品经营许可证", "医疗器械经营许可证", "道路运输经营许可证", "安全生产许可证", "建筑业企业资质证书", "专利证书", "商标注册证",
                "学历/学位证书", "职业资格/职业技能等级证书", "增值税发票", "排污许可证");
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "低压电工证, special-operation", "特种作业操作证, special-operation", "焊工证, special-operation",
            "营业执照, business-licence", "食品经营许可证, food-business-licence", "食品生产许可证, food-production-licence",
            "药品经营许可证, drug-business-licence", "医疗器械经营许可证, medical-device-business-licence", "道路运输经营许可证, road-transport-licence",
            "安全生产许可证, work-safety-licence", "建筑业企业资质证书, construction-qualification", "发明专利证书, patent", "商标注册证, trademark",
            "普通高等学校毕业证书, academic-certificate", "学士学位证书, academic-certificate", "职业技能等级证书, vocational-qualification",
            "浙江增值税电子普通发票, vat-invoice", "排污许可证, pollutant-discharge-permit", "居住证, unclassified", "电子凭证, unclassified"})
    void titlesAreClassified(String title, String id)
    {
        Certificate certificate = new Certificate(0, Optional.of(title), List.of(), Optional.empty());

        assertThat(RulePacks.builtIn().classify(certificate).map(CertificateType::id).orElse(CertificateType.UNCLASSIFIED)).isEqualTo(id);
    }

    @Test
    void aPackAddsTypesAndRedefinesKnownOnes()
            throws IOException
    {
        Path pack = write("company.json", """
                {"types": [
                  {"id": "crane-operator", "name": "起重机司机证", "titles": ["起重机司机证"],
                   "required_fields": ["证号", ["准操项目", "作业项目"]], "review_field": "下次复审日期", "max_validity_years": 4,
                   "checks": [{"field": "档案编号", "format": "QZ\\\\d{8}", "description": "QZ 加 8 位数字"}]},
                  {"id": "business-licence", "name": "营业执照", "titles": ["营业执照"], "required_fields": ["统一社会信用代码", "消防安全责任人"]}
                ]}
                """);
        List<String> problems = new ArrayList<>();

        CertificateCatalogue catalogue = RulePacks.catalogue(List.of(pack), problems);

        assertThat(problems).isEmpty();
        CertificateType crane = catalogue.types().stream().filter(type -> type.id().equals("crane-operator")).findFirst().orElseThrow();
        assertThat(crane.requiredFields()).containsExactly(List.of("证号"), List.of("准操项目", "作业项目"));
        assertThat(crane.reviewField()).contains("下次复审日期");
        assertThat(crane.maxValidityYears()).hasValue(4);
        assertThat(crane.checks()).singleElement().satisfies(check -> assertThat(check.format().orElseThrow().pattern()).isEqualTo("QZ\\d{8}"));
        assertThat(catalogue.types().stream().filter(type -> type.id().equals("business-licence")).findFirst().orElseThrow().requiredFields())
                .containsExactly(List.of("统一社会信用代码"), List.of("消防安全责任人"));
        assertThat(catalogue.types()).hasSize(RulePacks.builtIn().types().size() + 1);
    }

    @Test
    void theReadmesRulePackLoadsAsWritten()
            throws IOException
    {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```json\n{\"types\": [");
        Path pack = write("readme.json", readme.substring(start + "```json\n".length(), readme.indexOf("```", start + 7)));
        List<String> problems = new ArrayList<>();

        CertificateCatalogue catalogue = RulePacks.catalogue(List.of(pack), problems);

        assertThat(problems).isEmpty();
        assertThat(catalogue.types()).extracting(CertificateType::id).contains("crane-operator");
    }

    @Test
    void everyProblemOfAPackIsNamedWithItsFileAndLine()
            throws IOException
    {
        Path pack = write("broken.json", """
                {"types": [
                  {"id": "crane-operator",
                   "name": "起重机司机证",
                   "titles": ["起重机司机证"],
                   "max_validity_years": 2.5,
                   "checks": [
                     {"field": "证号", "identifier": "passport"},
                     {"field": "档案编号", "format": "QZ[0-9"}
                   ],
                   "titel": "typo"
                  },
                  {"name": "no id"}
                ]}
                """);
        List<String> problems = new ArrayList<>();

        RulePacks.catalogue(List.of(pack, directory.resolve("missing.json")), problems);

        assertThat(problems).containsExactly(
                "rules pack " + pack + " line 10: unknown key \"titel\" (known: checks, id, max_validity_years, name, required_fields, review_field, titles, validity_field)",
                "rules pack " + pack + " line 5: must be a whole number of years from 1 to 100",
                "rules pack " + pack + " line 7: unknown identifier check 'passport' (known: resident-id, credit-code, organization-code, special-operation-number)",
                "rules pack " + pack + " line 8: not a regular expression: Unclosed character class",
                "rules pack " + pack + " line 12: \"id\" is missing",
                "rules pack " + pack + " line 12: must be a non-empty array of non-empty strings",
                "rules pack " + directory.resolve("missing.json") + " does not exist");
    }

    @Test
    void malformedJsonIsReportedWithTheLineWhereItBreaks()
            throws IOException
    {
        Path pack = write("malformed.json", "{\"types\": [\n  {\"id\": \"a\",\n   \"name\" \"no colon\"}\n]}\n");
        List<String> problems = new ArrayList<>();

        RulePacks.catalogue(List.of(pack), problems);

        assertThat(problems).singleElement().asString().startsWith("rules pack " + pack + " line ").contains("not valid JSON");
    }

    @Test
    void linesOfPathsAreFound()
    {
        String json = "{\n \"a\": [\n  {\"b\": 1},\n  {\"b\": \"x,y\",\n   \"c\": {\"d\": [true, null]}}\n ]\n}";

        assertThat(JsonLines.lineOf(json, "$.a")).isEqualTo(2);
        assertThat(JsonLines.lineOf(json, "$.a[0].b")).isEqualTo(3);
        assertThat(JsonLines.lineOf(json, "$.a[1].b")).isEqualTo(4);
        assertThat(JsonLines.lineOf(json, "$.a[1].c.d[1]")).isEqualTo(5);
        assertThat(JsonLines.lineOf(json, "$.nowhere")).isZero();
    }

    private Path write(String name, String text)
            throws IOException
    {
        Path file = directory.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
