package io.certscan.application.port.out;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageSink;

/** Decodes an image, or opens a PDF/OFD and selects its page. */
public interface ReadDocument
{
    /**
     * @param source an {@link DocumentSource.Image}, {@link DocumentSource.Pdf} or {@link DocumentSource.Ofd}
     * @throws io.certscan.domain.error.CertscanException with 216200–216202 or 216100 for a bad document
     */
    LoadedPage read(DocumentSource source);

    /**
     * Every page of the document, from the page the source names to the last, each handed over
     * as it is read. Readers that can open a document once for all its pages do so; this default
     * opens it once a page.
     */
    default void readAll(DocumentSource source, PageSink<LoadedPage> pages)
    {
        PageSink.pageByPage(source, this::read, LoadedPage::pageCount, pages);
    }
}
