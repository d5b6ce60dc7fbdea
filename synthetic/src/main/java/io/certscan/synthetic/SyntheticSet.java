package io.certscan.synthetic;

import io.certscan.adapter.documents.CjkFont;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A reproducible set of generated certificates: every template, layout, installed CJK font and
 * degradation level in turn, every tenth picture holding two cards.
 */
public final class SyntheticSet
{
    private SyntheticSet() {}

    public static List<SyntheticSample> generate(long seed, int count)
    {
        List<SyntheticSample> samples = new ArrayList<>();
        for (int index = 0; index < count; index++) {
            samples.add(sample(seed, index));
        }
        return samples;
    }

    /** The index-th sample of the set in the classic layouts; the same seed and index always give the same picture. */
    public static SyntheticSample sample(long seed, int index)
    {
        return sample(seed, index, Layout.CLASSIC);
    }

    /** The index-th sample of the set drawn in these layouts in turn. */
    public static SyntheticSample sample(long seed, int index, List<Layout> layouts)
    {
        FakeData data = new FakeData(new Random(seed * 1_000_003L + index));
        List<String> fonts = fonts();
        Degradation degradation = Degradation.values()[index % 3];
        Layout layout = layouts.get((index / 3) % layouts.size());
        String font = fonts.get((index / 12) % fonts.size());
        CertificateTemplate template = CertificateTemplate.ALL.get((index * 5 + index / 12) % CertificateTemplate.ALL.size());
        CardRenderer renderer = new CardRenderer();
        BufferedImage image;
        List<TruthCard> truth = new ArrayList<>();
        if (layout == Layout.ID_CARD) {
            // An ID card is its own template: the front prints no title, the back 居民身份证.
            boolean front = index % 2 == 0;
            Map<String, String> fields = front ? idCardFront(data) : idCardBack(data);
            image = front ? renderer.idCardFront(fields, font, data) : renderer.idCardBack(fields, font, data);
            truth.add(new TruthCard(front ? "" : "居民身份证", fields));
        }
        else if (index % 10 == 9 && layout != Layout.PORTRAIT_ZHENGBEN) {
            CertificateTemplate other = CertificateTemplate.ALL.get((index * 7 + 3) % CertificateTemplate.ALL.size());
            Map<String, String> firstFields = template.fields().apply(data);
            Map<String, String> secondFields = other.fields().apply(data);
            BufferedImage first = renderer.render(template.title(), firstFields, layout, font, data);
            BufferedImage second = renderer.render(other.title(), secondFields, layout, font, data);
            boolean sideBySide = index % 20 == 9;
            image = twoCards(first, second, sideBySide);
            truth.add(new TruthCard(template.title(), firstFields));
            truth.add(new TruthCard(other.title(), secondFields));
        }
        else {
            Map<String, String> fields = template.fields().apply(data);
            if (layout == Layout.PORTRAIT_ZHENGBEN && !fields.containsKey(CardRenderer.AUTHORITY)) {
                // A portrait licence prints its registering authority's date under the seal.
                fields = new java.util.LinkedHashMap<>(fields);
                fields.put(CardRenderer.AUTHORITY, data.date(2015, 2024).format(java.time.format.DateTimeFormatter.ofPattern("yyyy年MM月dd日")));
            }
            image = renderer.render(template.title(), fields, layout, font, data);
            truth.add(new TruthCard(template.title(), fields));
        }
        image = degradation.apply(image, data);
        String name = "%03d-%s-%s-%s".formatted(index, degradation.name().toLowerCase(Locale.ROOT), layout.name().toLowerCase(Locale.ROOT),
                truth.size() == 2 ? "two-cards" : "card");
        return new SyntheticSample(name, degradation, layout, font, image, truth);
    }

    static Map<String, String> idCardFront(FakeData data)
    {
        String number = data.residentIdNumber();
        java.time.LocalDate birth = java.time.LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                Integer.parseInt(number.substring(12, 14)));
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("姓名", data.personName());
        fields.put("性别", data.sex());
        fields.put("民族", data.pick(List.of("汉", "回", "满", "壮", "苗")));
        fields.put("出生", birth.getYear() + "年" + birth.getMonthValue() + "月" + birth.getDayOfMonth() + "日");
        fields.put("住址", data.address());
        fields.put("公民身份号码", number);
        return fields;
    }

    static Map<String, String> idCardBack(FakeData data)
    {
        java.time.LocalDate issued = data.date(2012, 2023);
        java.time.format.DateTimeFormatter dotted = java.time.format.DateTimeFormatter.ofPattern("yyyy.MM.dd");
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("签发机关", data.pick(List.of("杭州市公安局西湖分局", "南京市公安局鼓楼分局", "广州市公安局天河分局")));
        fields.put("有效期限", issued.format(dotted) + "-" + issued.plusYears(20).format(dotted));
        return fields;
    }

    /** Two cards on one picture, each at 60 %, side by side or one above the other. */
    static BufferedImage twoCards(BufferedImage first, BufferedImage second, boolean sideBySide)
    {
        BufferedImage a = Degradation.scale(first, 0.6);
        BufferedImage b = Degradation.scale(second, 0.6);
        int gap = 80;
        int width = sideBySide ? a.getWidth() + b.getWidth() + 3 * gap : Math.max(a.getWidth(), b.getWidth()) + 2 * gap;
        int height = sideBySide ? Math.max(a.getHeight(), b.getHeight()) + 2 * gap : a.getHeight() + b.getHeight() + 3 * gap;
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = picture.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            graphics.setColor(new Color(225, 225, 222));
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(a, gap, gap, null);
            if (sideBySide) {
                graphics.drawImage(b, 2 * gap + a.getWidth(), gap, null);
            }
            else {
                graphics.drawImage(b, gap, 2 * gap + a.getHeight(), null);
            }
        }
        finally {
            graphics.dispose();
        }
        return picture;
    }

    /** The installed CJK fonts pages are drawn with ({@link CjkFont}), each in turn; fails clearly when there is none. */
    public static List<String> fonts()
    {
        List<String> fonts = CjkFont.installedFamilies().stream()
                .filter(family -> new Font(family, Font.PLAIN, 20).canDisplayUpTo("低压电工证张敞") == -1)
                .toList();
        if (fonts.isEmpty()) {
            throw new IllegalStateException("no CJK font installed (Debian: apt-get install fonts-wqy-zenhei fonts-wqy-microhei fonts-arphic-uming fonts-arphic-ukai)");
        }
        return fonts;
    }
}
