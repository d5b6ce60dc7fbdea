package io.certscan.application.port.out;

import io.certscan.application.document.DocumentSource;

/**
 * Turns a source into the certificates found in it: the embedded engine (OCR and layout) or a
 * cloud service that answers general_ocr itself.
 */
public interface RecognizeCertificates
{
    RecognizedPage recognize(DocumentSource source);

    /** A URL source fetched into the picture it names; any other source, or any source for an engine that fetches URLs itself, as it is. */
    default DocumentSource fetched(DocumentSource source)
    {
        return source;
    }
}
