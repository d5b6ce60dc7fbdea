package io.certscan.domain.layout;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.text.TextLine;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/** What the layout made of a page's lines: the certificates, and where each line went. */
public record Layout(List<Certificate> certificates, List<PlacedLine> lines)
{
    public Layout
    {
        certificates = List.copyOf(requireNonNull(certificates, "certificates is null"));
        lines = List.copyOf(requireNonNull(lines, "lines is null"));
    }

    /**
     * A line as read, the card it lies on (none for a line outside every card) and the field it
     * went into: {@code 标题} for a title, the field's name for its label and value lines, none for
     * a line paired with nothing (a seal, a notice, a caption, or a value the layout missed).
     */
    public record PlacedLine(TextLine line, OptionalInt card, Optional<String> field)
    {
        public PlacedLine
        {
            requireNonNull(line, "line is null");
            requireNonNull(card, "card is null");
            requireNonNull(field, "field is null");
        }
    }
}
