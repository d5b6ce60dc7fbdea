package io.certscan.domain.layout;

import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An invoice's total is printed as 价税合计（大写） with the amount in words and, further along the
 * row, （小写） with the figure: the figure is the total, {@code 价税合计}, always with its ¥; the words
 * keep their qualified label.
 */
final class Amounts
{
    private static final Pattern IN_FIGURES = Pattern.compile("^[（(]小写[）)]$");
    private static final String TOTAL = "价税合计";

    private Amounts() {}

    /**
     * An invoice's 合计 row holds the amount and, further along, the tax: 合计金额 and 合计税额
     * (the tax may be *** when exempt).
     */
    static List<Sections.Labelled> totals(List<Sections.Labelled> fields, List<Piece> pieces, java.util.Set<Piece> used)
    {
        List<Sections.Labelled> result = new java.util.ArrayList<>();
        for (Sections.Labelled field : fields) {
            boolean sum = FieldNames.normalize(field.field().name()).equals("合计")
                    && io.certscan.domain.amount.ChineseAmount.toTheCent(FieldNames.normalize(field.field().value())).isPresent();
            if (!sum) {
                result.add(field);
                continue;
            }
            ExtractedField amount = field.field();
            result.add(new Sections.Labelled(field.label(), new ExtractedField("合计金额", amount.words(), amount.confidence(), amount.location()), field.sources()));
            double valueRight = amount.location().map(box -> box.right()).orElse(field.label().box.right());
            pieces.stream()
                    .filter(piece -> !used.contains(piece) && !piece.label && Rows.sameRow(field.label(), piece) && piece.box.left() > valueRight)
                    .filter(piece -> {
                        String text = FieldNames.normalize(piece.text);
                        return io.certscan.domain.amount.ChineseAmount.toTheCent(text).isPresent() || text.matches("\\*+");
                    })
                    .min(java.util.Comparator.comparingDouble(piece -> piece.box.left()))
                    .ifPresent(tax -> {
                        used.add(tax);
                        result.add(new Sections.Labelled(tax, new ExtractedField("合计税额", List.of(tax.text), tax.confidence, tax.box), tax.sources));
                    });
        }
        return result;
    }

    /**
     * The figure as printed, ¥ first: some producers draw the sign as a picture, outside the text
     * layer, and OCR reads it full width (￥) as often as not.
     */
    private static List<String> withCurrencySign(List<String> words)
    {
        if (words.isEmpty() || io.certscan.domain.amount.ChineseAmount.figure(words.get(0)).isEmpty()) {
            return words;
        }
        List<String> signed = new java.util.ArrayList<>(words);
        signed.set(0, "¥" + words.get(0).strip().replaceFirst("^[¥￥]\\s*", ""));
        return signed;
    }

    static List<ExtractedField> named(List<ExtractedField> fields)
    {
        boolean hasTotal = fields.stream().anyMatch(field -> FieldNames.normalize(field.name()).startsWith(TOTAL));
        boolean figureNamed = fields.stream().anyMatch(field -> FieldNames.normalize(field.name()).equals(TOTAL));
        if (!hasTotal || figureNamed) {
            return fields;
        }
        return fields.stream()
                .map(field -> IN_FIGURES.matcher(FieldNames.normalize(field.name())).matches()
                        ? new ExtractedField(TOTAL, withCurrencySign(field.words()), field.confidence(), field.location())
                        : field)
                .toList();
    }
}
