package io.certscan.application.port.out;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;

/** Decodes an image, or opens a PDF/OFD and selects its page. */
public interface ReadDocument
{
    /**
     * @param source an {@link DocumentSource.Image}, {@link DocumentSource.Pdf} or {@link DocumentSource.Ofd}
     * @throws io.certscan.domain.error.CertscanException with 216200–216202 or 216100 for a bad document
     */
    LoadedPage read(DocumentSource source);
}
