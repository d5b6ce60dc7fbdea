package io.certscan.synthetic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A kind of certificate: its title and how to fill its fields with plausible values. */
record CertificateTemplate(String title, Function<FakeData, Map<String, String>> fields)
{
    private static final DateTimeFormatter ISO = DateTimeFormatter.ISO_LOCAL_DATE;
    private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年MM月dd日");
    private static final DateTimeFormatter DOTTED = DateTimeFormatter.ofPattern("yyyy.MM.dd");

    static final List<CertificateTemplate> ALL = List.of(
            new CertificateTemplate("低压电工证", data -> {
                LocalDate first = data.date(2015, 2024);
                return fields(
                        "证号", "T" + data.residentIdNumber(),
                        "姓名", data.personName(),
                        "性别", data.sex(),
                        "作业类别", "电工作业",
                        "操作项目", "低压电工作业",
                        "初领日期", first.format(ISO),
                        "有效期限", first.format(ISO) + "至" + first.plusYears(6).minusDays(1).format(ISO),
                        "应复审日期", first.plusYears(3).minusDays(1).format(ISO) + "前",
                        "签发机关", data.pick(List.of("江苏省应急管理厅", "浙江省应急管理厅", "广东省应急管理厅")));
            }),
            new CertificateTemplate("营业执照", data -> {
                LocalDate founded = data.date(2005, 2023);
                return fields(
                        "统一社会信用代码", data.creditCode(),
                        "名称", data.company(),
                        "类型", "有限责任公司(自然人投资或控股)",
                        "法定代表人", data.personName(),
                        "注册资本", data.money(),
                        "成立日期", founded.format(CHINESE),
                        "营业期限", founded.format(CHINESE) + "至" + (data.chance(0.5) ? "长期" : founded.plusYears(30).format(CHINESE)),
                        "住所", data.address(),
                        "经营范围", "一般项目：技术服务、技术开发、技术咨询、技术交流、技术转让、技术推广；软件开发；信息系统集成服务；数据处理和存储支持服务；销售代理。");
            }),
            new CertificateTemplate("食品经营许可证", data -> {
                LocalDate issued = data.date(2019, 2024);
                return fields(
                        "经营者名称", data.company(),
                        "社会信用代码", data.creditCode(),
                        "法定代表人", data.personName(),
                        "经营场所", data.address(),
                        "主体业态", data.pick(List.of("餐饮服务经营者", "食品销售经营者", "单位食堂")),
                        "经营项目", "预包装食品销售（含冷藏冷冻食品）；热食类食品制售",
                        "许可证编号", "JY1" + data.digits(13),
                        "有效期至", issued.plusYears(5).minusDays(1).format(CHINESE),
                        "签发人", data.personName());
            }),
            new CertificateTemplate("药品经营许可证", data -> {
                LocalDate issued = data.date(2019, 2024);
                return fields(
                        "企业名称", data.company(),
                        "注册地址", data.address(),
                        "法定代表人", data.personName(),
                        "质量负责人", data.personName(),
                        "经营方式", data.pick(List.of("零售", "批发")),
                        "经营范围", "中成药、化学药制剂、抗生素制剂、生化药品、生物制品",
                        "证号", data.pick(List.of("苏", "浙", "粤")) + "AA" + data.digits(7),
                        "有效期至", issued.plusYears(5).format(DOTTED),
                        "发证机关", data.authority("市场监督管理局"));
            }),
            new CertificateTemplate("专利证书", data -> {
                LocalDate filed = data.date(2016, 2022);
                return fields(
                        "发明名称", data.pick(List.of("一种证件信息识别方法及装置", "一种基于图像的文本检测系统", "一种低压配电柜的散热结构")),
                        "发明人", data.personName() + "；" + data.personName(),
                        "专利号", "ZL " + filed.getYear() + " 1 " + data.digits(4) + "." + data.nextInt(10),
                        "专利申请日", filed.format(CHINESE),
                        "专利权人", data.company(),
                        "授权公告日", filed.plusYears(2).format(CHINESE),
                        "授权公告号", "CN " + data.digits(9) + " B");
            }),
            new CertificateTemplate("职业技能等级证书", data -> fields(
                    "姓名", data.personName(),
                    "性别", data.sex(),
                    "身份证号", data.residentIdNumber(),
                    "职业名称", data.pick(List.of("电工", "焊工", "保育师", "中式烹调师", "育婴员")),
                    "技能等级", data.pick(List.of("五级/初级工", "四级/中级工", "三级/高级工")),
                    "证书编号", "S" + data.digits(6) + "0" + data.digits(3) + "5" + data.digits(5),
                    "发证日期", data.date(2019, 2024).format(CHINESE),
                    "评价机构", data.company())),
            new CertificateTemplate("安全生产许可证", data -> {
                LocalDate issued = data.date(2019, 2024);
                return fields(
                        "编号", "（苏）JZ安许证字〔" + issued.getYear() + "〕" + data.digits(6),
                        "单位名称", data.company(),
                        "主要负责人", data.personName(),
                        "单位地址", data.address(),
                        "经济类型", "有限责任公司",
                        "许可范围", "建筑施工",
                        "有效期", issued.format(CHINESE) + "至" + issued.plusYears(3).minusDays(1).format(CHINESE),
                        "发证机关", data.pick(List.of("江苏省住房和城乡建设厅", "浙江省住房和城乡建设厅")));
            }),
            new CertificateTemplate("道路运输经营许可证", data -> fields(
                    "业户名称", data.company(),
                    "地址", data.address(),
                    "经济性质", "有限责任公司",
                    "经营范围", "普通货运，货物专用运输（集装箱）",
                    "证号", data.pick(List.of("苏", "浙")) + "交运管许可" + data.pick(List.of("宁", "杭")) + "字" + data.digits(12) + "号",
                    "有效期限", data.date(2021, 2024).format(ISO) + "至" + data.date(2025, 2029).format(ISO),
                    "发证机关", data.authority("交通运输局"))),
            new CertificateTemplate("毕业证书", data -> {
                LocalDate enrolled = data.date(2010, 2020).withMonth(9).withDayOfMonth(1);
                return fields(
                        "姓名", data.personName(),
                        "性别", data.sex(),
                        "出生日期", data.date(1990, 2002).format(CHINESE),
                        "专业", data.pick(List.of("计算机科学与技术", "电气工程及其自动化", "会计学", "护理学")),
                        "学制", "四年",
                        "入学日期", enrolled.format(CHINESE),
                        "毕业日期", enrolled.plusYears(4).withMonth(6).withDayOfMonth(30).format(CHINESE),
                        "学校名称", data.pick(List.of("南京工业大学", "浙江工商大学", "华南理工大学")),
                        "证书编号", "1" + data.digits(17));
            }),
            new CertificateTemplate("增值税电子普通发票", data -> fields(
                    "发票代码", "0" + data.digits(11),
                    "发票号码", data.digits(8),
                    "开票日期", data.date(2020, 2024).format(CHINESE),
                    "校验码", data.digits(5) + " " + data.digits(5) + " " + data.digits(5) + " " + data.digits(5),
                    "机器编号", data.digits(12),
                    "纳税人识别号", data.creditCode(),
                    "价税合计", "¥" + (10 + data.nextInt(9000)) + "." + data.digits(2))),
            new CertificateTemplate("医疗器械经营许可证", data -> fields(
                    "企业名称", data.company(),
                    "法定代表人", data.personName(),
                    "企业负责人", data.personName(),
                    "经营方式", "批零兼营",
                    "经营场所", data.address(),
                    "许可证编号", data.pick(List.of("苏", "浙")) + "食药监械经营许" + data.date(2018, 2023).getYear() + data.digits(4) + "号",
                    "有效期限", data.date(2019, 2023).format(ISO) + "至" + data.date(2024, 2028).format(ISO),
                    "发证部门", data.authority("市场监督管理局"))),
            new CertificateTemplate("排污许可证", data -> fields(
                    "证书编号", data.creditCode() + "001" + data.pick(List.of("P", "V", "U")),
                    "单位名称", data.company(),
                    "注册地址", data.address(),
                    "法定代表人", data.personName(),
                    "行业类别", data.pick(List.of("汽车整车制造", "印刷", "化学原料制造")),
                    "有效期限", "自" + data.date(2021, 2024).format(CHINESE) + "至" + data.date(2026, 2029).format(CHINESE) + "止",
                    "发证机关", data.authority("生态环境局"))));

    private static Map<String, String> fields(String... labelsAndValues)
    {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < labelsAndValues.length; i += 2) {
            fields.put(labelsAndValues[i], labelsAndValues[i + 1]);
        }
        return fields;
    }
}
