package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentKind;
import io.certscan.application.document.PageContent;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.Severity;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;

class PageAnnotatorTest
{
    @Test
    void cardsAndFieldsAreDrawnWhereTheyAreAndTheFindingsBesideThePage()
    {
        BufferedImage page = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = page.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 800, 500);
        graphics.dispose();
        Certificate card = new Certificate(0, Optional.of("低压电工证"), List.of(
                new ExtractedField("姓名", List.of("张敞"), 0.99, Quadrilateral.rectangle(300, 200, 400, 240)),
                new ExtractedField("证号", List.of("T1"), 0.99, Quadrilateral.rectangle(300, 300, 500, 340))),
                Optional.of(Quadrilateral.rectangle(50, 50, 750, 450)));
        List<Finding> findings = List.of(new Finding("IDENTIFIER_INVALID", Severity.ERROR, Optional.of("证号"), "证号不符合", "invalid"));
        RecognitionResult result = new RecognitionResult(new LogId(1), DocumentKind.IMAGE, OptionalInt.empty(), List.of(new JudgedCertificate(card, findings)),
                LocalDate.of(2026, 11, 24));

        BufferedImage annotated = PageAnnotator.annotate(page, result);

        assertThat(annotated.getWidth()).isGreaterThan(800);
        assertThat(annotated.getHeight()).isGreaterThanOrEqualTo(500);
        // The card's outline in the first card colour, the flagged field's box in red, an untouched spot still white.
        assertThat(new Color(annotated.getRGB(50, 250))).isEqualTo(new Color(0x1565C0));
        assertThat(new Color(annotated.getRGB(500, 320)).getRed()).isGreaterThan(150);
        assertThat(new Color(annotated.getRGB(500, 320)).getBlue()).isLessThan(100);
        assertThat(annotated.getRGB(200, 420) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        // Something is written in the legend.
        long inked = 0;
        for (int y = 0; y < annotated.getHeight(); y++) {
            for (int x = 800; x < annotated.getWidth(); x++) {
                if ((annotated.getRGB(x, y) & 0xFFFFFF) != 0xF5F5F5) {
                    inked++;
                }
            }
        }
        assertThat(inked).isGreaterThan(200);
    }

    @Test
    void aPictureReadTurnedIsDrawnTurnedSoTheBoxesFallOnWhatTheyName()
    {
        // Stored 500 wide and 800 high; read a quarter turn clockwise, 800 wide and 500 high.
        BufferedImage stored = new BufferedImage(500, 800, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D graphics = stored.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 500, 800);
        graphics.setColor(Color.BLACK);
        graphics.fillRect(10, 10, 30, 30);
        graphics.dispose();
        Certificate card = new Certificate(0, Optional.of("低压电工证"), List.of(
                new ExtractedField("姓名", List.of("张敞"), 0.99, Quadrilateral.rectangle(600, 300, 700, 340))), Optional.empty());
        RecognitionResult result = new RecognitionResult(new LogId(1), DocumentKind.IMAGE, OptionalInt.empty(), List.of(new JudgedCertificate(card, List.of())),
                LocalDate.of(2026, 11, 24), List.of(), Optional.of(new PageContent.Raster(stored, QuarterTurns.CLOCKWISE)));

        BufferedImage annotated = PageAnnotator.annotate(stored, result);

        assertThat(annotated.getHeight()).isGreaterThanOrEqualTo(500);
        // The stored top-left square is at the top right once turned; the field's box is drawn in page coordinates past the stored width.
        assertThat(annotated.getRGB(775, 25) & 0xFFFFFF).isZero();
        assertThat(annotated.getRGB(25, 25) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(new Color(annotated.getRGB(600, 320))).isEqualTo(new Color(0x1565C0));
        assertThat(annotated.getRGB(650, 320) & 0xFFFFFF).isNotEqualTo(0xFFFFFF);
    }
}
