package io.certscan.domain.layout;

import io.certscan.domain.certificate.FieldNames;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Labels commonly printed on Chinese certificates, licences and invoices. Knowing them helps tell
 * a label from a value; labels not listed here still pair by geometry. Public for tools that need
 * to tell printed labels from personal values (the recorded-layout writer keeps one, invents the other).
 */
public final class LabelLexicon
{
    private static final Set<String> LABELS = Set.copyOf(List.of(
            // Personal documents and special-operation certificates
            "姓名", "性别", "民族", "出生", "出生日期", "住址", "公民身份号码", "身份证号", "身份证号码", "证号", "证件号码", "证书编号", "证书号",
            "编号", "作业类别", "操作项目", "准操项目", "初领日期", "有效期限", "有效期", "有效期至", "有效日期", "应复审日期", "复审日期",
            "签发机关", "发证机关", "发证日期", "签发日期", "发证单位", "颁发日期", "颁证日期", "工作单位", "文化程度",
            // Business licences and permits
            "名称", "类型", "法定代表人", "负责人", "注册资本", "成立日期", "营业期限", "经营范围", "住所", "统一社会信用代码", "登记机关",
            "经营者", "经营者名称", "经营场所", "主体业态", "经营项目", "许可证编号", "日常监督管理机构", "日常监督管理人员", "投诉举报电话",
            "签发人", "生产地址", "食品类别", "企业名称", "单位名称", "单位负责人", "主要负责人", "注册地址", "地址", "经济类型", "许可范围",
            "资质类别及等级", "资质等级", "证书等级", "业户名称", "经营许可证号", "经济性质", "生产经营场所地址", "行业类别", "质量负责人",
            "企业负责人", "仓库地址", "经营方式", "经营类别", "注册号", "组织机构代码",
            // Patents, trademarks, diplomas, skills
            "专利号", "发明名称", "实用新型名称", "外观设计名称", "发明人", "设计人", "专利申请日", "专利权人", "授权公告日", "授权公告号",
            "注册人", "注册地址", "核定使用商品", "注册有效期限", "学校", "学校名称", "专业", "学历", "学制", "学位", "毕业日期", "入学日期",
            "职业", "职业名称", "等级", "技能等级", "工种", "职业资格等级", "鉴定日期", "发证时间", "评价机构",
            // Invoices
            "发票代码", "发票号码", "开票日期", "校验码", "机器编号", "购买方", "销售方", "纳税人识别号", "合计", "价税合计", "金额",
            "税额", "备注", "收款人", "复核", "开票人", "密码区", "地址、电话", "开户行及账号", "价税合计（大写）", "价税合计(大写)", "货物或应税劳务、服务名称", "项目名称", "规格型号", "单位", "数量", "单价", "税率", "单位地址", "发证部门", "社会信用代码", "经营场所", "有效期间", "批准日期",
            "购买方名称", "销售方名称", "统一社会信用代码/纳税人识别号", "项目名称", "价税合计（小写）", "价税合计(小写)",
            // More licences and permits
            "注册日期", "组成形式", "主体类型", "公司类型", "企业类型", "实收资本", "证照编号", "详细地址", "执业单位", "执业类别", "执业范围",
            "注册证编号", "备案编号", "备案日期", "备案部门", "生产范围", "生产项目", "制证日期", "法定代表人（负责人）",
            "法定代表人(负责人)", "企业法定代表人", "仓库地址", "库房地址", "注册类别", "许可类别", "许可证号", "级别", "类别", "品种",
            "有效期自", "换证日期", "年检日期", "核发日期", "登记日期", "签发日期", "成立时间", "营业场所", "经营地址", "机构名称", "机构地址",
            // ID cards, driving and vehicle licences
            "国籍", "初次领证日期", "准驾车型", "档案编号", "号牌号码", "车辆类型", "所有人", "使用性质", "品牌型号", "车辆识别代号", "发动机号码",
            "核定载人数", "总质量", "整备质量", "外廓尺寸", "签发机关", "公民身份证号码",
            // Tickets and itineraries
            "服务商", "车型", "上车时间", "下车时间", "城市", "起点", "终点", "金额(元)", "金额（元）", "里程", "行程时间", "申请时间", "行程人手机号",
            "候车", "检票", "座位号", "车次", "席别", "乘车人", "序号"));

    /** Endings that make a short phrase a label even when the lexicon does not know it: 单位地址, 发证部门, 专利权人. */
    private static final List<String> LABEL_ENDINGS = List.of(
            "地址", "名称", "日期", "号码", "编号", "代码", "期限", "部门", "机关", "机构", "类型", "类别", "等级", "范围", "场所", "业态",
            "代表人", "负责人", "权人", "明人", "计人", "发人", "册人", "证号", "时间");

    private LabelLexicon() {}

    public static boolean isLabel(String text)
    {
        String name = FieldNames.normalize(text);
        return LABELS.contains(name) || FieldNames.canonical(name).isPresent();
    }

    /** Every label the lexicon knows, as printed without spaces. */
    public static Set<String> labels()
    {
        return LABELS;
    }

    /** Whether the text is a run of characters found in some known label (姓, 营业, 信用代码). */
    public static boolean partOfLabel(String text)
    {
        String name = FieldNames.normalize(text);
        return !name.isEmpty() && LABELS.stream().anyMatch(label -> label.contains(name));
    }

    /** A short Chinese phrase ending like a label does (地址, 日期, 负责人 …). */
    static boolean looksLikeLabel(String text)
    {
        String name = FieldNames.normalize(text);
        return name.length() >= 2 && name.length() <= 8 && name.codePoints().allMatch(LabelLexicon::isHan)
                && LABEL_ENDINGS.stream().anyMatch(name::endsWith);
    }

    private static boolean isHan(int codePoint)
    {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** The longest known label the text starts with (spacing ignored), for lines OCR returned whole. */
    public static Optional<String> labelPrefix(String text)
    {
        String compact = FieldNames.normalize(text);
        return LABELS.stream()
                .filter(label -> compact.startsWith(label) && compact.length() > label.length())
                .max(Comparator.comparingInt(String::length));
    }

    /**
     * A label OCR misread by one character (一社会信用代码, its first character lost at the edge)
     * is the known label it is one edit away from, when that label is long enough (five characters
     * or more) for one edit not to make it another.
     */
    static String repaired(String text)
    {
        String name = FieldNames.normalize(text);
        if (name.length() < 4 || isLabel(name)) {
            return text;
        }
        List<String> near = LABELS.stream().filter(label -> label.length() >= 5 && Math.abs(label.length() - name.length()) <= 1 && oneEditApart(name, label)).toList();
        if (near.size() > 1) {
            // OCR drops characters more often than it invents them: a longer label it lost one of wins.
            near = near.stream().filter(label -> label.length() > name.length()).toList();
        }
        return near.size() == 1 ? near.get(0) : text;
    }

    private static boolean oneEditApart(String first, String second)
    {
        if (first.length() == second.length()) {
            int differences = 0;
            for (int i = 0; i < first.length(); i++) {
                differences += first.charAt(i) == second.charAt(i) ? 0 : 1;
            }
            return differences == 1;
        }
        String shorter = first.length() < second.length() ? first : second;
        String longer = shorter == first ? second : first;
        for (int skip = 0; skip < longer.length(); skip++) {
            if ((longer.substring(0, skip) + longer.substring(skip + 1)).equals(shorter)) {
                return true;
            }
        }
        return false;
    }

    /** Whether two or more short pieces read together make a known label: 姓 + 名, 证 + 号. */
    static boolean joinsIntoLabel(List<String> pieces)
    {
        return isLabel(String.join("", pieces));
    }
}
