package io.certscan.application.document;

import io.certscan.domain.error.CertscanException;

import java.util.OptionalInt;
import java.util.function.Function;

/**
 * Where the pages of a document go, one after another, as they are done: each page, or the
 * failure of that page (a page that fails does not end the others). A failure of page 1 with
 * nothing before it may be the whole document's (it could not be opened): then no page follows.
 */
public interface PageSink<T>
{
    void page(int number, T page);

    void failed(int number, CertscanException failure);

    /**
     * The pages of a document one request each: the page the source names, then each further page
     * up to the count the first one gives. For readers and engines that cannot open a document
     * once for all its pages.
     */
    static <T> void pageByPage(DocumentSource source, Function<DocumentSource, T> read, Function<T, OptionalInt> pageCount, PageSink<T> pages)
    {
        T first;
        try {
            first = read.apply(source);
        }
        catch (CertscanException failure) {
            pages.failed(source.page(), failure);
            return;
        }
        pages.page(source.page(), first);
        for (int page = source.page() + 1; page <= pageCount.apply(first).orElse(source.page()); page++) {
            T next;
            try {
                next = read.apply(source.atPage(page));
            }
            catch (CertscanException failure) {
                pages.failed(page, failure);
                continue;
            }
            pages.page(page, next);
        }
    }
}
