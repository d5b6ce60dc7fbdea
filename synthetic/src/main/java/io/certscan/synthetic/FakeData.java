package io.certscan.synthetic;

import io.certscan.domain.identifier.OrganizationCode;
import io.certscan.domain.identifier.ResidentIdNumber;
import io.certscan.domain.identifier.UnifiedSocialCreditCode;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** Plausible values for certificate fields, drawn from a seeded random source so sets are reproducible. */
final class FakeData
{
    private static final String SURNAMES = "张王李赵刘陈杨黄周吴徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴莫孔向汤常";
    private static final List<String> GIVEN_NAMES = List.of(
            "敞", "鹏", "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "霞", "平", "刚",
            "桂英", "浩然", "宇轩", "梓涵", "欣怡", "晨阳", "博文", "子涵", "建国", "志强", "海燕", "晓东", "俊杰", "雨桐", "思远", "嘉怡", "佳琪");
    private static final List<String> PROVINCES = List.of("江苏省", "浙江省", "广东省", "山东省", "四川省", "湖北省", "河南省", "福建省");
    private static final List<String> CITIES = List.of("南京市", "杭州市", "广州市", "济南市", "成都市", "武汉市", "郑州市", "福州市", "苏州市", "宁波市");
    private static final List<String> DISTRICTS = List.of("鼓楼区", "西湖区", "天河区", "历下区", "锦江区", "江汉区", "金水区", "仓山区", "姑苏区", "鄞州区");
    private static final List<String> ROADS = List.of("中山路", "解放路", "人民路", "建设路", "和平路", "长江路", "文化路", "新华路", "北京路", "青年路");
    private static final List<String> BRANDS = List.of("华信", "恒达", "金诚", "瑞丰", "鼎盛", "宏远", "新时代", "嘉和", "永泰", "正兴", "博源", "安康");
    private static final List<String> TRADES = List.of("科技", "餐饮管理", "医药", "建设工程", "物流", "食品", "环保科技", "信息技术", "运输", "商贸");
    private static final String REGIONS = "110105320481330106440305510104420102410105350102320505330212";

    private final Random random;

    FakeData(Random random)
    {
        this.random = random;
    }

    String personName()
    {
        return SURNAMES.charAt(random.nextInt(SURNAMES.length())) + pick(GIVEN_NAMES);
    }

    String sex()
    {
        return random.nextBoolean() ? "男" : "女";
    }

    LocalDate date(int fromYear, int toYear)
    {
        return LocalDate.of(fromYear, 1, 1).plusDays(random.nextInt((toYear - fromYear + 1) * 365));
    }

    /** A resident ID number with a correct check character (GB 11643). */
    String residentIdNumber()
    {
        int region = random.nextInt(REGIONS.length() / 6);
        LocalDate birth = date(1960, 2002);
        String body = REGIONS.substring(region * 6, region * 6 + 6) + "%04d%02d%02d%03d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), random.nextInt(1000));
        return body + ResidentIdNumber.checkCharacter(body);
    }

    /** A unified social credit code with a correct check character (GB 32100). */
    String creditCode()
    {
        String alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        StringBuilder organization = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            organization.append(alphabet.charAt(random.nextInt(i < 2 ? 10 : alphabet.length())));
        }
        // The embedded organisation code carries its own check character (GB 11714).
        organization.append(OrganizationCode.checkCharacter(organization.toString()));
        String first17 = "91" + REGIONS.substring(6 * random.nextInt(REGIONS.length() / 6)).substring(0, 6) + organization;
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    String digits(int count)
    {
        StringBuilder digits = new StringBuilder();
        for (int i = 0; i < count; i++) {
            digits.append((char) ('0' + random.nextInt(10)));
        }
        return digits.toString();
    }

    String address()
    {
        return pick(PROVINCES) + pick(CITIES) + pick(DISTRICTS) + pick(ROADS) + (1 + random.nextInt(300)) + "号";
    }

    String company()
    {
        return pick(CITIES).replace("市", "") + pick(BRANDS) + pick(TRADES) + "有限公司";
    }

    String authority(String suffix)
    {
        return pick(CITIES) + suffix;
    }

    String money()
    {
        return (10 + random.nextInt(990)) + "万元人民币";
    }

    int nextInt(int bound)
    {
        return random.nextInt(bound);
    }

    boolean chance(double probability)
    {
        return random.nextDouble() < probability;
    }

    double between(double low, double high)
    {
        return low + random.nextDouble() * (high - low);
    }

    double gaussian()
    {
        return random.nextGaussian();
    }

    <T> T pick(List<T> values)
    {
        return values.get(random.nextInt(values.size()));
    }
}
