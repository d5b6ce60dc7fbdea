package io.certscan.application.port.in;

import io.certscan.application.document.DocumentKind;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * What one request produced: its log id, where the document came from, the page count of a PDF or
 * OFD, and each certificate found with the findings of the rules as of {@code evaluationDate}.
 */
public record RecognitionResult(LogId logId, DocumentKind sourceKind, OptionalInt pageCount, List<JudgedCertificate> certificates, LocalDate evaluationDate)
{
    public RecognitionResult
    {
        requireNonNull(logId, "logId is null");
        requireNonNull(sourceKind, "sourceKind is null");
        requireNonNull(pageCount, "pageCount is null");
        certificates = List.copyOf(requireNonNull(certificates, "certificates is null"));
        requireNonNull(evaluationDate, "evaluationDate is null");
    }
}
