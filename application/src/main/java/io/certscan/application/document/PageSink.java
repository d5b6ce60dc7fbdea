package io.certscan.application.document;

import io.certscan.domain.error.CertscanException;

/**
 * Where the pages of a document go, one after another, as they are done: each page, or the
 * failure of that page (a page that fails does not end the others). A failure of page 1 with
 * nothing before it may be the whole document's (it could not be opened): then no page follows.
 */
public interface PageSink<T>
{
    void page(int number, T page);

    void failed(int number, CertscanException failure);
}
