package io.certscan.adapter.documents;

import io.certscan.application.document.PageContent;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.geometry.Point;
import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.Severity;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a recognition on its page, turned as it was read: each card outlined in a colour of its own and numbered, each
 * field's box drawn and named, and beside the page a legend with each card's title, type and
 * findings (red errors, orange warnings, green information). Text is drawn with {@link CjkFont}.
 */
final class PageAnnotator
{
    private static final Color[] CARD_COLOURS = {new Color(0x1565C0), new Color(0x6A1B9A), new Color(0x00838F), new Color(0xAD1457), new Color(0x4E342E)};
    private static final String FONT_FAMILY = CjkFont.family();
    /** The card numbers are this fraction of the page's longest side (field names three quarters of it). */
    private static final int PAGE_SIDE_IN_UNITS = 80;
    /** The legend is at least this many characters of its font wide. */
    private static final int LEGEND_WIDTH_IN_CHARACTERS = 24;

    private PageAnnotator() {}

    /**
     * @param stored the picture as stored (or drawn); it is turned as the result's page was turned
     *         to be read, so that the boxes fall on what they name
     */
    static BufferedImage annotate(BufferedImage stored, RecognitionResult result)
    {
        BufferedImage page = ExifOrientation.turned(stored, result.page().map(PageContent::turned).orElse(QuarterTurns.NONE));
        int width = page.getWidth();
        int height = page.getHeight();
        // Sizes in proportion to the picture, so that shown whole on a screen its names read alike
        // whatever its pixels: a 4000-pixel photo's field names are not specks, nor a 600-pixel one's blots.
        int unit = Math.max(12, Math.max(width, height) / PAGE_SIDE_IN_UNITS);
        Font labelFont = new Font(FONT_FAMILY, Font.PLAIN, unit);
        // Field names smaller than the card numbers: they sit in the gap above the value, not on the line above.
        Font fieldFont = new Font(FONT_FAMILY, Font.PLAIN, Math.max(11, unit * 3 / 4));
        Font legendFont = new Font(FONT_FAMILY, Font.PLAIN, Math.max(14, unit));
        List<String[]> legend = legendLines(result);
        int legendWidth = Math.max(360, Math.max(Math.min(900, width / 2), LEGEND_WIDTH_IN_CHARACTERS * legendFont.getSize()));
        int legendHeight = (legend.size() + 2) * (legendFont.getSize() + 8);
        BufferedImage canvas = new BufferedImage(width + legendWidth, Math.max(height, legendHeight), BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = canvas.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            graphics.drawImage(page, 0, 0, null);
            for (JudgedCertificate judged : result.certificates()) {
                Color colour = CARD_COLOURS[judged.certificate().index() % CARD_COLOURS.length];
                judged.certificate().region().ifPresent(region -> {
                    graphics.setColor(colour);
                    graphics.setStroke(new BasicStroke(Math.max(3, unit / 5f)));
                    graphics.draw(polygon(region));
                    label(graphics, labelFont, "#" + judged.certificate().index(), region.topLeft(), colour, unit);
                });
                for (ExtractedField field : judged.certificate().fields()) {
                    field.location().ifPresent(box -> {
                        boolean flagged = judged.findings().stream().anyMatch(finding -> finding.severity() != Severity.INFO && finding.field().filter(field.name()::equals).isPresent());
                        Color boxColour = flagged ? new Color(0xC62828) : colour;
                        graphics.setColor(new Color(boxColour.getRed(), boxColour.getGreen(), boxColour.getBlue(), 40));
                        graphics.fill(polygon(box));
                        graphics.setColor(boxColour);
                        graphics.setStroke(new BasicStroke(Math.max(1.5f, unit / 10f)));
                        graphics.draw(polygon(box));
                        label(graphics, fieldFont, field.name(), box.topLeft(), boxColour, unit);
                    });
                }
            }
            graphics.setColor(new Color(0xF5F5F5));
            graphics.fillRect(width, 0, legendWidth, canvas.getHeight());
            graphics.setFont(legendFont);
            int y = legendFont.getSize() + 12;
            for (String[] line : legend) {
                graphics.setColor(switch (line[0]) {
                    case "error" -> new Color(0xC62828);
                    case "warning" -> new Color(0xE65100);
                    case "info" -> new Color(0x2E7D32);
                    default -> Color.BLACK;
                });
                graphics.drawString(fit(graphics.getFontMetrics(), line[1], legendWidth - 24), width + 12, y);
                y += legendFont.getSize() + 8;
            }
        }
        finally {
            graphics.dispose();
        }
        return canvas;
    }

    private static List<String[]> legendLines(RecognitionResult result)
    {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"", "评估日期 / as of " + result.evaluationDate()});
        if (result.certificates().isEmpty()) {
            lines.add(new String[] {"", "未识别到证照 / no certificate found"});
        }
        for (JudgedCertificate judged : result.certificates()) {
            lines.add(new String[] {"", ""});
            lines.add(new String[] {"", "#" + judged.certificate().index() + " " + judged.certificate().title().orElse("（无标题 / no title）")
                    + judged.type().map(type -> " · " + type.name()).orElse(" · 未分类 / unclassified")});
            for (Finding finding : judged.findings()) {
                lines.add(new String[] {finding.severity().name().toLowerCase(java.util.Locale.ROOT), finding.code() + " " + finding.message()});
            }
        }
        return lines;
    }

    private static void label(Graphics2D graphics, Font font, String text, Point at, Color colour, int unit)
    {
        graphics.setFont(font);
        FontMetrics metrics = graphics.getFontMetrics();
        int x = (int) Math.round(at.x());
        int y = (int) Math.round(at.y()) - 2;
        int textWidth = metrics.stringWidth(text);
        int top = Math.max(0, y - metrics.getAscent() - 2);
        graphics.setColor(new Color(255, 255, 255, 215));
        graphics.fillRect(x, top, textWidth + 6, metrics.getAscent() + metrics.getDescent() + 2);
        graphics.setColor(colour);
        graphics.drawString(text, x + 3, top + metrics.getAscent());
    }

    private static Polygon polygon(Quadrilateral box)
    {
        Polygon polygon = new Polygon();
        for (Point corner : box.corners()) {
            polygon.addPoint((int) Math.round(corner.x()), (int) Math.round(corner.y()));
        }
        return polygon;
    }

    private static String fit(FontMetrics metrics, String text, int width)
    {
        if (metrics.stringWidth(text) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && metrics.stringWidth(shortened + "…") > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "…";
    }
}
