package io.certscan.application.port.in;

import io.certscan.application.document.PageSink;

/** The use case: recognise the certificates in one document and judge them. */
public interface RecognizeDocument
{
    /**
     * @throws io.certscan.domain.error.CertscanException with the general_ocr error code of what went wrong
     */
    RecognitionResult recognize(RecognizeCommand command);

    /**
     * Every page of the document from the page the command names to the last, each recognised
     * and judged and handed over as it is done (a page that fails is handed over as its failure,
     * and the others go on). The document is read once where the engine can; this default
     * recognises it page by page.
     */
    default void recognizeAll(RecognizeCommand command, PageSink<RecognitionResult> pages)
    {
        PageSink.pageByPage(command.source(), source -> recognize(command.withSource(source)), RecognitionResult::pageCount, pages);
    }

    /**
     * The command with its URL source fetched, for callers that fetch on threads of their own
     * rather than on the workers that recognise (a server's CPU is no place to wait on a
     * network); the command as it is when there is nothing to fetch, or when the engine reads
     * URLs itself (the cloud's).
     *
     * @throws io.certscan.domain.error.CertscanException with the general_ocr error code of the failed fetch
     */
    default RecognizeCommand fetched(RecognizeCommand command)
    {
        return command;
    }
}
