package io.certscan.domain.layout;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.text.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class LayoutExtractorTest
{
    private final LayoutExtractor extractor = new LayoutExtractor();

    @Test
    void labelColumnBesideValueColumnAsOnTheDocumentationsCard()
    {
        List<TextLine> lines = new ArrayList<>();
        lines.add(line("低压电工证", 520, 60, 64));
        String[][] pairs = {{"证号", "T320481199806303517"}, {"姓名", "张敞"}, {"性别", "男"}, {"有效期限", "2021-10-08至2027-10-07"}, {"签发机关", "江苏省应急管理厅"}};
        int top = 190;
        for (String[] pair : pairs) {
            lines.add(line(pair[0], 120, top, 40));
            lines.add(line(pair[1], 420, top, 40));
            top += 72;
        }

        List<Certificate> certificates = extractor.extract(lines);

        assertThat(certificates).singleElement().satisfies(card -> {
            assertThat(card.title()).contains("低压电工证");
            assertThat(fields(card)).containsExactly(
                    Map.entry("证号", "T320481199806303517"), Map.entry("姓名", "张敞"), Map.entry("性别", "男"),
                    Map.entry("有效期限", "2021-10-08至2027-10-07"), Map.entry("签发机关", "江苏省应急管理厅"));
        });
    }

    @Test
    void colonLinesAreSplitAndSoAreLabelsFusedWithTheirValue()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("特种作业操作证", 300, 40, 60),
                line("证号：T320481199806303517", 100, 160, 36),
                line("姓名张敞", 100, 220, 36),
                line("性 别 : 男", 100, 280, 36),
                line("经营期限：2015年06月01日至长期", 100, 340, 36)));

        assertThat(fields(certificates.get(0))).containsExactly(
                Map.entry("证号", "T320481199806303517"), Map.entry("姓名", "张敞"), Map.entry("性别", "男"), Map.entry("经营期限", "2015年06月01日至长期"));
    }

    @ParameterizedTest
    @ValueSource(strings = {":", "：", "∶"})
    void eachColonOfTheOneSetSplitsALabelFromItsValueAndEndsAnEnglishSubLabel(String colon)
    {
        // FieldNames.COLONS: ASCII, full-width, and the ratio sign OCR reads for either.
        Certificate card = extractor.extract(List.of(line("特种作业操作证", 300, 40, 60), line("证号" + colon + "T320481199806303517", 100, 160, 36),
                line("住址", 100, 220, 36), line("Address" + colon, 180, 226, 24), line("北京市某某区某某路1号", 400, 220, 36))).get(0);

        assertThat(fields(card)).containsExactly(Map.entry("证号", "T320481199806303517"), Map.entry("住址", "北京市某某区某某路1号"));
    }

    @Test
    void thePlaceLeftForASealIsNoField()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("增值税电子普通发票", 300, 40, 60),
                line("发票号码：12345678", 700, 120, 30),
                line("开票人：王五", 100, 600, 30),
                line("销售方：（章）", 700, 600, 30)));

        assertThat(fields(certificates.get(0))).containsExactly(Map.entry("发票号码", "12345678"), Map.entry("开票人", "王五"));
    }

    @Test
    void letterSpacedLabelReadAsSeparatePiecesIsOneLabel()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("职业技能等级证书", 300, 40, 60),
                line("姓", 100, 160, 36), line("名", 220, 160, 36), line("李四", 420, 160, 36),
                line("职业名称", 100, 220, 36), line("电工", 420, 220, 36)));

        assertThat(fields(certificates.get(0))).containsExactly(Map.entry("姓名", "李四"), Map.entry("职业名称", "电工"));
    }

    @Test
    void twoPairsPerRowAndLabelAboveValue()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("食品经营许可证", 300, 40, 60),
                line("经营者名称", 80, 160, 32), line("某某餐饮有限公司", 300, 160, 32), line("许可证编号", 800, 160, 32), line("JY13301020012345", 1000, 160, 32),
                line("法定代表人", 80, 230, 32), line("王五", 300, 230, 32), line("有效期至", 800, 230, 32), line("2026年06月30日", 1000, 230, 32),
                line("日常监督管理机构", 80, 320, 32),
                line("杭州市上城区市场监督管理局", 80, 362, 32)));

        assertThat(fields(certificates.get(0))).containsExactly(
                Map.entry("经营者名称", "某某餐饮有限公司"), Map.entry("许可证编号", "JY13301020012345"),
                Map.entry("法定代表人", "王五"), Map.entry("有效期至", "2026年06月30日"),
                Map.entry("日常监督管理机构", "杭州市上城区市场监督管理局"));
    }

    @Test
    void wrappedValuesKeepEveryLineAndUnknownLabelsPairByColumn()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("营业执照", 400, 30, 70),
                line("名称", 100, 160, 32), line("某某科技有限公司", 300, 160, 32),
                line("经营范围", 100, 220, 32), line("软件开发；信息技术咨询服务；", 300, 220, 32),
                line("数据处理和存储支持服务。", 300, 262, 32),
                line("登记事项", 100, 330, 32), line("变更", 300, 330, 32)));

        Certificate card = certificates.get(0);
        assertThat(card.field("经营范围")).map(ExtractedField::words).contains(List.of("软件开发；信息技术咨询服务；", "数据处理和存储支持服务。"));
        assertThat(fields(card)).containsEntry("登记事项", "变更").containsKey("名称");
    }

    @Test
    void cardsSideBySideAndStackedAreNumberedInReadingOrder()
    {
        List<TextLine> lines = new ArrayList<>();
        lines.addAll(card("低压电工证", "张敞", 0, 0));
        lines.addAll(card("高压电工证", "常鹏", 1100, 0));
        lines.addAll(card("焊工证", "王五", 0, 700));

        List<Certificate> certificates = extractor.extract(lines);

        assertThat(certificates).extracting(certificate -> certificate.title().orElse("")).containsExactly("低压电工证", "高压电工证", "焊工证");
        assertThat(certificates).extracting(Certificate::index).containsExactly(0, 1, 2);
        assertThat(certificates).extracting(certificate -> certificate.field("姓名").map(ExtractedField::value).orElse("")).containsExactly("张敞", "常鹏", "王五");
    }

    @Test
    void linesThatPairWithNothingDoNotBecomeFields()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("营业执照", 400, 30, 70),
                line("名称", 100, 160, 32), line("某某科技有限公司", 300, 160, 32),
                line("国家企业信用信息公示系统网址", 600, 600, 20),
                line("市场监督管理局", 700, 500, 28)));

        assertThat(fields(certificates.get(0))).containsOnlyKeys("名称");
    }

    @Test
    void aColonInsideAValueDoesNotMakeALabel()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("营业执照", 400, 30, 70),
                line("经营范围", 100, 160, 32), line("一般项目：技术服务、技术开发；", 300, 160, 32),
                line("许可项目：第二类增值电信业务", 300, 202, 32),
                line("单位地址", 100, 270, 32), line("南京市鼓楼区中山路1号", 300, 270, 32)));

        assertThat(fields(certificates.get(0))).containsExactly(
                Map.entry("经营范围", "一般项目：技术服务、技术开发；许可项目：第二类增值电信业务"), Map.entry("单位地址", "南京市鼓楼区中山路1号"));
    }

    @Test
    void wrappedLineUnderAColonLineStaysInItsValueEvenWithAColon()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("营业执照", 400, 30, 70),
                line("经营范围：一般项目：技术服务、技术转让、技术推", 100, 160, 32),
                line("广：软件开发；销售代理。", 260, 202, 32),
                line("住所：南京市鼓楼区中山路1号", 100, 260, 32)));

        assertThat(fields(certificates.get(0))).containsExactly(
                Map.entry("经营范围", "一般项目：技术服务、技术转让、技术推广：软件开发；销售代理。"), Map.entry("住所", "南京市鼓楼区中山路1号"));
    }

    @Test
    void invoiceHeaderFieldsIndentedUnderEachOtherAreFieldsOfTheirOwn()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("浙江增值税电子普通发票", 390, 34, 48),
                line("发票代码：033002000211", 842, 40, 22), line("发票号码：83089647", 842, 71, 22),
                line("机器编号：", 34, 134, 22), line("校 验 码：16197 83356 74145 07415", 842, 134, 22),
                line("名 称：江苏京利华新材料有限公司", 77, 177, 22), line("纳税人识别号：91320115MA202UKD7X", 77, 200, 22),
                line("开户行及账号：", 77, 268, 22), line("27<<-<-6+3>896019*0119*93+3/", 720, 266, 24)));

        assertThat(fields(certificates.get(0))).containsExactly(
                Map.entry("发票代码", "033002000211"), Map.entry("发票号码", "83089647"), Map.entry("校验码", "16197 83356 74145 07415"),
                Map.entry("名称", "江苏京利华新材料有限公司"), Map.entry("纳税人识别号", "91320115MA202UKD7X"));
    }

    @Test
    void partyLabelsTakeTheirSectionAboveAndBelowTheGoodsTable()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("浙江增值税电子普通发票", 390, 34, 48),
                line("名 称：某某大学", 77, 177, 22), line("纳税人识别号：121000004507193117", 77, 200, 22),
                line("货物或应税劳务、服务名称", 40, 298, 22), line("金 额", 850, 298, 22),
                line("*信息技术服务*软件服务费", 40, 325, 22), line("107.55", 850, 325, 22),
                line("名 称：某某计算有限公司", 77, 594, 22), line("纳税人识别号：91330106673959654P", 77, 618, 22),
                line("开票人：某某", 620, 716, 22)));

        assertThat(fields(certificates.get(0))).containsAllEntriesOf(Map.of(
                "购买方名称", "某某大学", "购买方纳税人识别号", "121000004507193117",
                "销售方名称", "某某计算有限公司", "销售方纳税人识别号", "91330106673959654P", "开票人", "某某"));
    }

    @Test
    void sideMarksWrittenTopToBottomNameTheBlockBesideThemAndAreNoFields()
    {
        // 数电: buyer and seller side by side, each block marked by a vertical 购买方信息 / 销售方信息.
        List<TextLine> lines = new ArrayList<>(List.of(
                line("电子发票（普通发票）", 386, 52, 35),
                line("名称：张某", 64, 195, 15), line("名称：上海某某旅行社有限公司", 634, 195, 15),
                line("统一社会信用代码/纳税人识别号：", 64, 256, 15), line("统一社会信用代码/纳税人识别号：91310110350849784X", 634, 256, 15),
                line("项目名称", 89, 307, 14), line("金  额", 812, 307, 14)));
        String[] buyer = {"购", "买", "方", "信", "息"};
        String[] seller = {"销", "售", "方", "信", "息"};
        for (int i = 0; i < buyer.length; i++) {
            lines.add(line(buyer[i], 32, 190 + 20 * i, 14));
            lines.add(line(seller[i], 602, 190 + 20 * i, 14));
        }

        List<Certificate> certificates = extractor.extract(lines);

        assertThat(fields(certificates.get(0))).containsExactly(
                Map.entry("购买方名称", "张某"), Map.entry("销售方名称", "上海某某旅行社有限公司"),
                Map.entry("销售方统一社会信用代码/纳税人识别号", "91310110350849784X"));
    }

    @Test
    void aTableHeaderNamesTheValuesInItsColumnsRowByRow()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("打车行程单", 323, 150, 38),
                line("申请时间：2021-04-28", 91, 287, 13),
                line("服务商", 158, 385, 14), line("车型", 269, 385, 14), line("上车时间", 381, 385, 14), line("城市", 527, 385, 14), line("金额(元)", 1027, 385, 14),
                line("某某出行", 154, 456, 12), line("经济型", 250, 456, 12), line("2021-04-27 22:44", 350, 456, 12), line("成都市", 522, 456, 12), line("30.31", 1039, 456, 12),
                line("某某出行", 154, 480, 12), line("舒适型", 250, 480, 12), line("2021-04-28 08:10", 350, 480, 12), line("成都市", 522, 480, 12), line("12.00", 1039, 480, 12),
                line("1. 报销金额请以发票金额为准。", 81, 554, 12)));

        Certificate card = certificates.get(0);
        assertThat(card.fields()).extracting(ExtractedField::name).containsExactly(
                "申请时间", "服务商", "服务商", "车型", "车型", "上车时间", "上车时间", "城市", "城市", "金额(元)", "金额(元)");
        assertThat(card.fields("车型")).extracting(ExtractedField::value).containsExactly("经济型", "舒适型");
        assertThat(card.fields("金额(元)")).extracting(ExtractedField::value).containsExactly("30.31", "12.00");
    }

    @Test
    void everyLineReadIsPlacedInTheFieldItWentIntoOrInNone()
    {
        List<TextLine> lines = List.of(
                line("低压电工证", 520, 60, 64),
                line("姓", 120, 190, 40), line("名", 220, 190, 40), line("张敞", 420, 190, 40),
                line("证号：T320481199806303517", 120, 262, 40),
                line("江苏省应急管理厅专用章", 700, 400, 30));

        Layout layout = extractor.layout(lines);

        assertThat(layout.certificates()).hasSize(1);
        assertThat(layout.lines()).extracting(Layout.PlacedLine::line).containsExactlyElementsOf(lines);
        assertThat(layout.lines()).extracting(placed -> placed.field().orElse(null))
                .containsExactly("标题", "姓名", "姓名", "姓名", "证号", null);
        assertThat(layout.lines()).allSatisfy(placed -> assertThat(placed.card()).hasValue(0));
    }

    @Test
    void aPaperInvoicesUnlabelledCodeAndNumberAtTheTopAreItsCodeAndNumber()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("上海增值税专用发票", 470, 24, 30),
                line("3100094140", 166, 40, 20), line("No 12345678", 612, 41, 20),
                line("开票日期：2010年11月18日", 636, 87, 16),
                line("名 称：某某测试企业", 150, 150, 16), line("纳税人识别号：310101000000000", 150, 172, 16),
                line("货物或应税劳务名称", 100, 230, 16), line("金 额", 600, 230, 16),
                line("合 计", 100, 420, 16), line("¥100.00", 600, 420, 16)));

        assertThat(fields(certificates.get(0))).containsEntry("发票代码", "3100094140").containsEntry("发票号码", "12345678")
                .containsEntry("开票日期", "2010年11月18日").containsEntry("购买方名称", "某某测试企业");
    }

    @Test
    void aTrainTicketIsReadByTheShapeOfItsFieldsAndHasNoTitle()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("候车：二层候车室", 700, 127, 33), line("E123456", 287, 125, 39),
                line("某某站", 303, 172, 49), line("K1234", 560, 181, 40), line("另某西站", 753, 169, 51),
                line("Moumouxi", 772, 219, 33),
                line("02车11A号", 738, 256, 36), line("2018年01月02日08:15开", 270, 261, 34),
                line("一等座", 797, 294, 42), line("￥12.5元", 272, 304, 38), line("限乘当日当次车", 269, 347, 34),
                line("1101011990****1234张某某", 262, 430, 37),
                line("12345678901234E123456 某某售", 258, 571, 36)));

        Certificate ticket = certificates.get(0);
        assertThat(ticket.title()).isEmpty();
        assertThat(fields(ticket)).containsAllEntriesOf(Map.ofEntries(
                Map.entry("候车", "二层候车室"), Map.entry("车票号", "E123456"), Map.entry("始发站", "某某站"), Map.entry("车次号", "K1234"),
                Map.entry("到达站", "另某西站"), Map.entry("出发日期", "2018年01月02日"), Map.entry("时间", "08:15开"),
                Map.entry("车票金额", "￥12.5元"), Map.entry("席别", "一等座"), Map.entry("座位号", "02车11A号"),
                Map.entry("身份证号", "1101011990****1234"), Map.entry("乘客姓名", "张某某"), Map.entry("序列号", "12345678901234E123456")));
    }

    @Test
    void englishNamesBesideOrUnderTheLabelsOfABilingualLicenceArePartOfTheLabels()
    {
        // A driving licence's rows: 姓名 Name, 性别 Sex; the English beside the label, under it, or on its line.
        List<Certificate> certificates = extractor.extract(List.of(
                line("中华人民共和国机动车驾驶证", 300, 40, 50),
                line("证号", 80, 130, 30), line("110101199001011234", 330, 130, 30),
                line("姓名", 80, 190, 30), line("Name", 150, 196, 22), line("张某某", 330, 190, 30),
                line("性别", 700, 190, 30), line("Sex", 770, 196, 22), line("男", 900, 190, 30),
                line("住址", 80, 250, 30), line("Address", 80, 284, 20), line("北京市某某区某某路1号", 330, 250, 30),
                line("准驾车型Class C1", 80, 340, 30),
                line("有效期限", 80, 400, 30), line("Valid Period", 80, 434, 20), line("2016-01-01至2022-01-01", 330, 400, 30)));

        assertThat(fields(certificates.get(0))).containsExactly(
                Map.entry("证号", "110101199001011234"), Map.entry("姓名", "张某某"), Map.entry("性别", "男"),
                Map.entry("住址", "北京市某某区某某路1号"), Map.entry("准驾车型", "C1"), Map.entry("有效期限", "2016-01-01至2022-01-01"));
    }

    @Test
    void aSemicolonReadAsAColonInsideAValueDoesNotMakeTheLabelLonger()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("实用新型专利证书", 300, 40, 60),
                line("发明人：徐某某：于某", 100, 160, 36),
                line("专利号：ZL202221721938.9", 100, 220, 36)));

        assertThat(fields(certificates.get(0))).containsExactly(Map.entry("发明人", "徐某某：于某"), Map.entry("专利号", "ZL202221721938.9"));
        assertThat(fields(extractor.extract(List.of(line("实用新型专利证书", 300, 40, 60), line("发明人徐某某：于某", 100, 160, 36))).get(0)))
                .containsExactly(Map.entry("发明人", "徐某某：于某"));
    }

    @Test
    void aPagePhotographedAskewIsLaidOutLevelAndItsBoxesStayWhereTheTextIs()
    {
        // Two columns turned 6° about the page's middle: a long row drifts by more than a line across the page.
        List<TextLine> level = List.of(
                line("食品经营许可证", 500, 40, 60),
                line("经营者名称", 80, 160, 32), line("某某餐饮管理有限公司", 300, 160, 32), line("许可证编号", 900, 160, 32), line("JY13301020012345", 1100, 160, 32),
                line("法定代表人", 80, 230, 32), line("王五", 300, 230, 32), line("有效期至", 900, 230, 32), line("2026年06月30日", 1100, 230, 32),
                line("住所", 80, 300, 32), line("某某省某某市某某区某某路一百号", 300, 300, 32), line("发证机关", 900, 300, 32), line("某某市市场监督管理局", 1100, 300, 32));
        double angle = Math.toRadians(6);
        List<TextLine> askew = level.stream().map(line -> new TextLine(line.text(), turned(line.box(), angle), line.confidence())).toList();

        Certificate card = extractor.extract(askew).get(0);

        assertThat(fields(card)).containsExactly(
                Map.entry("经营者名称", "某某餐饮管理有限公司"), Map.entry("许可证编号", "JY13301020012345"),
                Map.entry("法定代表人", "王五"), Map.entry("有效期至", "2026年06月30日"),
                Map.entry("住所", "某某省某某市某某区某某路一百号"), Map.entry("发证机关", "某某市市场监督管理局"));
        ExtractedField authority = card.field("发证机关").orElseThrow();
        Quadrilateral printed = askew.get(askew.size() - 1).box();
        assertThat(authority.location()).hasValueSatisfying(box -> {
            assertThat(box.center().x()).isCloseTo(printed.center().x(), org.assertj.core.api.Assertions.within(2.0));
            assertThat(box.center().y()).isCloseTo(printed.center().y(), org.assertj.core.api.Assertions.within(2.0));
        });
    }

    private static Quadrilateral turned(Quadrilateral box, double angle)
    {
        java.util.function.UnaryOperator<io.certscan.domain.geometry.Point> turn = point -> {
            double x = point.x() - 700;
            double y = point.y() - 200;
            return new io.certscan.domain.geometry.Point(700 + x * Math.cos(angle) - y * Math.sin(angle), 200 + x * Math.sin(angle) + y * Math.cos(angle));
        };
        return new Quadrilateral(turn.apply(box.topLeft()), turn.apply(box.topRight()), turn.apply(box.bottomRight()), turn.apply(box.bottomLeft()));
    }

    @Test
    void twoPairsReadAsOneLineAreTwoFields()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("建筑业企业资质证书", 300, 40, 60),
                line("企业名称：某某建筑工程有限公司地址：某某市物流园48栋", 100, 160, 36),
                line("经营范围：一般项目：技术服务；许可项目：建筑施工", 100, 220, 36)));

        assertThat(fields(certificates.get(0))).containsExactly(
                Map.entry("企业名称", "某某建筑工程有限公司"), Map.entry("地址", "某某市物流园48栋"), Map.entry("经营范围", "一般项目：技术服务；许可项目：建筑施工"));
    }

    @Test
    void theFigureIsTheTotalAndTheWordsKeepTheirQualifier()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("浙江增值税电子普通发票", 390, 34, 48),
                line("价税合计（大写）", 98, 556, 22), line("伍佰贰拾陆圆整", 357, 556, 22), line("（小写）¥526.00", 888, 552, 24),
                line("复 核：管理员", 360, 709, 22)));

        assertThat(fields(certificates.get(0))).containsExactly(
                Map.entry("价税合计（大写）", "伍佰贰拾陆圆整"), Map.entry("价税合计", "¥526.00"), Map.entry("复核", "管理员"));
    }

    @Test
    void letterSpacedLabelKeepsTheValuePrintedAfterItsLastPart()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("北京增值税电子普通发票", 390, 34, 48),
                line("名", 77, 176, 22), line("称：百望股份有限公司", 167, 176, 22), line("密 0092--9<+4-+/8+>-0<1<>157731", 682, 178, 24)));

        assertThat(fields(certificates.get(0))).containsExactly(Map.entry("名称", "百望股份有限公司"));
    }

    @Test
    void aBracketedProvinceStartingAValueIsNoLabel()
    {
        List<Certificate> certificates = extractor.extract(List.of(
                line("安全生产许可证", 300, 30, 60),
                line("编号", 100, 150, 30), line("(苏)JZ安许证字[2021]546710", 100, 190, 30)));

        assertThat(fields(certificates.get(0))).containsExactly(Map.entry("编号", "(苏)JZ安许证字[2021]546710"));
    }

    @Test
    void noLinesNoCertificates()
    {
        assertThat(extractor.extract(List.of())).isEmpty();
        assertThat(extractor.extract(List.of(line("　", 0, 0, 20)))).isEmpty();
    }

    private static List<TextLine> card(String title, String name, double left, double top)
    {
        return List.of(
                line(title, left + 250, top + 30, 56),
                line("姓名", left + 60, top + 150, 32), line(name, left + 300, top + 150, 32),
                line("性别", left + 60, top + 210, 32), line("男", left + 300, top + 210, 32),
                line("有效期限", left + 60, top + 270, 32), line("2021-10-08至2027-10-07", left + 300, top + 270, 32));
    }

    private static TextLine line(String text, double left, double top, double height)
    {
        double width = text.codePoints().mapToDouble(codePoint -> codePoint < 128 ? 0.55 : 1.0).sum() * height;
        return new TextLine(text, Quadrilateral.rectangle(left, top, left + width, top + height), 0.99);
    }

    private static Map<String, String> fields(Certificate certificate)
    {
        Map<String, String> fields = new LinkedHashMap<>();
        certificate.fields().forEach(field -> fields.put(field.name(), field.value()));
        return fields;
    }
}
