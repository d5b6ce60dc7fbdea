package io.certscan.synthetic;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Draws one certificate with Java2D: title, fields in the chosen layout, a border, a seal and a footer that are not fields. */
final class CardRenderer
{
    static final int WIDTH = 1400;
    private static final int MIN_HEIGHT = 900;
    private static final int MARGIN = 100;

    private record Text(String text, Font font, Color color, int x, int baseline) {}

    private final Graphics2D measuring = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics();

    BufferedImage render(String title, Map<String, String> fields, Layout layout, String fontFamily, FakeData data)
    {
        switch (layout) {
            case LANDSCAPE_LICENCE -> {
                return landscape(title, fields, fontFamily, data);
            }
            case PORTRAIT_ZHENGBEN -> {
                return portrait(title, fields, fontFamily, data);
            }
            case BOOKLET -> {
                return booklet(title, fields, fontFamily, data);
            }
            case ID_CARD -> throw new IllegalArgumentException("an ID card is drawn by idCardFront and idCardBack");
            default -> {
                // the layouts drawn below
            }
        }
        int size = 30 + data.nextInt(7);
        Font body = new Font(fontFamily, Font.PLAIN, size);
        Font label = layout == Layout.LABEL_ABOVE_VALUE ? new Font(fontFamily, Font.PLAIN, size - 6) : body;
        Font heading = new Font(fontFamily, Font.BOLD, 56 + data.nextInt(10));
        Color ink = new Color(20 + data.nextInt(30), 20 + data.nextInt(30), 30 + data.nextInt(40));

        List<Text> texts = new ArrayList<>();
        int headingWidth = metrics(heading).stringWidth(title);
        texts.add(new Text(title, heading, ink, (WIDTH - headingWidth) / 2, MARGIN + 40));
        int y = MARGIN + 40 + (int) (size * 2.6);
        int lineStep = (int) (size * 1.75);
        int labelWidth = fields.keySet().stream().mapToInt(name -> metrics(label).stringWidth(name)).max().orElse(0);
        List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet());
        switch (layout) {
            case LABEL_COLUMN -> {
                int labelCharacters = fields.keySet().stream().mapToInt(String::length).max().orElse(2);
                int valueX = MARGIN + labelWidth + 70;
                for (Map.Entry<String, String> field : entries) {
                    texts.add(new Text(letterSpaced(field.getKey(), labelCharacters), label, ink, MARGIN, y));
                    y = wrapped(field.getValue(), body, ink, valueX, y, WIDTH - MARGIN - valueX, lineStep, texts);
                }
            }
            case COLON_INLINE -> {
                for (Map.Entry<String, String> field : entries) {
                    String prefix = field.getKey() + "：";
                    texts.add(new Text(prefix, body, ink, MARGIN, y));
                    int valueX = MARGIN + metrics(body).stringWidth(prefix);
                    y = wrapped(field.getValue(), body, ink, valueX, y, WIDTH - MARGIN - valueX, lineStep, texts);
                }
            }
            case TWO_PAIRS_PER_ROW -> {
                int half = (WIDTH - 2 * MARGIN) / 2;
                int i = 0;
                while (i < entries.size()) {
                    Map.Entry<String, String> first = entries.get(i);
                    int firstWidth = metrics(body).stringWidth(first.getValue());
                    boolean pairFits = i + 1 < entries.size() && firstWidth < half - labelWidth - 60
                            && metrics(body).stringWidth(entries.get(i + 1).getValue()) < half - labelWidth - 60;
                    texts.add(new Text(first.getKey(), label, ink, MARGIN, y));
                    if (pairFits) {
                        Map.Entry<String, String> second = entries.get(i + 1);
                        texts.add(new Text(first.getValue(), body, ink, MARGIN + labelWidth + 40, y));
                        texts.add(new Text(second.getKey(), label, ink, MARGIN + half + 30, y));
                        texts.add(new Text(second.getValue(), body, ink, MARGIN + half + 30 + labelWidth + 40, y));
                        y += lineStep;
                        i += 2;
                    }
                    else {
                        int valueX = MARGIN + labelWidth + 40;
                        y = wrapped(first.getValue(), body, ink, valueX, y, WIDTH - MARGIN - valueX, lineStep, texts);
                        i++;
                    }
                }
            }
            case BILINGUAL_LABELS -> {
                Font english = new Font(fontFamily, Font.PLAIN, Math.max(14, size * 11 / 20));
                int valueX = MARGIN + labelWidth + 70;
                for (Map.Entry<String, String> field : entries) {
                    texts.add(new Text(field.getKey(), label, ink, MARGIN, y));
                    texts.add(new Text(english(field.getKey()), english, ink, MARGIN, y + size * 4 / 5));
                    y = wrapped(field.getValue(), body, ink, valueX, y, WIDTH - MARGIN - valueX, lineStep, texts) + size / 2;
                }
            }
            case LANDSCAPE_LICENCE, PORTRAIT_ZHENGBEN, BOOKLET, ID_CARD -> throw new IllegalStateException("drawn by a method of its own");
            case LABEL_ABOVE_VALUE -> {
                Color labelInk = new Color(90, 90, 100);
                for (Map.Entry<String, String> field : entries) {
                    texts.add(new Text(field.getKey(), label, labelInk, MARGIN, y));
                    y = wrapped(field.getValue(), body, ink, MARGIN, y + (int) (size * 1.35), WIDTH - 2 * MARGIN, lineStep, texts);
                    y += size / 3;
                }
            }
        }
        int height = Math.max(MIN_HEIGHT, y + 260);

        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            Color paper = data.pick(List.of(new Color(252, 251, 245), new Color(243, 247, 252), new Color(250, 244, 232), Color.WHITE));
            graphics.setColor(paper);
            graphics.fillRect(0, 0, WIDTH, height);
            graphics.setColor(new Color(150, 110, 60));
            graphics.setStroke(new BasicStroke(4));
            graphics.drawRect(30, 30, WIDTH - 60, height - 60);
            graphics.setStroke(new BasicStroke(1.5f));
            graphics.drawRect(42, 42, WIDTH - 84, height - 84);
            for (Text text : texts) {
                graphics.setFont(text.font);
                graphics.setColor(text.color);
                graphics.drawString(text.text, text.x, text.baseline);
            }
            drawSeal(graphics, WIDTH - 330, height - 230, fontFamily);
            Font small = new Font(fontFamily, Font.PLAIN, 22);
            graphics.setFont(small);
            graphics.setColor(new Color(120, 120, 120));
            graphics.drawString("本证书由发证机关统一监制", MARGIN, height - 75);
        }
        finally {
            graphics.dispose();
        }
        return image;
    }

    /** Pads a short label with ideographic spaces to the width of the longest: 姓　　名. */
    private static String letterSpaced(String label, int characters)
    {
        if (label.length() != 2 || characters < 4) {
            return label;
        }
        return label.charAt(0) + "　".repeat(characters - 2) + label.charAt(1);
    }

    /** English names as bilingual licences print them under their labels. */
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("姓名", "Name"), Map.entry("性别", "Sex"), Map.entry("住址", "Address"), Map.entry("证号", "License No."), Map.entry("有效期限", "Valid Period"),
            Map.entry("有效期至", "Valid Until"), Map.entry("发证机关", "Issuing Authority"), Map.entry("签发机关", "Issuing Authority"), Map.entry("出生日期", "Date of Birth"),
            Map.entry("初领日期", "Date of First Issue"), Map.entry("发证日期", "Issue Date"), Map.entry("名称", "Name"), Map.entry("住所", "Address"),
            Map.entry("类型", "Type"), Map.entry("法定代表人", "Legal Representative"), Map.entry("注册资本", "Registered Capital"), Map.entry("成立日期", "Date of Establishment"),
            Map.entry("营业期限", "Business Term"), Map.entry("经营范围", "Business Scope"), Map.entry("统一社会信用代码", "Credit Code"), Map.entry("编号", "No."),
            Map.entry("作业类别", "Type of Work"), Map.entry("准操项目", "Operation Item"), Map.entry("应复审日期", "Review Date"));

    private static String english(String label)
    {
        return ENGLISH.getOrDefault(label, "Item");
    }

    /**
     * A landscape licence as real ones are printed: credit code label over its value at the top left,
     * a QR code and its caption at the top right, （副本） under the title, two columns of labels whose
     * characters stand apart over one width, a seal at the bottom right and notices in the footer.
     */
    private BufferedImage landscape(String title, Map<String, String> fields, String fontFamily, FakeData data)
    {
        int width = 1800;
        int size = 30 + data.nextInt(5);
        Font body = new Font(fontFamily, Font.PLAIN, size);
        Font small = new Font(fontFamily, Font.PLAIN, 20);
        Color ink = new Color(20 + data.nextInt(30), 20 + data.nextInt(30), 30 + data.nextInt(40));
        List<Text> texts = new ArrayList<>();
        Font heading = new Font(fontFamily, Font.BOLD, 66);
        texts.add(new Text(title, heading, new Color(170, 40, 40), (width - metrics(heading).stringWidth(title)) / 2, 210));
        texts.add(new Text("（副本）", body, ink, (width - metrics(body).stringWidth("（副本）")) / 2, 275));
        List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet());
        String code = fields.get("统一社会信用代码");
        if (code != null) {
            texts.add(new Text("统一社会信用代码", new Font(fontFamily, Font.PLAIN, size - 4), ink, 120, 150));
            texts.add(new Text(code, body, ink, 120, 150 + size + 10));
            entries.removeIf(entry -> entry.getKey().equals("统一社会信用代码"));
        }
        String[] caption = {"扫描二维码登录“国家", "企业信用信息公示系", "统”了解更多登记、", "备案、许可、监管信息"};
        for (int i = 0; i < caption.length; i++) {
            texts.add(new Text(caption[i], small, ink, width - 560, 130 + i * 28));
        }
        // 经营范围 (or the longest value) closes the left column; the rest share the columns.
        Map.Entry<String, String> longest = entries.stream().max(java.util.Comparator.comparingInt(entry -> entry.getValue().length())).orElse(null);
        entries.remove(longest);
        List<Map.Entry<String, String>> left = new ArrayList<>(entries.subList(0, entries.size() / 2));
        List<Map.Entry<String, String>> right = new ArrayList<>(entries.subList(entries.size() / 2, entries.size()));
        if (longest != null) {
            left.add(longest);
        }
        int spread = 4 * size + size / 2;
        int lineStep = size * 2;
        int leftBottom = column(left, 120, 360, width / 2 - 80, spread, body, ink, lineStep, texts);
        int rightBottom = column(right, width / 2 + 40, 360, width - 120, spread, body, ink, lineStep, texts);
        int height = Math.max(1250, Math.max(leftBottom, rightBottom) + 300);

        BufferedImage image = canvas(width, height, texts, data);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // The QR code: modules drawn at random, with the three finder squares.
            int qrX = width - 300;
            int qrY = 100;
            int module = 6;
            graphics.setColor(Color.BLACK);
            for (int row = 0; row < 25; row++) {
                for (int column = 0; column < 25; column++) {
                    boolean finder = row < 7 && column < 7 || row < 7 && column > 17 || row > 17 && column < 7;
                    if (finder ? row % 6 == 0 || column % 6 == 0 || row % 18 == 0 || (row % 18 >= 2 && row % 18 <= 4 && column % 18 >= 2 && column % 18 <= 4) : data.chance(0.5)) {
                        graphics.fillRect(qrX + column * module, qrY + row * module, module, module);
                    }
                }
            }
            drawSeal(graphics, width - 330, height - 260, fontFamily);
            graphics.setFont(small);
            graphics.setColor(new Color(110, 110, 110));
            graphics.drawString("市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 120, height - 80);
            graphics.drawString("国家市场监督管理总局监制", width - 420, height - 110);
        }
        finally {
            graphics.dispose();
        }
        return image;
    }

    /** The date a portrait licence's 登记机关 prints under its seal, when the fields give none. */
    static final String AUTHORITY = "登记机关";

    /**
     * A portrait 正本: the emblem over the title, the credit code right-aligned under it, one column
     * of spread labels, and 登记机关 with its date at the bottom right, the seal over the date.
     */
    private BufferedImage portrait(String title, Map<String, String> fields, String fontFamily, FakeData data)
    {
        int width = 1400;
        int size = 32 + data.nextInt(5);
        Font body = new Font(fontFamily, Font.PLAIN, size);
        Color ink = new Color(25, 25, 35);
        List<Text> texts = new ArrayList<>();
        Font heading = new Font(fontFamily, Font.BOLD, 80);
        texts.add(new Text(title, heading, new Color(170, 40, 40), (width - metrics(heading).stringWidth(title)) / 2, 420));
        List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet());
        int y = 520;
        String code = fields.get("统一社会信用代码");
        if (code != null) {
            String line = "统一社会信用代码" + code;
            texts.add(new Text(line, body, ink, width - 120 - metrics(body).stringWidth(line), y));
            entries.removeIf(entry -> entry.getKey().equals("统一社会信用代码"));
            y += size * 2;
        }
        Map.Entry<String, String> authority = entries.stream().filter(entry -> entry.getKey().equals(AUTHORITY)).findFirst().orElse(null);
        entries.remove(authority);
        y = column(entries, 120, y + size, width - 120, 4 * size + size / 2, body, ink, size * 2, texts);
        int height = Math.max(2000, y + 500);
        if (authority != null) {
            texts.add(new Text(AUTHORITY, body, ink, width - 480, height - 380));
            texts.add(new Text(authority.getValue(), body, ink, width - 520, height - 300));
        }
        BufferedImage image = canvas(width, height, texts, data);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            emblem(graphics, width / 2, 230);
            drawSeal(graphics, width - 380, height - 330, fontFamily);
        }
        finally {
            graphics.dispose();
        }
        return image;
    }

    /** An open booklet: the title and the first fields on the left page, the rest and the seal on the right. */
    private BufferedImage booklet(String title, Map<String, String> fields, String fontFamily, FakeData data)
    {
        int page = 1100;
        int width = 2 * page;
        int size = 30 + data.nextInt(5);
        Font body = new Font(fontFamily, Font.PLAIN, size);
        Color ink = new Color(25, 25, 35);
        List<Text> texts = new ArrayList<>();
        Font heading = new Font(fontFamily, Font.BOLD, 64);
        texts.add(new Text(title, heading, ink, (page - metrics(heading).stringWidth(title)) / 2, 200));
        texts.add(new Text("（副本）", body, ink, (page - metrics(body).stringWidth("（副本）")) / 2, 260));
        List<Map.Entry<String, String>> entries = new ArrayList<>(fields.entrySet());
        int split = (entries.size() + 1) / 2;
        int spread = 5 * size;
        int leftBottom = column(entries.subList(0, split), 90, 360, page - 70, spread, body, ink, size * 2, texts);
        int rightBottom = column(entries.subList(split, entries.size()), page + 90, 200, width - 90, spread, body, ink, size * 2, texts);
        int height = Math.max(1500, Math.max(leftBottom, rightBottom) + 350);
        BufferedImage image = canvas(width, height, texts, data);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            // The fold between the pages.
            graphics.setColor(new Color(170, 160, 140));
            graphics.setStroke(new BasicStroke(6));
            graphics.drawLine(page, 30, page, height - 30);
            drawSeal(graphics, width - 330, height - 260, fontFamily);
        }
        finally {
            graphics.dispose();
        }
        return image;
    }

    /** A resident ID card's front: no title, 性别 and 民族 on one row, the number at the bottom, a photo. */
    BufferedImage idCardFront(Map<String, String> fields, String fontFamily, FakeData data)
    {
        int width = 1300;
        int height = 820;
        int size = 34;
        Font label = new Font(fontFamily, Font.PLAIN, size - 4);
        Font body = new Font(fontFamily, Font.PLAIN, size);
        Color blue = new Color(40, 90, 170);
        Color ink = new Color(20, 20, 20);
        List<Text> texts = new ArrayList<>();
        int valueX = 260;
        texts.add(new Text("姓名", label, blue, 100, 130));
        texts.add(new Text(fields.get("姓名"), body, ink, valueX, 130));
        texts.add(new Text("性别", label, blue, 100, 220));
        texts.add(new Text(fields.get("性别"), body, ink, valueX, 220));
        texts.add(new Text("民族", label, blue, 420, 220));
        texts.add(new Text(fields.get("民族"), body, ink, 560, 220));
        texts.add(new Text("出生", label, blue, 100, 310));
        texts.add(new Text(fields.get("出生"), body, ink, valueX, 310));
        texts.add(new Text("住址", label, blue, 100, 400));
        wrapped(fields.get("住址"), body, ink, valueX, 400, 560, (int) (size * 1.4), texts);
        texts.add(new Text("公民身份号码", label, blue, 100, 690));
        texts.add(new Text(fields.get("公民身份号码"), new Font(fontFamily, Font.BOLD, size + 4), ink, 420, 690));
        BufferedImage image = canvas(width, height, texts, data);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(new Color(200, 205, 215));
            graphics.fillRect(880, 110, 320, 400);
        }
        finally {
            graphics.dispose();
        }
        return image;
    }

    /** A resident ID card's back: the emblem, 中华人民共和国 over 居民身份证, 签发机关 and 有效期限. */
    BufferedImage idCardBack(Map<String, String> fields, String fontFamily, FakeData data)
    {
        int width = 1300;
        int height = 820;
        Font small = new Font(fontFamily, Font.BOLD, 44);
        Font heading = new Font(fontFamily, Font.BOLD, 80);
        Font body = new Font(fontFamily, Font.PLAIN, 34);
        Color ink = new Color(20, 20, 20);
        List<Text> texts = new ArrayList<>();
        texts.add(new Text("中华人民共和国", small, ink, 420, 170));
        texts.add(new Text("居民身份证", heading, ink, 400, 300));
        texts.add(new Text("签发机关", new Font(fontFamily, Font.PLAIN, 30), ink, 240, 600));
        texts.add(new Text(fields.get("签发机关"), body, ink, 460, 600));
        texts.add(new Text("有效期限", new Font(fontFamily, Font.PLAIN, 30), ink, 240, 690));
        texts.add(new Text(fields.get("有效期限"), body, ink, 460, 690));
        BufferedImage image = canvas(width, height, texts, data);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            emblem(graphics, 230, 220);
        }
        finally {
            graphics.dispose();
        }
        return image;
    }

    /** Paper, a border and the texts. */
    private static BufferedImage canvas(int width, int height, List<Text> texts, FakeData data)
    {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setColor(data.pick(List.of(new Color(252, 250, 240), new Color(245, 247, 250), Color.WHITE)));
            graphics.fillRect(0, 0, width, height);
            graphics.setColor(new Color(180, 140, 60));
            graphics.setStroke(new BasicStroke(8));
            graphics.drawRect(30, 30, width - 60, height - 60);
            for (Text text : texts) {
                graphics.setFont(text.font);
                graphics.setColor(text.color);
                graphics.drawString(text.text, text.x, text.baseline);
            }
        }
        finally {
            graphics.dispose();
        }
        return image;
    }

    /** The national emblem, as a red disc with five gold stars: a picture that is no text. */
    private static void emblem(Graphics2D graphics, int centerX, int centerY)
    {
        graphics.setColor(new Color(200, 30, 30));
        graphics.fillOval(centerX - 90, centerY - 90, 180, 180);
        graphics.setColor(new Color(240, 200, 60));
        for (int star = 0; star < 5; star++) {
            int x = centerX + (star == 0 ? -20 : 25 + (star % 2) * 12);
            int y = centerY + (star == 0 ? -20 : -55 + star * 18);
            int radius = star == 0 ? 34 : 12;
            int[] xs = new int[10];
            int[] ys = new int[10];
            for (int i = 0; i < 10; i++) {
                double angle = Math.PI / 2 + i * Math.PI / 5;
                double r = i % 2 == 0 ? radius : radius * 0.4;
                xs[i] = (int) (x + r * Math.cos(angle));
                ys[i] = (int) (y - r * Math.sin(angle));
            }
            graphics.fillPolygon(xs, ys, 10);
        }
    }

    /** One column of fields, each label's characters spread over {@code spread} pixels. */
    private int column(List<Map.Entry<String, String>> fields, int x, int y, int right, int spread, Font font, Color ink, int lineStep, List<Text> texts)
    {
        FontMetrics metrics = metrics(font);
        for (Map.Entry<String, String> field : fields) {
            String label = field.getKey();
            if (label.length() >= 2 && label.length() < 4) {
                int characterWidth = metrics.stringWidth(label.substring(0, 1));
                int step = (spread - characterWidth) / (label.length() - 1);
                for (int i = 0; i < label.length(); i++) {
                    texts.add(new Text(label.substring(i, i + 1), font, ink, x + i * step, y));
                }
            }
            else {
                texts.add(new Text(label, font, ink, x, y));
            }
            int valueX = x + spread + font.getSize();
            y = wrapped(field.getValue(), font, ink, valueX, y, right - valueX, (int) (font.getSize() * 1.5), texts) + lineStep - (int) (font.getSize() * 1.5);
        }
        return y;
    }

    private int wrapped(String value, Font font, Color ink, int x, int y, int width, int lineStep, List<Text> texts)
    {
        FontMetrics metrics = metrics(font);
        StringBuilder line = new StringBuilder();
        int baseline = y;
        for (int i = 0; i < value.length(); i++) {
            line.append(value.charAt(i));
            if (metrics.stringWidth(line.toString()) > width && line.length() > 1) {
                line.setLength(line.length() - 1);
                texts.add(new Text(line.toString(), font, ink, x, baseline));
                baseline += lineStep;
                line.setLength(0);
                line.append(value.charAt(i));
            }
        }
        texts.add(new Text(line.toString(), font, ink, x, baseline));
        return baseline + lineStep;
    }

    private static void drawSeal(Graphics2D graphics, int centerX, int centerY, String fontFamily)
    {
        Color red = new Color(210, 40, 40, 200);
        graphics.setColor(red);
        graphics.setStroke(new BasicStroke(5));
        graphics.drawOval(centerX - 95, centerY - 95, 190, 190);
        int[] xs = new int[10];
        int[] ys = new int[10];
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 2 + i * Math.PI / 5;
            double radius = i % 2 == 0 ? 32 : 13;
            xs[i] = (int) (centerX + radius * Math.cos(angle));
            ys[i] = (int) (centerY - radius * Math.sin(angle));
        }
        graphics.fillPolygon(xs, ys, 10);
        graphics.setFont(new Font(fontFamily, Font.BOLD, 24));
        graphics.drawString("专用章", centerX - 36, centerY + 62);
    }

    private FontMetrics metrics(Font font)
    {
        return measuring.getFontMetrics(font);
    }
}
