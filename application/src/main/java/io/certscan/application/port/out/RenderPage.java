package io.certscan.application.port.out;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageSink;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.geometry.QuarterTurns;

import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Pictures of pages (AWT drawing, fonts: an adapter's business): the page a source names, in the
 * coordinates recognition gives its boxes in (the picture turned as OCR turned it to read it, a
 * PDF page rendered at the scale of its text layer, an OFD page's scan or its text drawn where it
 * stands), and a recognition drawn on its page.
 */
public interface RenderPage
{
    /**
     * The page {@code source} names, turned clockwise by {@code turn} (the turn its recognition
     * read it with, {@link io.certscan.application.document.PageContent#turned()}).
     *
     * @throws io.certscan.domain.error.CertscanException with the same codes reading the source gives
     */
    BufferedImage render(DocumentSource source, QuarterTurns turn);

    /**
     * Pages of one document as they are stored or drawn, not turned: {@code source} names the
     * document (its own page is not one of them unless listed), {@code pages} the pages wanted,
     * each handed over as it is drawn, or its failure. Renderers that can read a document once for
     * several pages do so; this default reads it once a page.
     */
    default void renderAll(DocumentSource source, List<Integer> pages, PageSink<BufferedImage> pictures)
    {
        for (int page : pages) {
            BufferedImage picture;
            try {
                picture = render(source.atPage(page), QuarterTurns.NONE);
            }
            catch (CertscanException failure) {
                pictures.failed(page, failure);
                continue;
            }
            pictures.page(page, picture);
        }
    }

    /**
     * The page as its recognition read it, with each card outlined, each field's box drawn and
     * named, and the findings in a legend: {@code page} is the picture as stored (or drawn), and is
     * turned as the result's page says it was read.
     */
    BufferedImage annotate(BufferedImage page, RecognitionResult result);
}
