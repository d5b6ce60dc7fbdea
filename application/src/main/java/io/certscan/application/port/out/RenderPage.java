package io.certscan.application.port.out;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.domain.geometry.QuarterTurns;

import java.awt.image.BufferedImage;

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
     * The page as its recognition read it, with each card outlined, each field's box drawn and
     * named, and the findings in a legend: {@code page} is the picture as stored (or drawn), and is
     * turned as the result's page says it was read.
     */
    BufferedImage annotate(BufferedImage page, RecognitionResult result);
}
