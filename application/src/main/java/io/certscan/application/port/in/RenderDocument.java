package io.certscan.application.port.in;

import io.certscan.domain.geometry.QuarterTurns;

import java.awt.image.BufferedImage;

/** Pictures of what was recognised: the page a request names, and that page with the recognition drawn on it. */
public interface RenderDocument
{
    /**
     * The page the command names, turned clockwise by {@code turn}: with the turn its recognition
     * read it with ({@link RecognitionResult#page()}'s), in the coordinates of that recognition's boxes.
     */
    BufferedImage page(RecognizeCommand command, QuarterTurns turn);

    /** The page the command names as it is stored or drawn, not turned. */
    default BufferedImage page(RecognizeCommand command)
    {
        return page(command, QuarterTurns.NONE);
    }

    /** The page as it was read, with each card outlined, each field's box drawn and named, and the findings in a legend. */
    BufferedImage annotated(RecognizeCommand command, RecognitionResult result);
}
