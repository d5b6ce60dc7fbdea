package io.certscan.application.port.in;

import java.awt.image.BufferedImage;

/** Pictures of what was recognised: the page a request names, and that page with the recognition drawn on it. */
public interface RenderDocument
{
    /** The page the command names, upright, in the coordinates of the boxes of its recognition. */
    BufferedImage page(RecognizeCommand command);

    /** The page with each card outlined, each field's box drawn and named, and the findings in a legend. */
    BufferedImage annotated(RecognizeCommand command, RecognitionResult result);
}
