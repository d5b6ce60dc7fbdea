package io.certscan.adapter.documents;

import io.certscan.application.document.PageSink;
import io.certscan.domain.error.CertscanException;

import java.util.function.Supplier;

import static java.util.Objects.requireNonNull;

/**
 * A page sink called from inside a reader's open document: whatever the sink throws (its own
 * work on a page: OCR, a caller deciding to stop) is carried through the reader's translation of
 * failures untouched as {@link Escaped}, never taken for the document's own failure.
 */
final class GuardedSink<T>
        implements PageSink<T>
{
    private final PageSink<T> sink;

    GuardedSink(PageSink<T> sink)
    {
        this.sink = requireNonNull(sink, "sink is null");
    }

    @Override
    public void page(int number, T page)
    {
        try {
            sink.page(number, page);
        }
        catch (RuntimeException failure) {
            throw new Escaped(failure);
        }
    }

    @Override
    public void failed(int number, CertscanException failure)
    {
        try {
            sink.failed(number, failure);
        }
        catch (RuntimeException thrown) {
            throw new Escaped(thrown);
        }
    }

    /**
     * One page read inside the open document: what {@code read} makes is handed over, and the
     * {@link CertscanException} it throws is that page's failure; the reader goes on to the next.
     */
    void offer(int number, Supplier<T> read)
    {
        T page;
        try {
            page = read.get();
        }
        catch (CertscanException failure) {
            failed(number, failure);
            return;
        }
        page(number, page);
    }

    /** What the sink threw, on its way out of the reader. */
    static final class Escaped
            extends RuntimeException
    {
        Escaped(RuntimeException failure)
        {
            super(failure);
        }

        RuntimeException failure()
        {
            return (RuntimeException) getCause();
        }
    }
}
