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
