package io.certscan.application.port.out;

import io.certscan.application.document.DocumentSource;

import java.awt.image.BufferedImage;

/**
 * The page a source names as a picture, in the coordinates recognition gives its boxes in: the
 * picture turned upright, a PDF page rendered at the scale of its text layer, an OFD page's scan or
 * its text drawn where it stands.
 */
public interface RenderPage
{
    /**
     * @throws io.certscan.domain.error.CertscanException with the same codes reading the source gives
     */
    BufferedImage render(DocumentSource source);
}
