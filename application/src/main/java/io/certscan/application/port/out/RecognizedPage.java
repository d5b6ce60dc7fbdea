package io.certscan.application.port.out;

import io.certscan.application.document.PageContent;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.layout.Layout;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * The certificates found on one page, numbered 0, 1, … in reading order, the document's page count
 * when it has pages, and every line of text the engine read on the page with the card and field it
 * went into (paired or not; empty for an engine that gives no lines, such as the cloud's), and the
 * page content it read (the picture OCR ran on, or the text layer; empty for the cloud's engine).
 */
public record RecognizedPage(List<Certificate> certificates, OptionalInt pageCount, List<Layout.PlacedLine> lines, Optional<PageContent> content)
{
    public RecognizedPage(List<Certificate> certificates, OptionalInt pageCount)
    {
        this(certificates, pageCount, List.of());
    }

    public RecognizedPage(List<Certificate> certificates, OptionalInt pageCount, List<Layout.PlacedLine> lines)
    {
        this(certificates, pageCount, lines, Optional.empty());
    }

    public RecognizedPage
    {
        requireNonNull(content, "content is null");
        certificates = List.copyOf(requireNonNull(certificates, "certificates is null"));
        requireNonNull(pageCount, "pageCount is null");
        lines = List.copyOf(requireNonNull(lines, "lines is null"));
        for (int i = 0; i < certificates.size(); i++) {
            if (certificates.get(i).index() != i) {
                throw new IllegalArgumentException("certificates must be numbered 0, 1, … in order; found " + certificates.get(i).index() + " at " + i);
            }
        }
    }
}
