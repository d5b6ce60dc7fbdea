package io.certscan.application.document;

import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/** The selected page of a document and, for PDF and OFD, how many pages the document has. */
public record LoadedPage(PageContent content, OptionalInt pageCount)
{
    public LoadedPage
    {
        requireNonNull(content, "content is null");
        requireNonNull(pageCount, "pageCount is null");
    }
}
