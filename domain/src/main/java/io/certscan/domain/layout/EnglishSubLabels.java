package io.certscan.domain.layout;

import io.certscan.domain.certificate.FieldNames;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Bilingual documents (驾驶证, 行驶证, some permits) print an English name beside or under each
 * label: {@code 姓名 Name}, {@code 号牌号码 Plate No.}, {@code 有效期限 Valid Period}. The English is
 * part of the label, never its value: read on the label's line it is cut from the value's start,
 * read as a line of its own it joins the label.
 */
final class EnglishSubLabels
{
    private static final List<String> KNOWN = List.of(
            "name", "sex", "nationality", "address", "date of birth", "birth", "date of first issue", "first issue date", "class", "valid period",
            "valid from", "valid until", "issue date", "date of issue", "issuing authority", "license no", "licence no", "no", "plate no", "vehicle type",
            "owner", "use character", "model", "vin", "engine no", "register date", "registration date", "file no", "record", "ethnic group",
            "id no", "id number", "type", "period of validity", "issued by", "code", "holder", "sex/gender", "gender", "date", "remarks");
    /** The known ones, longest first, so that the longest one a value starts with is cut. */
    private static final List<String> LONGEST_FIRST = KNOWN.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** A label-like English phrase: one to four words, the first capitalised, letters and a few marks only. */
    private static final Pattern PHRASE = Pattern.compile("[A-Z][A-Za-z]*\\.?(?:[ /][A-Za-z][A-Za-z]*\\.?){0,3}");
    private static final Pattern TRAILING_DOTS_AND_COLONS = Pattern.compile("[." + FieldNames.COLONS + "]+$");
    private static final Pattern TRAILING_COLON = Pattern.compile("[" + FieldNames.COLONS + "]$");

    private EnglishSubLabels() {}

    /** The known English sub-label a value read on its label's line starts with, to cut off. */
    static Optional<String> leading(String value)
    {
        String lower = value.toLowerCase(Locale.ROOT);
        return LONGEST_FIRST.stream()
                .filter(known -> lower.startsWith(known) && (lower.length() == known.length() || !Character.isLetter(lower.charAt(known.length()))))
                .findFirst()
                .map(known -> value.substring(0, known.length()));
    }

    /** A whole line that is one of the English sub-labels these documents print. */
    static boolean known(String text)
    {
        return KNOWN.contains(TRAILING_DOTS_AND_COLONS.matcher(text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT)).replaceAll(""));
    }

    /** A whole line shaped like an English label: a few capitalised words. */
    static boolean labelShaped(String text)
    {
        String compact = TRAILING_COLON.matcher(text.strip().replaceAll("\\s+", " ")).replaceAll("");
        return PHRASE.matcher(compact).matches() && compact.length() <= 24;
    }

    /**
     * Lines that are English sub-labels right beside (after) or right under a label join that label
     * (its lines now include theirs) and leave the pieces to pair.
     */
    static List<Piece> joined(List<Piece> pieces, double lineHeight)
    {
        List<Piece> result = new ArrayList<>(pieces);
        for (Piece piece : pieces) {
            boolean known = known(piece.text);
            if (piece.label || !known && !labelShaped(piece.text)) {
                continue;
            }
            // Under a label only a known one: an English value may stand under its label too.
            Optional<Piece> label = result.stream()
                    .filter(other -> other.label && other != piece)
                    .filter(other -> besideAfter(other, piece, lineHeight) || known && under(other, piece, lineHeight))
                    .min(Comparator.comparingDouble(other -> Math.abs(other.center().y() - piece.center().y()) + Math.abs(other.box.right() - piece.box.left())));
            if (label.isPresent()) {
                label.get().sources.or(piece.sources);
                result.remove(piece);
            }
        }
        return result;
    }

    private static boolean besideAfter(Piece label, Piece piece, double lineHeight)
    {
        double overlap = label.box.verticalOverlap(piece.box);
        return overlap >= 0.5 * Math.min(label.box.height(), piece.box.height()) && piece.box.left() >= label.box.right() - 0.5 * lineHeight
                && piece.box.left() - label.box.right() <= 2 * Math.max(lineHeight, label.box.height()) && label.inlineValue == null;
    }

    private static boolean under(Piece label, Piece piece, double lineHeight)
    {
        return piece.box.top() >= label.box.bottom() - 0.3 * label.box.height() && piece.box.top() <= label.box.bottom() + 0.6 * Math.max(lineHeight, label.box.height())
                && piece.center().x() >= label.box.left() - lineHeight && piece.center().x() <= label.box.right() + lineHeight
                && piece.box.height() <= 1.2 * label.box.height() && FieldNames.normalize(piece.text).length() >= 2;
    }
}
