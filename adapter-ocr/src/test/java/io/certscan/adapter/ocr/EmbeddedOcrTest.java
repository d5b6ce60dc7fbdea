package io.certscan.adapter.ocr;

import io.certscan.adapter.documents.CjkFont;
import io.certscan.application.port.out.RecognizedText;
import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.text.TextLine;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The engine on pictures drawn here with a CJK font: upright, turned, skewed, small. */
class EmbeddedOcrTest
{
    private static final String[][] FIELDS = {
            {"证号", "T320481199806303517"}, {"姓名", "张敞"}, {"性别", "男"}, {"作业类别", "电工作业"},
            {"有效期限", "2021-10-08至2027-10-07"}, {"签发机关", "江苏省应急管理厅"}};

    private static EmbeddedOcr ocr;

    @BeforeAll
    static void loadModels()
    {
        ocr = EmbeddedOcr.load(OcrConfig.defaults());
    }

    @AfterAll
    static void releaseModels()
    {
        ocr.close();
    }

    @Test
    void readsEveryLineOfAnUprightCardIncludingTheRareCharacter()
    {
        EmbeddedOcr.Measured measured = ocr.recognizeMeasured(card(1.0));

        assertThat(texts(measured.lines())).contains("低压电工证", "T320481199806303517", "张敞", "江苏省应急管理厅", "2021-10-08至2027-10-07");
        assertThat(measured.inferenceNanos()).isPositive();
        assertThat(ocr.modelLoadNanos()).isPositive();
        TextLine title = measured.lines().stream().filter(line -> line.text().equals("低压电工证")).findFirst().orElseThrow();
        assertThat(title.box().top()).isBetween(40.0, 110.0);
        assertThat(title.box().height()).isGreaterThan(50);
    }

    @Test
    void recognitionsRunningAtOnceTakeOneThreadEachAndReadTheSame()
            throws Exception
    {
        BufferedImage card = card(1.0);
        List<String> alone = texts(ocr.recognize(card).lines());
        // On one core every inference runs on one thread anyway, and no second session is made.
        boolean severalThreads = OcrConfig.defaults().effectiveThreads() > 1;

        // Another recognition counts as running: this one takes the one-thread sessions.
        ocr.models().started();
        List<String> beside;
        try {
            beside = texts(ocr.recognize(card).lines());
        }
        finally {
            ocr.models().finished();
        }
        assertThat(ocr.models().detection.sharesCores()).isEqualTo(severalThreads);
        assertThat(ocr.models().recognition.sharesCores()).isEqualTo(severalThreads);
        assertThat(beside).isEqualTo(alone);

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<String>>> atOnce = pool.invokeAll(List.of(() -> texts(ocr.recognize(card).lines()), () -> texts(ocr.recognize(card).lines())));
            for (Future<List<String>> reading : atOnce) {
                assertThat(reading.get()).isEqualTo(alone);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }

    @ParameterizedTest(name = "{0} quarter turns")
    @ValueSource(ints = {1, 2, 3})
    void turnedPagesAreReadUpright(int quarterTurns)
    {
        BufferedImage turned = Bgr.of(card(1.0)).rotatedClockwise(quarterTurns).toBufferedImage();

        RecognizedText read = ocr.recognize(turned);
        List<TextLine> lines = read.lines();

        // Turned back: the quarter turns that undo the ones the picture was stored with.
        assertThat(read.turned()).isEqualTo(QuarterTurns.clockwise(-quarterTurns));
        assertThat(texts(lines)).contains("低压电工证", "T320481199806303517", "江苏省应急管理厅");
        TextLine title = lines.stream().filter(line -> line.text().equals("低压电工证")).findFirst().orElseThrow();
        TextLine authority = lines.stream().filter(line -> line.text().equals("江苏省应急管理厅")).findFirst().orElseThrow();
        assertThat(title.box().top()).as("title above the last field once upright").isLessThan(authority.box().top());
    }

    @ParameterizedTest(name = "{0}°")
    @ValueSource(doubles = {-10, 7})
    void skewedPagesAreRead(double degrees)
    {
        assertThat(texts(ocr.recognize(skewed(card(1.0), degrees)).lines())).contains("低压电工证", "T320481199806303517", "江苏省应急管理厅");
    }

    @Test
    void smallPicturesAreRead()
    {
        assertThat(texts(ocr.recognize(card(600.0 / 1400)).lines())).contains("低压电工证", "江苏省应急管理厅");
    }

    @Test
    void largePicturesAreRead()
    {
        assertThat(texts(ocr.recognize(card(4000.0 / 1400)).lines())).contains("低压电工证", "T320481199806303517", "江苏省应急管理厅");
    }

    @Test
    void smallPrintOnALargePageIsLookedAtAgainAtALargerScaleWhenAsked()
    {
        // The card at 30 % in the corner of a 2800 × 1800 page: its 12-pixel text is 4 pixels at the detector's 960.
        BufferedImage page = new BufferedImage(2800, 1800, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = page.createGraphics();
        graphics.setColor(new Color(248, 247, 240));
        graphics.fillRect(0, 0, page.getWidth(), page.getHeight());
        graphics.drawImage(card(0.3), 100, 100, null);
        graphics.dispose();
        OcrConfig defaults = OcrConfig.defaults();
        OcrConfig adaptive = new OcrConfig(defaults.maxSideLength(), defaults.maxUpscale(), 20, defaults.threads(), defaults.pixelThreshold(), defaults.boxThreshold(),
                defaults.unclipRatio(), defaults.batchSize(), defaults.angleClassifier(), defaults.secondOpinion());

        try (EmbeddedOcr looking = EmbeddedOcr.load(adaptive)) {
            List<TextLine> lines = looking.recognize(page).lines();

            assertThat(texts(lines)).contains("低压电工证", "T320481199806303517", "江苏省应急管理厅");
            // Boxes are in the page's pixels, whatever scale detection looked at.
            TextLine number = lines.stream().filter(line -> line.text().equals("T320481199806303517")).findFirst().orElseThrow();
            assertThat(number.box().left()).isBetween(100 + 440 * 0.3 - 10, 100 + 440 * 0.3 + 10);
            assertThat(number.box().top()).isBetween(100 + 200 * 0.3 - 10, 100 + 230 * 0.3);
        }
    }

    @Test
    void blankPictureHasNoText()
    {
        BufferedImage blank = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = blank.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 400, 300);
        graphics.dispose();

        assertThat(ocr.recognize(blank).lines()).isEmpty();
    }

    private static List<String> texts(List<TextLine> lines)
    {
        return lines.stream().map(TextLine::text).toList();
    }

    static BufferedImage card(double scale)
    {
        int width = (int) Math.round(1400 * scale);
        int height = (int) Math.round(900 * scale);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        graphics.scale(scale, scale);
        graphics.setColor(new Color(248, 247, 240));
        graphics.fillRect(0, 0, 1400, 900);
        graphics.setColor(Color.BLACK);
        String family = cjkFont();
        graphics.setFont(new Font(family, Font.BOLD, 64));
        graphics.drawString("低压电工证", 540, 110);
        graphics.setFont(new Font(family, Font.PLAIN, 40));
        int y = 230;
        for (String[] field : FIELDS) {
            graphics.drawString(field[0], 140, y);
            graphics.drawString(field[1], 440, y);
            y += 90;
        }
        graphics.dispose();
        return image;
    }

    private static BufferedImage skewed(BufferedImage image, double degrees)
    {
        BufferedImage turned = new BufferedImage(image.getWidth() + 300, image.getHeight() + 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = turned.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, turned.getWidth(), turned.getHeight());
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        AffineTransform transform = AffineTransform.getRotateInstance(Math.toRadians(degrees), turned.getWidth() / 2.0, turned.getHeight() / 2.0);
        transform.translate(150, 150);
        graphics.drawImage(image, transform, null);
        graphics.dispose();
        return turned;
    }

    /** A font with Chinese glyphs; the build installs some (fonts-wqy-zenhei, …). */
    static String cjkFont()
    {
        return CjkFont.installed().orElseThrow(() -> new IllegalStateException("no CJK font installed: apt-get install fonts-wqy-zenhei"));
    }
}
