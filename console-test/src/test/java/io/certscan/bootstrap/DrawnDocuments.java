package io.certscan.bootstrap;

import io.certscan.adapter.documents.CjkFont;
import io.certscan.domain.identifier.OrganizationCode;
import io.certscan.domain.identifier.UnifiedSocialCreditCode;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Documents the console tests draw with Java2D and a CJK font (never copied from anyone's papers):
 * a special-operation card at any size, with where each value was drawn, and a photographed
 * business licence that looks like one. Every name and number is invented.
 */
final class DrawnDocuments
{
    /** A picture and where each field's value was drawn on it, by field name. */
    record Drawn(BufferedImage picture, Map<String, Rectangle2D> values)
    {
        Path writePng(Path folder, String name)
        {
            try {
                Files.createDirectories(folder);
                Path file = folder.resolve(name);
                ImageIO.write(picture, "png", file.toFile());
                return file.toAbsolutePath();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static final List<String[]> CARD_FIELDS = List.of(
            new String[] {"姓名", "王建国"},
            new String[] {"性别", "男"},
            new String[] {"证号", "T110101198001010053"},
            new String[] {"作业类别", "电工作业"},
            new String[] {"准操项目", "低压电工作业"},
            new String[] {"有效期限", "2022-03-01至2028-02-29"},
            new String[] {"签发机关", "北京市应急管理局"});

    private DrawnDocuments() {}

    /** A 低压电工证 1400 × 900 pixels times {@code scale}, upright. */
    static Drawn card(double scale)
    {
        int width = (int) Math.round(1400 * scale);
        int height = (int) Math.round(900 * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        Map<String, Rectangle2D> values = new LinkedHashMap<>();
        try {
            smooth(graphics);
            graphics.scale(scale, scale);
            graphics.setColor(new Color(248, 247, 240));
            graphics.fillRect(0, 0, 1400, 900);
            graphics.setColor(new Color(20, 24, 40));
            String family = family();
            graphics.setFont(new Font(family, Font.BOLD, 64));
            graphics.drawString("低压电工证", 540, 110);
            Font body = new Font(family, Font.PLAIN, 40);
            graphics.setFont(body);
            FontMetrics metrics = graphics.getFontMetrics();
            int y = 220;
            for (String[] field : CARD_FIELDS) {
                graphics.drawString(field[0], 140, y);
                graphics.drawString(field[1], 440, y);
                values.put(field[0], new Rectangle2D.Double(440 * scale, (y - metrics.getAscent()) * scale,
                        metrics.stringWidth(field[1]) * scale, (metrics.getAscent() + metrics.getDescent()) * scale));
                y += 90;
            }
        }
        finally {
            graphics.dispose();
        }
        return new Drawn(image, values);
    }

    /** The picture as a phone stores it when held sideways: turned a quarter clockwise, without an EXIF tag to say so. */
    static Drawn storedSideways(Drawn upright)
    {
        BufferedImage picture = upright.picture();
        BufferedImage turned = new BufferedImage(picture.getHeight(), picture.getWidth(), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        try {
            graphics.drawImage(picture, new AffineTransform(0, 1, -1, 0, picture.getHeight(), 0), null);
        }
        finally {
            graphics.dispose();
        }
        return new Drawn(turned, upright.values());
    }

    /**
     * A 营业执照 photographed on a desk: the cream sheet a little askew under a lamp, its double
     * border, the emblem and the QR code, the fields, the registration authority's red seal over
     * the date, the desk around it.
     */
    static Drawn photographedLicence()
    {
        int sheetWidth = 1500;
        int sheetHeight = 1060;
        BufferedImage sheet = new BufferedImage(sheetWidth, sheetHeight, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = sheet.createGraphics();
        Random random = new Random(19);
        String family = family();
        try {
            smooth(graphics);
            graphics.setPaint(new GradientPaint(0, 0, new Color(250, 246, 232), sheetWidth, sheetHeight, new Color(238, 232, 214)));
            graphics.fillRect(0, 0, sheetWidth, sheetHeight);
            // The paper's grain.
            for (int i = 0; i < 9000; i++) {
                int grey = 200 + random.nextInt(40);
                graphics.setColor(new Color(grey, grey - 6, grey - 20, 40));
                graphics.fillRect(random.nextInt(sheetWidth), random.nextInt(sheetHeight), 2, 2);
            }
            Color border = new Color(176, 128, 54);
            graphics.setColor(border);
            graphics.setStroke(new BasicStroke(6));
            graphics.drawRect(36, 36, sheetWidth - 72, sheetHeight - 72);
            graphics.setStroke(new BasicStroke(2));
            graphics.drawRect(52, 52, sheetWidth - 104, sheetHeight - 104);
            emblem(graphics, sheetWidth / 2, 130, 46);
            qrLikeSquare(graphics, random, sheetWidth - 250, 96, 150);
            graphics.setColor(new Color(30, 30, 30));
            graphics.setFont(new Font(family, Font.PLAIN, 22));
            graphics.drawString("扫描二维码登录国家企业信用", sheetWidth - 292, 278);
            graphics.drawString("信息公示系统了解更多信息", sheetWidth - 282, 306);
            graphics.setColor(new Color(24, 28, 52));
            graphics.setFont(new Font(family, Font.BOLD, 96));
            drawCentred(graphics, "营 业 执 照", sheetWidth / 2, 290);
            graphics.setFont(new Font(family, Font.PLAIN, 30));
            drawCentred(graphics, "（副  本）", sheetWidth / 2, 340);
            graphics.setFont(new Font(family, Font.PLAIN, 32));
            graphics.drawString("统一社会信用代码：" + creditCode("91110105", "MA01ABCD"), 110, 410);
            Map<String, String> left = new LinkedHashMap<>();
            left.put("名　　称", "北京晨曦数据科技有限公司");
            left.put("类　　型", "有限责任公司（自然人独资）");
            left.put("法定代表人", "李明远");
            left.put("经营范围", "技术开发、技术咨询；");
            Map<String, String> right = new LinkedHashMap<>();
            right.put("注册资本", "伍佰万元整");
            right.put("成立日期", "2019年06月18日");
            right.put("营业期限", "2019年06月18日至2049年06月17日");
            right.put("住　　所", "北京市朝阳区晨光路18号");
            graphics.setFont(new Font(family, Font.PLAIN, 32));
            int y = 500;
            for (Map.Entry<String, String> field : left.entrySet()) {
                graphics.drawString(field.getKey(), 110, y);
                graphics.drawString(field.getValue(), 320, y);
                y += 82;
            }
            graphics.drawString("软件开发；数据处理服务。", 320, y - 36);
            y = 500;
            for (Map.Entry<String, String> field : right.entrySet()) {
                graphics.drawString(field.getKey(), 790, y);
                graphics.drawString(field.getValue(), 950, y);
                y += 82;
            }
            graphics.setFont(new Font(family, Font.PLAIN, 34));
            graphics.drawString("登记机关", 990, 900);
            graphics.drawString("2023年05月10日", 1010, 960);
            seal(graphics, 1130, 880, 118, "北京市朝阳区市场监督管理局", family);
            graphics.setColor(new Color(90, 90, 90));
            graphics.setFont(new Font(family, Font.PLAIN, 20));
            graphics.drawString("国家企业信用信息公示系统网址：http://www.gsxt.gov.cn", 110, 990);
            graphics.drawString("市场主体应当于每年1月1日至6月30日通过国家企业信用信息公示系统报送公示年度报告。", 110, 1020);
        }
        finally {
            graphics.dispose();
        }
        return new Drawn(onADesk(sheet, random), Map.of());
    }

    /** The sheet a little askew on a wooden desk, under a lamp that lights the middle. */
    private static BufferedImage onADesk(BufferedImage sheet, Random random)
    {
        int width = 1800;
        int height = 1350;
        BufferedImage photo = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = photo.createGraphics();
        try {
            smooth(graphics);
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setPaint(new GradientPaint(0, 0, new Color(112, 82, 58), width, height, new Color(84, 60, 42)));
            graphics.fillRect(0, 0, width, height);
            for (int i = 0; i < 120; i++) {
                graphics.setColor(new Color(70 + random.nextInt(40), 48 + random.nextInt(30), 30 + random.nextInt(20), 60));
                int y = random.nextInt(height);
                graphics.fillRect(0, y, width, 1 + random.nextInt(3));
            }
            AffineTransform place = new AffineTransform();
            place.translate(width / 2.0, height / 2.0);
            place.rotate(Math.toRadians(-1.6));
            place.translate(-sheet.getWidth() / 2.0, -sheet.getHeight() / 2.0);
            graphics.setColor(new Color(0, 0, 0, 70));
            Polygon shadow = new Polygon();
            for (double[] corner : new double[][] {{0, 0}, {sheet.getWidth(), 0}, {sheet.getWidth(), sheet.getHeight()}, {0, sheet.getHeight()}}) {
                double[] to = new double[2];
                place.transform(corner, 0, to, 0, 1);
                shadow.addPoint((int) to[0] + 14, (int) to[1] + 18);
            }
            graphics.fill(shadow);
            graphics.drawImage(sheet, place, null);
            graphics.setPaint(new RadialGradientPaint(width * 0.45f, height * 0.4f, width * 0.75f, new float[] {0f, 1f},
                    new Color[] {new Color(255, 250, 235, 0), new Color(20, 10, 0, 110)}));
            graphics.fillRect(0, 0, width, height);
        }
        finally {
            graphics.dispose();
        }
        return photo;
    }

    /** A unified social credit code whose check characters are right: its organisation code's and its own. */
    static String creditCode(String registration, String organisationBody)
    {
        String first17 = registration + organisationBody + OrganizationCode.checkCharacter(organisationBody);
        return first17 + UnifiedSocialCreditCode.checkCharacter(first17);
    }

    private static void emblem(Graphics2D graphics, int x, int y, int radius)
    {
        graphics.setColor(new Color(196, 30, 36));
        graphics.fillOval(x - radius, y - radius, 2 * radius, 2 * radius);
        graphics.setColor(new Color(238, 190, 60));
        graphics.setStroke(new BasicStroke(4));
        graphics.drawOval(x - radius + 6, y - radius + 6, 2 * radius - 12, 2 * radius - 12);
        graphics.fill(star(x, y - 4, radius * 0.45));
    }

    private static void qrLikeSquare(Graphics2D graphics, Random random, int x, int y, int side)
    {
        int cells = 25;
        double cell = (double) side / cells;
        graphics.setColor(Color.WHITE);
        graphics.fillRect(x - 6, y - 6, side + 12, side + 12);
        graphics.setColor(new Color(20, 20, 20));
        for (int row = 0; row < cells; row++) {
            for (int column = 0; column < cells; column++) {
                boolean finder = (row < 7 || row >= cells - 7) && column < 7 || row < 7 && column >= cells - 7;
                boolean dark;
                if (finder) {
                    // The three square marks in the corners, as a QR code has them.
                    int r = row >= cells - 7 ? row - (cells - 7) : row;
                    int c = column >= cells - 7 ? column - (cells - 7) : column;
                    dark = r == 0 || r == 6 || c == 0 || c == 6 || r >= 2 && r <= 4 && c >= 2 && c <= 4;
                }
                else {
                    dark = random.nextBoolean();
                }
                if (dark) {
                    graphics.fill(new Rectangle2D.Double(x + column * cell, y + row * cell, cell, cell));
                }
            }
        }
    }

    /** A round red seal: the authority's name along the rim, a star in the middle, ink a little uneven. */
    private static void seal(Graphics2D graphics, int x, int y, int radius, String authority, String family)
    {
        Color ink = new Color(206, 32, 40, 190);
        graphics.setColor(ink);
        graphics.setStroke(new BasicStroke(7));
        graphics.drawOval(x - radius, y - radius, 2 * radius, 2 * radius);
        graphics.fill(star(x, y, radius * 0.3));
        Font font = new Font(family, Font.BOLD, 26);
        graphics.setFont(font);
        double sweep = Math.toRadians(250);
        double start = -Math.PI / 2 - sweep / 2;
        for (int i = 0; i < authority.length(); i++) {
            double angle = start + sweep * (i + 0.5) / authority.length();
            AffineTransform saved = graphics.getTransform();
            graphics.translate(x + Math.cos(angle) * (radius - 30), y + Math.sin(angle) * (radius - 30));
            graphics.rotate(angle + Math.PI / 2);
            graphics.drawString(authority.substring(i, i + 1), -13, 10);
            graphics.setTransform(saved);
        }
    }

    private static Polygon star(double x, double y, double radius)
    {
        Polygon star = new Polygon();
        for (int i = 0; i < 10; i++) {
            double angle = -Math.PI / 2 + i * Math.PI / 5;
            double r = i % 2 == 0 ? radius : radius * 0.4;
            star.addPoint((int) Math.round(x + Math.cos(angle) * r), (int) Math.round(y + Math.sin(angle) * r));
        }
        return star;
    }

    private static void drawCentred(Graphics2D graphics, String text, int x, int baseline)
    {
        graphics.drawString(text, x - graphics.getFontMetrics().stringWidth(text) / 2, baseline);
    }

    private static void smooth(Graphics2D graphics)
    {
        graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    private static String family()
    {
        return CjkFont.installed().orElseThrow(() -> new IllegalStateException("no CJK font installed: apt-get install fonts-wqy-zenhei"));
    }
}
