package io.certscan.domain.layout;

import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A paper invoice prints its code and its number without labels at the top: the code as 10 or 12
 * digits, the number as 8 digits after {@code No} / {@code №} (and again, small, at the top right).
 * On an invoice that has no 发票代码 or 发票号码 field, the first such unpaired lines in its top
 * part become them.
 */
final class InvoiceNumbers
{
    private static final Pattern CODE = Pattern.compile("\\d{10}|\\d{12}");
    private static final Pattern NUMBER = Pattern.compile("(?:No\\.?|NO\\.?|№)?\\s*(\\d{8})");
    /** The top part of the card, as a share of its height, where these are printed. */
    private static final double TOP_SHARE = 0.3;

    private InvoiceNumbers() {}

    static List<Sections.Labelled> found(List<Piece> pieces, Set<Piece> used, List<Sections.Labelled> fields, double top, double bottom)
    {
        boolean hasCode = fields.stream().anyMatch(field -> FieldNames.normalize(field.field().name()).equals("发票代码"));
        boolean hasNumber = fields.stream().anyMatch(field -> FieldNames.normalize(field.field().name()).equals("发票号码"));
        List<Sections.Labelled> found = new ArrayList<>();
        double limit = top + TOP_SHARE * (bottom - top);
        List<Piece> candidates = pieces.stream().filter(piece -> !used.contains(piece) && !piece.label && piece.box.top() <= limit).toList();
        if (!hasCode) {
            first(candidates, CODE).ifPresent(piece -> found.add(field("发票代码", piece, FieldNames.normalize(piece.text))));
        }
        if (!hasNumber) {
            first(candidates, NUMBER).ifPresent(piece -> {
                Matcher matcher = NUMBER.matcher(FieldNames.normalize(piece.text));
                matcher.matches();
                found.add(field("发票号码", piece, matcher.group(1)));
            });
        }
        found.forEach(field -> used.add(field.label()));
        return found;
    }

    private static Optional<Piece> first(List<Piece> candidates, Pattern pattern)
    {
        return candidates.stream().filter(piece -> pattern.matcher(FieldNames.normalize(piece.text)).matches()).findFirst();
    }

    private static Sections.Labelled field(String name, Piece piece, String value)
    {
        return new Sections.Labelled(piece, new ExtractedField(name, List.of(value), piece.confidence, piece.box), piece.sources);
    }
}
