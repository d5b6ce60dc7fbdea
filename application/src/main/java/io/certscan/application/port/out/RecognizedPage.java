package io.certscan.application.port.out;

import io.certscan.domain.certificate.Certificate;

import java.util.List;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/** The certificates found on one page, numbered 0, 1, … in reading order, and the document's page count when it has pages. */
public record RecognizedPage(List<Certificate> certificates, OptionalInt pageCount)
{
    public RecognizedPage
    {
        certificates = List.copyOf(requireNonNull(certificates, "certificates is null"));
        requireNonNull(pageCount, "pageCount is null");
        for (int i = 0; i < certificates.size(); i++) {
            if (certificates.get(i).index() != i) {
                throw new IllegalArgumentException("certificates must be numbered 0, 1, … in order; found " + certificates.get(i).index() + " at " + i);
            }
        }
    }
}
