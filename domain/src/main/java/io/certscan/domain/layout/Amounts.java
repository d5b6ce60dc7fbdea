package io.certscan.domain.layout;

import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An invoice's total is printed as 价税合计（大写） with the amount in words and, further along the
 * row, （小写） with the figure: the figure is the total, {@code 价税合计}; the words keep their
 * qualified label.
 */
final class Amounts
{
    private static final Pattern IN_FIGURES = Pattern.compile("^[（(]小写[）)]$");
    private static final String TOTAL = "价税合计";

    private Amounts() {}

    static List<ExtractedField> named(List<ExtractedField> fields)
    {
        boolean hasTotal = fields.stream().anyMatch(field -> FieldNames.normalize(field.name()).startsWith(TOTAL));
        boolean figureNamed = fields.stream().anyMatch(field -> FieldNames.normalize(field.name()).equals(TOTAL));
        if (!hasTotal || figureNamed) {
            return fields;
        }
        return fields.stream()
                .map(field -> IN_FIGURES.matcher(FieldNames.normalize(field.name())).matches()
                        ? new ExtractedField(TOTAL, field.words(), field.confidence(), field.location())
                        : field)
                .toList();
    }
}
