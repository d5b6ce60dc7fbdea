package io.certscan.application.port.in;

import io.certscan.application.document.PageSink;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.geometry.QuarterTurns;

import java.awt.image.BufferedImage;
import java.util.Map;

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

    /**
     * Several recognised pages of the document the command names, each drawn as
     * {@link #annotated} draws it and handed over, or its failure: {@code results} holds each
     * page's recognition by its number. The pages that must be drawn again (a text layer, read
     * where it stands) are drawn from one more reading of the document, not one a page. This
     * default draws each page on its own.
     */
    default void annotatedAll(RecognizeCommand command, Map<Integer, RecognitionResult> results, PageSink<BufferedImage> pictures)
    {
        results.forEach((page, result) -> {
            BufferedImage picture;
            try {
                picture = annotated(command.withSource(command.source().atPage(page)), result);
            }
            catch (CertscanException failure) {
                pictures.failed(page, failure);
                return;
            }
            pictures.page(page, picture);
        });
    }
}
