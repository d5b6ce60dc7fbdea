package io.certscan.domain.layout;

import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.geometry.Quadrilateral;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stage 3, labels: {@code 标签：值} lines split at the colon, known labels split off the value they
 * were read with, letter-spaced labels joined (also when OCR glued their last characters to the
 * value), labels wrapped in a table cell joined, unknown short phrases in the label column taken
 * for labels.
 */
final class Labels
{
    private Labels() {}

    /** A known label and a short qualifier in brackets: 价税合计（大写）, 金额(元). */
    static final Pattern QUALIFIED_LABEL = Pattern.compile("\\s*(\\S{2,12}?)\\s*[（(][^）)]{1,4}[）)]\\s*");

    /**
     * An amount's qualifier that starts a line and labels what follows: （小写）¥526.00. Only these:
     * other bracketed starts are values ((苏)JZ安许证字[2021]546710).
     */
    static final Pattern LEADING_QUALIFIER = Pattern.compile("\\s*[（(]\\s*[小大]\\s*写\\s*[）)]");

    /**
     * Two pairs OCR read as one line, {@code 名称：某某建筑工程有限公司地址：某某路48栋}, are two lines:
     * where the text between two colons ends in a known label, that label starts the second pair.
     */
    static List<Piece> twoPairsOnALine(List<Piece> pieces)
    {
        List<Piece> result = new ArrayList<>();
        for (Piece piece : pieces) {
            Piece rest = piece;
            while (true) {
                int cut = secondPairStart(rest.text);
                if (cut < 0) {
                    result.add(rest);
                    break;
                }
                result.add(rest.part(0, cut, rest.text.substring(0, cut)));
                rest = rest.part(cut, rest.text.length(), rest.text.substring(cut));
            }
        }
        return result;
    }

    /** Where a second {@code 标签：} starts in a line that starts with a known label and a colon, or -1. */
    private static int secondPairStart(String text)
    {
        int first = firstColon(text);
        if (first <= 0 || !LabelLexicon.isLabel(text.substring(0, first))) {
            return -1;
        }
        for (int second = first + 2; second < text.length(); second++) {
            if (!FieldNames.isColon(text.charAt(second))) {
                continue;
            }
            for (int length = Math.min(8, second - first - 2); length >= 2; length--) {
                String candidate = text.substring(second - length, second);
                if (LabelLexicon.isLabel(candidate) && !candidate.isBlank()) {
                    return second - length;
                }
            }
            return -1;
        }
        return -1;
    }

    /** {@code 证号：T320…} becomes a label with its value; {@code 姓名张敞} (one OCR line) too. */
    static List<Piece> splitInline(List<Piece> pieces, double lineHeight)
    {
        double labelColumn = pieces.stream().mapToDouble(piece -> piece.box.left()).min().orElse(0);
        List<Piece> result = new ArrayList<>();
        for (Piece piece : pieces) {
            if (indentedContinuation(piece, pieces, labelColumn, lineHeight) || rightAfterLabel(piece, pieces) && !startsWithKnownLabelAndColon(piece.text)) {
                result.add(piece);
                continue;
            }
            int colon = firstColon(piece.text);
            String labelText = null;
            int valueStart = -1;
            Matcher qualified = QUALIFIED_LABEL.matcher(piece.text);
            Matcher qualifier = LEADING_QUALIFIER.matcher(piece.text);
            if (colon < 0 && qualified.matches() && LabelLexicon.isLabel(qualified.group(1))) {
                // 价税合计（大写）: the qualifier is part of the label, the value is beside it.
                piece.label = true;
                result.add(piece);
                continue;
            }
            if (colon < 0 && qualifier.matches()) {
                // （小写） alone, its figure further along the row: a label like any other.
                piece.label = true;
                result.add(piece);
                continue;
            }
            if (colon < 0 && qualifier.lookingAt() && qualifier.end() < piece.text.length()) {
                // （小写）¥526.00: a qualifier printed before its value labels it.
                labelText = qualifier.group();
                valueStart = qualifier.end();
            }
            else if (colon > 0) {
                String left = FieldNames.normalize(piece.text.substring(0, colon));
                Optional<String> prefix = LabelLexicon.labelPrefix(left);
                if (!LabelLexicon.isLabel(left) && prefix.isPresent() && !LabelLexicon.looksLikeLabel(left)) {
                    // 发明人徐某；李某 with the ； read as a colon: the label is the known one it starts with.
                    valueStart = endOfPrefix(piece.text, prefix.get());
                    labelText = piece.text.substring(0, valueStart);
                    colon = -1;
                }
                else if (!left.isEmpty() && (left.length() <= 14 || LabelLexicon.isLabel(left)) && left.chars().noneMatch(Character::isDigit)) {
                    labelText = piece.text.substring(0, colon);
                    valueStart = colon + 1;
                }
            }
            else {
                Optional<String> prefix = LabelLexicon.labelPrefix(piece.text);
                String remainder = prefix.map(label -> FieldNames.normalize(piece.text).substring(label.length())).orElse("");
                if (prefix.isPresent() && !LabelLexicon.isLabel(piece.text) && !LabelLexicon.isLabel(remainder) && !LabelLexicon.looksLikeLabel(remainder)) {
                    valueStart = endOfPrefix(piece.text, prefix.get());
                    labelText = piece.text.substring(0, valueStart);
                }
            }
            if (labelText == null) {
                result.add(piece);
                continue;
            }
            Piece label = piece.part(0, valueStart, labelText);
            label.label = true;
            label.withoutColon = colon < 0;
            String valueText = withoutLeadingColons(piece.text.substring(valueStart).strip());
            // 姓名Name张三: the label's English name is part of the label.
            Optional<String> english = EnglishSubLabels.leading(valueText);
            if (english.isPresent()) {
                valueStart = piece.text.length() - valueText.length() + english.get().length();
                valueText = withoutLeadingColons(valueText.substring(english.get().length()).strip());
            }
            if (!valueText.isEmpty()) {
                label.inlineValue = piece.part(valueStart, piece.text.length(), valueText);
            }
            label.colonWithoutValue = colon > 0 && valueText.isEmpty();
            result.add(label);
        }
        return result;
    }

    /**
     * A label wrapped inside its table cell: 统一社会信用代 over 码. The line and the short line right
     * under it, within its width, make a known label together.
     */
    static List<Piece> joinTwoLineLabels(List<Piece> pieces)
    {
        List<Piece> result = new ArrayList<>(pieces);
        for (Piece upper : pieces) {
            if (upper.label || upper.inlineValue != null || LabelLexicon.isLabel(upper.text) || !result.contains(upper)) {
                continue;
            }
            String start = FieldNames.normalize(upper.text);
            if (start.length() < 2 || !start.codePoints().allMatch(Piece::isHan)) {
                continue;
            }
            double height = upper.box.height();
            Optional<Piece> lower = result.stream()
                    .filter(other -> other != upper && !other.label && other.inlineValue == null && FieldNames.normalize(other.text).length() <= 3)
                    .filter(other -> other.box.top() >= upper.box.bottom() - Tolerances.WRAPPED_LABEL_ABOVE * height && other.box.top() <= upper.box.bottom() + Tolerances.WRAPPED_LABEL_BELOW * height)
                    .filter(other -> other.center().x() >= upper.box.left() && other.center().x() <= upper.box.right())
                    .filter(other -> LabelLexicon.isLabel(start + FieldNames.normalize(other.text)))
                    .findFirst();
            if (lower.isPresent()) {
                Piece joined = new Piece(start + FieldNames.normalize(lower.get().text), Quadrilateral.enclosing(List.of(upper.box, lower.get().box)),
                        Math.min(upper.confidence, lower.get().confidence), Piece.sources(List.of(upper, lower.get())));
                joined.label = true;
                result.set(result.indexOf(upper), joined);
                result.remove(lower.get());
            }
        }
        return result;
    }

    /**
     * A wrapped line of a value: indented from the label column, alone on its row, right under a
     * line that reaches over where it starts (the value above it, or a {@code 标签：值} line). A
     * colon inside it (经营范围's 一般项目：…, or a ； misread as ：) belongs to the value.
     */
    static boolean indentedContinuation(Piece piece, List<Piece> pieces, double labelColumn, double lineHeight)
    {
        if (piece.box.left() - labelColumn < Tolerances.INDENT * lineHeight || startsWithKnownLabelAndColon(piece.text) || startsWithLongLabel(piece.text)) {
            return false;
        }
        boolean nothingToTheLeft = pieces.stream().noneMatch(other -> other != piece && Rows.sameRow(piece, other) && other.box.right() <= piece.box.left());
        boolean underALine = pieces.stream().anyMatch(other -> other != piece
                && other.box.bottom() <= piece.box.top() + Tolerances.TOUCH * lineHeight && other.box.bottom() >= piece.box.top() - Tolerances.LINE_ABOVE * lineHeight
                && other.box.left() <= piece.box.left() + lineHeight && other.box.right() >= piece.box.left() + lineHeight);
        return nothingToTheLeft && underALine;
    }

    /**
     * {@code 统一社会信用代码91310115…} right-aligned under the title is a field of its own: a label
     * of four characters or more does not start a wrapped line of a value by chance.
     */
    static boolean startsWithLongLabel(String text)
    {
        return LabelLexicon.labelPrefix(text).filter(label -> label.length() >= 4).isPresent();
    }

    /** {@code 发票号码：…} under {@code 发票代码：…} is a field of its own, however far it is indented. */
    static boolean startsWithKnownLabelAndColon(String text)
    {
        int colon = firstColon(text);
        return colon > 0 && LabelLexicon.isLabel(text.substring(0, colon));
    }

    /** Where the first of {@link FieldNames#COLONS} is in a text, or -1. */
    private static int firstColon(String text)
    {
        for (int i = 0; i < text.length(); i++) {
            if (FieldNames.isColon(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A value read with the colons before it ({@code ：：张三}, {@code : 张三}): the value alone. */
    private static String withoutLeadingColons(String value)
    {
        String rest = value;
        while (!rest.isEmpty() && FieldNames.isColon(rest.charAt(0))) {
            rest = rest.substring(1).strip();
        }
        return rest;
    }

    /** A line whose nearest neighbour to the left is a label is that label's value, colons and all. */
    static boolean rightAfterLabel(Piece piece, List<Piece> pieces)
    {
        return pieces.stream()
                .filter(other -> other != piece && Rows.sameRow(piece, other) && other.box.right() <= piece.box.left() + 1)
                .max(Comparator.comparingDouble(other -> other.box.right()))
                .filter(left -> LabelLexicon.isLabel(left.text) || LabelLexicon.looksLikeLabel(left.text))
                .isPresent();
    }

    /** Where a label prefix ends in the printed text, spaces inside it included. */
    static int endOfPrefix(String text, String label)
    {
        int matched = 0;
        int i = 0;
        while (i < text.length() && matched < label.length()) {
            char character = text.charAt(i);
            if (!Character.isWhitespace(character) && !Character.isSpaceChar(character)) {
                matched++;
            }
            i++;
        }
        return i;
    }

    /** 姓 and 名 read as two lines on one row, a wide space apart, are one label. */
    static List<Piece> mergeLetterSpacedLabels(List<Piece> pieces, double lineHeight)
    {
        List<Piece> result = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Piece first = pieces.get(i);
            int end = i;
            List<String> texts = new ArrayList<>(List.of(FieldNames.normalize(first.text)));
            int matchedEnd = -1;
            while (end + 1 < pieces.size() && FieldNames.normalize(pieces.get(end + 1).text).length() <= 2 && texts.get(texts.size() - 1).length() <= 2
                    && Rows.sameRow(pieces.get(end), pieces.get(end + 1)) && pieces.get(end + 1).box.left() - pieces.get(end).box.right() < Tolerances.LETTER_SPACING * lineHeight) {
                end++;
                texts.add(FieldNames.normalize(pieces.get(end).text));
                if (LabelLexicon.joinsIntoLabel(texts)) {
                    matchedEnd = end;
                }
            }
            if (matchedEnd < 0) {
                Optional<Piece> glued = gluedLabel(pieces.subList(i, end + 1), end + 1 < pieces.size() ? pieces.get(end + 1) : null, lineHeight);
                if (glued.isPresent()) {
                    result.add(glued.get());
                    i = end + 2;
                    continue;
                }
            }
            if (matchedEnd > i) {
                List<Piece> parts = pieces.subList(i, matchedEnd + 1);
                Piece merged = new Piece(String.join("", parts.stream().map(piece -> FieldNames.normalize(piece.text)).toList()),
                        Quadrilateral.enclosing(parts.stream().map(piece -> piece.box).toList()),
                        parts.stream().mapToDouble(piece -> piece.confidence).min().orElse(0), Piece.sources(parts));
                merged.label = true;
                // 名 + 称：百望股份有限公司: the value printed after the last part stays the label's.
                Piece last = parts.get(parts.size() - 1);
                merged.inlineValue = last.inlineValue;
                merged.colonWithoutValue = last.colonWithoutValue;
                result.add(merged);
                i = matchedEnd + 1;
            }
            else {
                if (LabelLexicon.isLabel(first.text)) {
                    first.label = true;
                }
                result.add(first);
                i++;
            }
        }
        return result;
    }

    /**
     * 名 + 称广州市越秀区百花甜品店, 经 + 营者杨浩文: a letter-spaced label whose last characters OCR
     * read together with the value. The short pieces and the start of the next piece make a known
     * label; the rest of that piece is its value.
     */
    static Optional<Piece> gluedLabel(List<Piece> shortPieces, Piece next, double lineHeight)
    {
        if (next == null || next.label || next.inlineValue != null || !Rows.sameRow(shortPieces.get(shortPieces.size() - 1), next)
                || next.box.left() - shortPieces.get(shortPieces.size() - 1).box.right() > Tolerances.LETTER_SPACING * lineHeight) {
            return Optional.empty();
        }
        String start = String.join("", shortPieces.stream().map(piece -> FieldNames.normalize(piece.text)).toList());
        if (start.length() > 4 || !start.codePoints().allMatch(Piece::isHan)) {
            return Optional.empty();
        }
        String rest = FieldNames.normalize(next.text);
        for (int taken = Math.min(4, rest.length() - 1); taken >= 1; taken--) {
            String label = start + rest.substring(0, taken);
            if (LabelLexicon.isLabel(label) && !LabelLexicon.isLabel(start)) {
                int cut = endOfPrefix(next.text, rest.substring(0, taken));
                Piece head = next.part(0, cut, next.text.substring(0, cut));
                List<Quadrilateral> boxes = new ArrayList<>(shortPieces.stream().map(piece -> piece.box).toList());
                boxes.add(head.box);
                Piece merged = new Piece(label, Quadrilateral.enclosing(boxes),
                        Math.min(next.confidence, shortPieces.stream().mapToDouble(piece -> piece.confidence).min().orElse(1)), sourcesWith(shortPieces, next));
                merged.label = true;
                String value = withoutLeadingColons(next.text.substring(cut).strip());
                if (!value.isEmpty()) {
                    merged.inlineValue = next.part(cut, next.text.length(), value);
                }
                return Optional.of(merged);
            }
        }
        return Optional.empty();
    }

    static BitSet sourcesWith(List<Piece> pieces, Piece next)
    {
        BitSet sources = Piece.sources(pieces);
        sources.or(next.sources);
        return sources;
    }

    /**
     * A short Chinese phrase that starts where known labels start (the label column) and has
     * something to its right is a label too, even when the lexicon does not know it.
     */
    static void markLabelsByColumn(List<Piece> pieces, double lineHeight)
    {
        List<Piece> known = pieces.stream().filter(piece -> piece.label).toList();
        for (Piece piece : pieces) {
            String text = FieldNames.normalize(piece.text);
            if (piece.label || text.length() < 2 || text.length() > 8 || !text.codePoints().allMatch(Piece::isHan)) {
                continue;
            }
            boolean inLabelColumn = known.stream().anyMatch(label -> label != piece && Math.abs(label.box.left() - piece.box.left()) <= lineHeight);
            boolean hasRightNeighbour = pieces.stream().anyMatch(other -> other != piece && Rows.sameRow(piece, other) && other.box.left() > piece.box.right());
            boolean hasValueBelow = pieces.stream().anyMatch(other -> other != piece && !other.label
                    && other.box.top() >= piece.box.bottom() - Tolerances.TOUCH * lineHeight && other.box.top() <= piece.box.bottom() + Tolerances.VALUE_BELOW * lineHeight
                    && Math.abs(other.box.left() - piece.box.left()) <= lineHeight);
            // A phrase right after a label on its row is that label's value (价税合计（大写） 伍佰贰拾陆圆整).
            boolean followsALabel = pieces.stream()
                    .filter(other -> other != piece && Rows.sameRow(piece, other) && other.box.right() <= piece.box.left() + 1)
                    .max(Comparator.comparingDouble(other -> other.box.right()))
                    .filter(left -> left.label && left.inlineValue == null)
                    .isPresent();
            if (followsALabel) {
                continue;
            }
            if (inLabelColumn && hasRightNeighbour || LabelLexicon.looksLikeLabel(text) && (hasRightNeighbour || hasValueBelow)) {
                piece.label = true;
            }
        }
    }
}
