package io.certscan.application.port.in;

import io.certscan.application.document.DocumentKind;
import io.certscan.application.document.PageContent;
import io.certscan.domain.layout.Layout;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * What one request produced: its log id, where the document came from, the page count of a PDF or
 * OFD, each certificate found with the findings of the rules as of {@code evaluationDate}, and
 * the lines of text read on the page, each with the card and field it went into (none when the
 * engine gives no lines), and the page as it was recognised: the very picture OCR read, or the
 * text layer (empty when the engine gives none, as the cloud's), so that what is drawn is what
 * was read, and a URL is never downloaded again to draw it.
 */
public record RecognitionResult(LogId logId, DocumentKind sourceKind, OptionalInt pageCount, List<JudgedCertificate> certificates, LocalDate evaluationDate,
                                List<Layout.PlacedLine> lines, Optional<PageContent> page)
{
    public RecognitionResult(LogId logId, DocumentKind sourceKind, OptionalInt pageCount, List<JudgedCertificate> certificates, LocalDate evaluationDate)
    {
        this(logId, sourceKind, pageCount, certificates, evaluationDate, List.of());
    }

    public RecognitionResult(LogId logId, DocumentKind sourceKind, OptionalInt pageCount, List<JudgedCertificate> certificates, LocalDate evaluationDate,
            List<Layout.PlacedLine> lines)
    {
        this(logId, sourceKind, pageCount, certificates, evaluationDate, lines, Optional.empty());
    }

    public RecognitionResult
    {
        requireNonNull(page, "page is null");
        lines = List.copyOf(requireNonNull(lines, "lines is null"));
        requireNonNull(logId, "logId is null");
        requireNonNull(sourceKind, "sourceKind is null");
        requireNonNull(pageCount, "pageCount is null");
        certificates = List.copyOf(requireNonNull(certificates, "certificates is null"));
        requireNonNull(evaluationDate, "evaluationDate is null");
    }
}
