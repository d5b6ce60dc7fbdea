package io.certscan.application.port.out;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.port.in.RecognitionResult;

import java.awt.image.BufferedImage;

/**
 * Pictures of pages (AWT drawing, fonts: an adapter's business): the page a source names, in the
 * coordinates recognition gives its boxes in (the picture turned upright, a PDF page rendered at
 * the scale of its text layer, an OFD page's scan or its text drawn where it stands), and a
 * recognition drawn on its page.
 */
public interface RenderPage
{
    /**
     * @throws io.certscan.domain.error.CertscanException with the same codes reading the source gives
     */
    BufferedImage render(DocumentSource source);

    /** The page with each card outlined, each field's box drawn and named, and the findings in a legend. */
    BufferedImage annotate(BufferedImage page, RecognitionResult result);
}
