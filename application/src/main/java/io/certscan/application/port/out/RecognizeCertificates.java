package io.certscan.application.port.out;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageSink;

/**
 * Turns a source into the certificates found in it: the embedded engine (OCR and layout) or a
 * cloud service that answers general_ocr itself.
 */
public interface RecognizeCertificates
{
    RecognizedPage recognize(DocumentSource source);

    /**
     * Every page of the document from the page the source names, each recognised as it is read.
     * An engine that reads a document once for all its pages does so; this default sends it
     * once a page (the cloud's general_ocr takes one page a request).
     */
    default void recognizeAll(DocumentSource source, PageSink<RecognizedPage> pages)
    {
        PageSink.pageByPage(source, this::recognize, RecognizedPage::pageCount, pages);
    }

    /** A URL source fetched into the picture it names; any other source, or any source for an engine that fetches URLs itself, as it is. */
    default DocumentSource fetched(DocumentSource source)
    {
        return source;
    }
}
