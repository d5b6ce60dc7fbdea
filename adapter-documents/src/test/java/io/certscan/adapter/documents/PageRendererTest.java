package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.domain.geometry.QuarterTurns;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages of one document drawn together from one reading of it, as each alone would be drawn. */
class PageRendererTest
{
    private final PageRenderer renderer = new PageRenderer(new DocumentReader(), url -> { throw new AssertionError("nothing is fetched"); });

    @Test
    void thePagesOfAPdfAreRenderedFromOneParseOfTheFile()
            throws IOException
    {
        byte[] pdf = PdfPagesTest.certificatePdf(null);
        Map<Integer, BufferedImage> together = new TreeMap<>();
        long before = PdfPages.OPENED.get();

        renderer.renderAll(new DocumentSource.Pdf(pdf, 1), List.of(1, 2), OfdDrawingTest.collecting(together));

        assertThat(PdfPages.OPENED.get() - before).isEqualTo(1);
        assertThat(together).containsOnlyKeys(1, 2);
        // Alone, each page is a parse of its own, and the same picture.
        long alone = PdfPages.OPENED.get();
        BufferedImage second = renderer.render(new DocumentSource.Pdf(pdf, 2), QuarterTurns.NONE);
        assertThat(PdfPages.OPENED.get() - alone).isEqualTo(1);
        assertThat(together.get(2).getWidth()).isEqualTo(second.getWidth()).isEqualTo(1190);
        assertThat(together.get(2).getHeight()).isEqualTo(second.getHeight());
        assertThat(together.get(2).getRGB(second.getWidth() / 3, 120)).isEqualTo(second.getRGB(second.getWidth() / 3, 120));
    }
}
