package io.certscan.domain.layout;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.geometry.Point;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.text.TextLine;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Layouts of real documents as OCR or a text layer read them: every box, confidence and label as
 * read, every value invented by {@code synthetic/run record} (names, numbers, addresses and dates
 * are random characters of the same kind, so the values below mean nothing). Each asserts the
 * pairs the real document gives, so a change to the layout that loses one shows here in
 * milliseconds, without ONNX and without anyone's data.
 */
class RecordedLayoutsTest
{
    private final LayoutExtractor extractor = new LayoutExtractor();

    @Test
    void landscapeLicenceWithLetterSpacedLabelsInTwoColumns()
    {
        // 名 and 称 read apart, 成立日期2 and 期 2015… read twice over each other, a QR code's caption
        // beside the credit code's label, the address wrapped under the other column's value.
        Certificate licence = single("licence-landscape-two-columns");

        assertThat(licence.title()).contains("营业执照");
        assertThat(fields(licence)).containsAllEntriesOf(Map.of(
                "统一社会信用代码", "63836333377575777P",
                "名称", "泰丁戊和丑辰午未昌木",
                "注册资本", "木信卯信万元安冬辛",
                "成立日期", "7635年67月77日",
                "法定代表人", "木祥昌",
                "营业期限", "长期",
                "住所", "泰丁木丁申卯和祥川秋辛南海和祥甲海海和兴林s东3567室"));
        assertThat(fields(licence).get("经营范围")).startsWith("电子丑壬元盛兴、").endsWith("）");
    }

    @Test
    void portraitLicenceWhoseLabelColumnWasReadAsVerticalLines()
    {
        // 名/类/经 of three rows came back as one tall line; 称广州… style glue; 组 成 形 式 spread out.
        Certificate licence = single("licence-portrait-vertical-label-column");

        assertThat(fields(licence)).containsAllEntriesOf(Map.of(
                "统一社会信用代码", "24779124242R2T2E1",
                "经营者", "海癸盛",
                "组成形式", "泰辰巳春",
                "注册日期", "4961年92月62日"));
        assertThat(fields(licence)).containsKeys("名称", "类型", "经营场所", "经营范围", "登记机关");
        // The footer's website is furniture, not a field.
        assertThat(fields(licence).values()).noneMatch(value -> value.contains("//"));
    }

    @Test
    void recordWithLabelCellsAndALabelWrappedInItsCell()
    {
        // 统一社会信用代 over 码 in one cell; the value cells set a little lower than their labels.
        Certificate record = single("record-table-cells");

        assertThat(record.title()).contains("第二类医疗器械经营备案凭证");
        assertThat(fields(record)).containsAllEntriesOf(Map.of(
                "备案编号", "甲亥水土森申土戌05033280号",
                "企业名称", "辛乙巳北东信水丑戌达川",
                "统一社会信用代码", "40505052IMLNAC2X90",
                "法定代表人", "庚申",
                "企业负责人", "庚申",
                "经营方式", "川北",
                "经营场所", "信053、055号"));
    }

    @Test
    void digitalInvoiceWithPartiesSideBySideMarkedTopToBottom()
    {
        // 购买方信息 and 销售方信息 written one character under the other at each block's left.
        Certificate invoice = single("einvoice-side-by-side-parties");

        assertThat(invoice.title()).contains("电子发票（普通发票）");
        assertThat(fields(invoice)).containsAllEntriesOf(Map.of(
                "发票号码", "41327111111731232374",
                "开票日期", "4141年13月41日",
                "购买方名称", "卯庚庚",
                "销售方名称", "戌昌丙隆巳丙木未庚子福瑞山",
                "销售方统一社会信用代码/纳税人识别号", "02321221311630763E",
                "价税合计", "¥2237.11",
                "开票人", "巳福"));
        assertThat(fields(invoice)).doesNotContainKeys("名称", "购", "信", "信息");
    }

    @Test
    void itineraryWithATableUnderItsHeader()
    {
        Certificate itinerary = single("itinerary-table");

        assertThat(fields(itinerary)).containsAllEntriesOf(Map.of(
                "申请时间", "4144-16-45",
                "服务商", "小卯戌火",
                "车型", "小卯丙森海",
                "上车时间", "4144-16-40 44:66",
                "城市", "成和和",
                "终点", "万盛安(明未隆辛)",
                "金额(元)", "11.14"));
        assertThat(fields(itinerary)).doesNotContainKey("页码");
    }

    private Certificate single(String layout)
    {
        List<Certificate> certificates = extractor.extract(lines(layout));
        assertThat(certificates).hasSize(1);
        return certificates.get(0);
    }

    private static Map<String, String> fields(Certificate certificate)
    {
        Map<String, String> fields = new LinkedHashMap<>();
        for (ExtractedField field : certificate.fields()) {
            fields.merge(field.name(), field.value(), (first, second) -> first + "|" + second);
        }
        return fields;
    }

    /** Eight corner coordinates, the confidence and the text of each line, tab-separated. */
    static List<TextLine> lines(String layout)
    {
        try (InputStream input = RecordedLayoutsTest.class.getResourceAsStream("recorded/" + layout + ".tsv")) {
            assertThat(input).as(layout).isNotNull();
            List<TextLine> lines = new ArrayList<>();
            BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8));
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                if (row.startsWith("#") || row.isBlank()) {
                    continue;
                }
                String[] cells = row.split("\t", 10);
                double[] corners = new double[8];
                for (int i = 0; i < 8; i++) {
                    corners[i] = Double.parseDouble(cells[i]);
                }
                lines.add(new TextLine(cells[9], new Quadrilateral(new Point(corners[0], corners[1]), new Point(corners[2], corners[3]),
                        new Point(corners[4], corners[5]), new Point(corners[6], corners[7])), Double.parseDouble(cells[8])));
            }
            return lines;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
