package io.certscan.domain.layout;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.geometry.Point;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.text.TextLine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * From text lines to certificates, by geometry: splits the picture into cards (one per title,
 * cutting along empty bands between them), finds each card's title, and pairs labels with values
 * whatever the layout: {@code label：value} on one line, a label column beside a value column,
 * letter-spaced labels, two pairs per row, label above value, values wrapped over several lines.
 * Lines that pair with nothing (seals, watermarks, decorations) do not become fields.
 */
public final class LayoutExtractor
{
    private static final List<String> TITLE_SUFFIXES = List.of(
            "证", "证书", "执照", "许可证", "发票", "登记证", "合格证", "资格证", "操作证", "通知书", "批准书", "备案凭证", "凭证", "卡", "证明");
    private static final Set<Character> COLONS = Set.of(':', '：', '∶');
    private static final Set<String> CURRENCY_SIGNS = Set.of("¥", "￥");
    private static final Set<String> FURNITURE_LABELS = Set.of("页码", "页数", "第页");
    /** A line at least this many times taller than wide is written top to bottom. */
    private static final double VERTICAL_ASPECT = 1.8;
    /** A known label and a short qualifier in brackets: 价税合计（大写）, 金额(元). */
    private static final Pattern QUALIFIED_LABEL = Pattern.compile("\\s*(\\S{2,12}?)\\s*[（(][^）)]{1,4}[）)]\\s*");
    /**
     * An amount's qualifier that starts a line and labels what follows: （小写）¥526.00. Only these:
     * other bracketed starts are values ((苏)JZ安许证字[2021]546710).
     */
    private static final Pattern LEADING_QUALIFIER = Pattern.compile("\\s*[（(]\\s*[小大]\\s*写\\s*[）)]");
    /** How far beside a label printed with a colon and nothing after it its value may start: further off, the field is empty. */
    private static final double COLON_LABEL_REACH = 6;
    /** How much further right than its estimated start the wrapped lines of a value printed on its label's line may start. */
    private static final double INLINE_START_SLACK = 4;
    /** Beyond this many line heights to the right of its label, a value beside it is doubtful: one right below wins. */
    private static final double FAR_BESIDE = 5;

    public List<Certificate> extract(List<TextLine> lines)
    {
        return layout(lines).certificates();
    }

    /** The certificates, and for each line read the card and the field it went into (none for lines paired with nothing). */
    public Layout layout(List<TextLine> lines)
    {
        List<Piece> pieces = joinOverlappingReads(java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> !FieldNames.normalize(lines.get(i).text()).isEmpty())
                .mapToObj(i -> {
                    BitSet source = new BitSet();
                    source.set(i);
                    return new Piece(lines.get(i).text().strip(), lines.get(i).box(), lines.get(i).confidence(), source);
                })
                .flatMap(piece -> characters(piece).stream())
                .toList());
        if (pieces.isEmpty()) {
            return new Layout(List.of(), lines.stream().map(line -> new Layout.PlacedLine(line, OptionalInt.empty(), Optional.empty())).toList());
        }
        double lineHeight = medianHeight(pieces);
        List<List<Piece>> cards = new ArrayList<>();
        split(pieces, lineHeight, cards);
        List<List<Piece>> ordered = inReadingOrder(cards);
        List<CardLayout> layouts = new ArrayList<>();
        for (List<Piece> card : ordered) {
            layouts.add(certificate(layouts.size(), card, lineHeight));
        }
        List<Layout.PlacedLine> placed = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            OptionalInt card = OptionalInt.empty();
            Optional<String> field = Optional.empty();
            for (int c = 0; c < layouts.size(); c++) {
                if (layouts.get(c).lines().get(i)) {
                    card = OptionalInt.of(c);
                    field = Optional.ofNullable(layouts.get(c).lineFields().get(i));
                    break;
                }
            }
            placed.add(new Layout.PlacedLine(lines.get(i), card, field));
        }
        return new Layout(layouts.stream().map(CardLayout::certificate).toList(), placed);
    }

    /**
     * A line far taller than wide holds characters one under the other: a vertical side mark, or
     * the first characters of several letter-spaced labels that detection took for one vertical
     * line (名 over 经 over 成 in a label column). Each character becomes a piece of its own, in
     * its share of the height, so the rows can take them back.
     */
    private static List<Piece> characters(Piece piece)
    {
        String text = FieldNames.normalize(piece.text);
        int count = text.codePointCount(0, text.length());
        Quadrilateral box = piece.box;
        if (count < 2 || box.height() < VERTICAL_ASPECT * box.width() || box.height() < 0.8 * count * box.width()
                || !text.codePoints().allMatch(LayoutExtractor::isHan)) {
            return List.of(piece);
        }
        List<Piece> characters = new ArrayList<>();
        double step = box.height() / count;
        int[] codePoints = text.codePoints().toArray();
        for (int i = 0; i < count; i++) {
            characters.add(new Piece(new String(codePoints, i, 1), Quadrilateral.rectangle(box.left(), box.top() + i * step, box.right(), box.top() + (i + 1) * step),
                    piece.confidence, piece.sources));
        }
        return characters;
    }

    /**
     * OCR sometimes reads one stretch of a row twice, as two overlapping lines: {@code 成立日期2}
     * and {@code 期 2015年07月22日}, {@code 孔} inside {@code 孔令望}. Where the end of one is the
     * start of the other they become one line; a line inside another that holds its text goes; a
     * currency sign drawn over the start of its amount joins it.
     */
    private static List<Piece> joinOverlappingReads(List<Piece> pieces)
    {
        List<Piece> result = new ArrayList<>(pieces);
        result.sort(Comparator.comparingDouble(piece -> piece.box.left()));
        boolean changed = true;
        while (changed) {
            changed = false;
            search:
            for (int i = 0; i < result.size(); i++) {
                for (int j = i + 1; j < result.size(); j++) {
                    Piece first = result.get(i);
                    Piece second = result.get(j);
                    if (second.box.left() >= first.box.right() - 1) {
                        continue;
                    }
                    if (!sameRow(first, second) || first.box.height() > 1.6 * second.box.height() || second.box.height() > 1.6 * first.box.height()) {
                        continue;
                    }
                    Optional<Piece> joined = joinOverlapping(first, second);
                    if (joined.isPresent()) {
                        result.remove(j);
                        result.set(i, joined.get());
                        changed = true;
                        break search;
                    }
                }
            }
        }
        return result;
    }

    private static Optional<Piece> joinOverlapping(Piece first, Piece second)
    {
        String left = FieldNames.normalize(first.text);
        String right = FieldNames.normalize(second.text);
        double overlap = Math.min(first.box.right(), second.box.right()) - second.box.left();
        double smaller = Math.min(first.box.width(), second.box.width());
        Quadrilateral both = Quadrilateral.enclosing(List.of(first.box, second.box));
        double confidence = Math.min(first.confidence, second.confidence);
        if (overlap >= 0.8 * smaller) {
            // One inside the other: the longer reading stands when it holds the shorter.
            Piece inner = first.box.width() <= second.box.width() ? first : second;
            Piece outer = inner == first ? second : first;
            if (FieldNames.normalize(outer.text).contains(FieldNames.normalize(inner.text))) {
                return Optional.of(new Piece(outer.text, outer.box, outer.confidence, Piece.sources(List.of(first, second))));
            }
            if (CURRENCY_SIGNS.contains(FieldNames.normalize(inner.text)) && inner.box.left() <= outer.box.left() + 0.5 * outer.box.height()) {
                return Optional.of(new Piece(FieldNames.normalize(inner.text) + outer.text, both, confidence, Piece.sources(List.of(first, second))));
            }
            return Optional.empty();
        }
        for (int shared = Math.min(left.length(), right.length()); shared >= 1; shared--) {
            if (left.endsWith(right.substring(0, shared))) {
                // The shared characters must sit about where the overlap is.
                double sharedWidth = first.box.width() * shared / Math.max(1, left.length());
                if (overlap <= 2.5 * sharedWidth + second.box.height()) {
                    return Optional.of(new Piece(left + right.substring(shared), both, confidence, Piece.sources(List.of(first, second))));
                }
            }
        }
        return Optional.empty();
    }

    /** Recursive cut along the widest empty band that leaves a title on both sides. */
    private static void split(List<Piece> pieces, double lineHeight, List<List<Piece>> cards)
    {
        List<Cut> cuts = new ArrayList<>();
        cuts.addAll(gaps(pieces, true, lineHeight));
        cuts.addAll(gaps(pieces, false, lineHeight));
        cuts.sort(Comparator.comparingDouble(Cut::width).reversed());
        for (Cut cut : cuts) {
            List<Piece> before = new ArrayList<>();
            List<Piece> after = new ArrayList<>();
            for (Piece piece : pieces) {
                double center = cut.vertical() ? piece.center().x() : piece.center().y();
                (center < cut.position() ? before : after).add(piece);
            }
            if (hasTitle(before, lineHeight) && hasTitle(after, lineHeight)) {
                split(before, lineHeight, cards);
                split(after, lineHeight, cards);
                return;
            }
        }
        cards.add(pieces);
    }

    private record Cut(boolean vertical, double position, double width) {}

    /** Empty bands across the whole set, along x (vertical cuts) or y, at least a line high. */
    private static List<Cut> gaps(List<Piece> pieces, boolean vertical, double lineHeight)
    {
        List<double[]> extents = pieces.stream()
                .map(piece -> vertical ? new double[] {piece.box.left(), piece.box.right()} : new double[] {piece.box.top(), piece.box.bottom()})
                .sorted(Comparator.comparingDouble(extent -> extent[0]))
                .toList();
        List<Cut> cuts = new ArrayList<>();
        double reach = extents.get(0)[1];
        for (double[] extent : extents) {
            if (extent[0] - reach >= lineHeight) {
                cuts.add(new Cut(vertical, (reach + extent[0]) / 2, extent[0] - reach));
            }
            reach = Math.max(reach, extent[1]);
        }
        return cuts;
    }

    private static boolean hasTitle(List<Piece> pieces, double lineHeight)
    {
        return pieces.stream().anyMatch(piece -> titleLike(piece) && piece.box.height() >= 0.9 * lineHeight);
    }

    private static boolean titleLike(Piece piece)
    {
        String text = FieldNames.normalize(piece.text);
        if (text.length() < 2 || text.length() > 24 || text.chars().anyMatch(character -> COLONS.contains((char) character))) {
            return false;
        }
        long digits = text.chars().filter(Character::isDigit).count();
        return digits * 3 < text.length() && TITLE_SUFFIXES.stream().anyMatch(text::endsWith) && !LabelLexicon.isLabel(text);
    }

    private static List<List<Piece>> inReadingOrder(List<List<Piece>> cards)
    {
        List<List<Piece>> ordered = new ArrayList<>(cards);
        ordered.sort(Comparator.comparingDouble(card -> top(card)));
        // Cards whose vertical extents overlap sit side by side: left before right.
        List<List<Piece>> result = new ArrayList<>();
        int start = 0;
        while (start < ordered.size()) {
            double bottom = bottom(ordered.get(start));
            int end = start + 1;
            while (end < ordered.size() && top(ordered.get(end)) < bottom) {
                bottom = Math.max(bottom, bottom(ordered.get(end)));
                end++;
            }
            List<List<Piece>> row = new ArrayList<>(ordered.subList(start, end));
            row.sort(Comparator.comparingDouble(card -> card.stream().mapToDouble(piece -> piece.box.left()).min().orElse(0)));
            result.addAll(row);
            start = end;
        }
        return result;
    }

    private static double top(List<Piece> card)
    {
        return card.stream().mapToDouble(piece -> piece.box.top()).min().orElse(0);
    }

    private static double bottom(List<Piece> card)
    {
        return card.stream().mapToDouble(piece -> piece.box.bottom()).max().orElse(0);
    }

    private CardLayout certificate(int index, List<Piece> card, double lineHeight)
    {
        Optional<Piece> title = title(card, lineHeight);
        if (title.filter(LayoutExtractor::titleLike).isEmpty() && TrainTickets.read(card, new java.util.HashSet<>()).isPresent()) {
            // A ticket prints no title: its largest line is a station's name.
            title = Optional.empty();
        }
        List<Piece> rest = new ArrayList<>(card);
        title.ifPresent(rest::remove);
        List<Piece> pieces = new ArrayList<>(EnglishSubLabels.joined(
                mergeLetterSpacedLabels(rows(joinTwoLineLabels(splitInline(rest, lineHeight))), lineHeight), lineHeight));
        List<Sections.Mark> marks = new ArrayList<>();
        for (VerticalStacks.Stack stack : VerticalStacks.find(pieces)) {
            pieces.removeAll(stack.characters());
            Sections.section(stack.line().text).ifPresent(section -> marks.add(new Sections.Mark(section, stack.line())));
        }
        for (Piece piece : pieces) {
            Sections.section(piece.text).ifPresent(section -> marks.add(new Sections.Mark(section, piece)));
        }
        Set<Piece> used = new java.util.HashSet<>();
        List<Sections.Labelled> tableFields = Tables.pair(rowGroups(pieces), used, lineHeight);
        List<Sections.Labelled> fields = new ArrayList<>(tableFields);
        if (title.isEmpty()) {
            TrainTickets.read(pieces, used).ifPresent(fields::addAll);
        }
        markLabelsByColumn(pieces, lineHeight);

        for (Piece label : pieces) {
            if (!label.label || used.contains(label)) {
                continue;
            }
            used.add(label);
            List<Piece> values = new ArrayList<>();
            if (label.inlineValue != null) {
                values.add(label.inlineValue);
            }
            else {
                // A label printed with a colon has its value beside it or none: never the line below.
                Optional<Piece> beside = valueBeside(label, pieces, used, lineHeight);
                Optional<Piece> below = label.colonWithoutValue ? Optional.empty() : valueBelow(label, pieces, used, lineHeight);
                // Far across the row (a QR code's caption, the other column) loses to a value right under the label.
                boolean farBeside = beside.isPresent() && beside.get().box.left() - label.box.right() > FAR_BESIDE * Math.max(lineHeight, label.box.height());
                (farBeside && below.isPresent() ? below : beside.or(() -> below)).ifPresent(values::add);
            }
            if (values.isEmpty()) {
                continue;
            }
            used.addAll(values);
            continuation(label, values, pieces, used, lineHeight);
            List<Piece> parts = new ArrayList<>(values);
            parts.add(label);
            fields.add(new Sections.Labelled(label, new ExtractedField(
                    LabelLexicon.repaired(label.text),
                    values.stream().map(piece -> piece.text).toList(),
                    values.stream().mapToDouble(piece -> piece.confidence).min().orElse(0),
                    Quadrilateral.enclosing(values.stream().map(piece -> piece.box).toList())), Piece.sources(parts)));
        }
        if (title.filter(piece -> FieldNames.normalize(piece.text).contains("发票")).isPresent()) {
            fields.addAll(InvoiceNumbers.found(pieces, used, fields, top(card), bottom(card)));
        }
        // Fields in reading order of their labels, a table's among the rest.
        Map<Piece, Integer> order = new java.util.IdentityHashMap<>();
        for (int i = 0; i < pieces.size(); i++) {
            order.put(pieces.get(i), i);
        }
        fields.sort(Comparator.comparingInt(field -> order.getOrDefault(field.label(), Integer.MAX_VALUE)));
        Optional<String> titleText = title.map(piece -> FieldNames.normalize(piece.text));
        boolean invoice = titleText.filter(text -> text.contains("发票")).isPresent();
        fields.removeIf(LayoutExtractor::furniture);
        List<Sections.Labelled> kept = withoutRepeats(fields, tableFields);
        List<ExtractedField> named = Amounts.named(Sections.prefixed(kept, marks, invoice, pieces, lineHeight));
        Map<Integer, String> lineFields = new java.util.HashMap<>();
        title.ifPresent(piece -> piece.sources.stream().forEach(line -> lineFields.put(line, FieldNames.TITLE)));
        for (int i = 0; i < kept.size(); i++) {
            String name = named.get(i).name();
            kept.get(i).sources().stream().forEach(line -> lineFields.putIfAbsent(line, name));
        }
        Certificate certificate = new Certificate(index, titleText, named, Optional.of(Quadrilateral.enclosing(card.stream().map(piece -> piece.box).toList())));
        return new CardLayout(certificate, Piece.sources(card), lineFields);
    }

    /** A card's certificate, the lines it was made of, and the field each of them went into. */
    private record CardLayout(Certificate certificate, BitSet lines, Map<Integer, String> lineFields) {}

    /**
     * Page furniture that pairs like a field: a page number (页码 1 / 1), a website in a footer or a
     * caption (…公示系统网址：http://…) under a label nobody lists.
     */
    private static boolean furniture(Sections.Labelled field)
    {
        String name = FieldNames.normalize(field.field().name());
        String value = FieldNames.normalize(field.field().value()).toLowerCase(java.util.Locale.ROOT);
        boolean address = value.contains("://") || value.contains("：//") || value.startsWith("www.") || value.matches(".*\\.(gov|com|org|net)\\.cn.*");
        return FURNITURE_LABELS.contains(name) || name.endsWith("网址") || name.endsWith("网站") || address && !LabelLexicon.isLabel(name);
    }

    /**
     * A field printed twice with the same value (a certificate's number on both its pages) is one
     * field; a table's rows may repeat a value and keep it.
     */
    private static List<Sections.Labelled> withoutRepeats(List<Sections.Labelled> fields, List<Sections.Labelled> tableFields)
    {
        // A name printed with a colon somewhere on the card is that field; the same words starting a
        // line of prose without one (专利权人应当依照专利法…) are not.
        Set<String> withColon = fields.stream()
                .filter(field -> !field.label().withoutColon)
                .map(field -> FieldNames.normalize(field.field().name()))
                .collect(java.util.stream.Collectors.toSet());
        Map<List<String>, Integer> seen = new java.util.HashMap<>();
        List<Sections.Labelled> kept = new ArrayList<>();
        for (Sections.Labelled field : fields) {
            List<String> key = List.of(FieldNames.normalize(field.field().name()), FieldNames.normalize(field.field().value()));
            if (field.label().withoutColon && withColon.contains(key.get(0))) {
                continue;
            }
            Integer first = tableFields.contains(field) ? null : seen.get(key);
            if (first == null) {
                if (!tableFields.contains(field)) {
                    seen.put(key, kept.size());
                }
                kept.add(field);
                continue;
            }
            // The repeat's lines went into the field it repeats.
            BitSet sources = (BitSet) kept.get(first).sources().clone();
            sources.or(field.sources());
            kept.set(first, new Sections.Labelled(kept.get(first).label(), kept.get(first).field(), sources));
        }
        return kept;
    }

    /** The most title-like line near the top: a certificate word at the end, larger than the rest. */
    private static Optional<Piece> title(List<Piece> card, double lineHeight)
    {
        double top = top(card);
        double height = bottom(card) - top;
        return card.stream()
                .filter(piece -> !LabelLexicon.isLabel(piece.text))
                .filter(piece -> titleLike(piece) || LabelLexicon.labelPrefix(piece.text).isEmpty()
                        && piece.box.height() >= 1.3 * lineHeight && FieldNames.normalize(piece.text).length() >= 2
                        && piece.box.top() <= top + 0.3 * height && FieldNames.normalize(piece.text).chars().noneMatch(Character::isDigit))
                .max(Comparator.comparingDouble(piece -> titleScore(piece, top, height, lineHeight)));
    }

    private static double titleScore(Piece piece, double top, double height, double lineHeight)
    {
        double size = piece.box.height() / lineHeight;
        double position = 1 - (piece.box.top() - top) / Math.max(1, height);
        return size * (titleLike(piece) ? 2 : 1) * (0.5 + position);
    }

    /** {@code 证号：T320…} becomes a label with its value; {@code 姓名张敞} (one OCR line) too. */
    private static List<Piece> splitInline(List<Piece> pieces, double lineHeight)
    {
        double labelColumn = pieces.stream().mapToDouble(piece -> piece.box.left()).min().orElse(0);
        List<Piece> result = new ArrayList<>();
        for (Piece piece : pieces) {
            if (indentedContinuation(piece, pieces, labelColumn, lineHeight) || rightAfterLabel(piece, pieces) && !startsWithKnownLabelAndColon(piece.text)) {
                result.add(piece);
                continue;
            }
            int colon = -1;
            for (int i = 0; i < piece.text.length(); i++) {
                if (COLONS.contains(piece.text.charAt(i))) {
                    colon = i;
                    break;
                }
            }
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
            if (colon < 0 && qualifier.lookingAt() && qualifier.end() < piece.text.length()) {
                // （小写）¥526.00: a qualifier printed before its value labels it.
                labelText = qualifier.group();
                valueStart = qualifier.end();
            }
            else if (colon > 0) {
                String left = FieldNames.normalize(piece.text.substring(0, colon));
                if (!left.isEmpty() && (left.length() <= 14 || LabelLexicon.isLabel(left)) && left.chars().noneMatch(Character::isDigit)) {
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
            String valueText = piece.text.substring(valueStart).strip();
            while (!valueText.isEmpty() && COLONS.contains(valueText.charAt(0))) {
                valueText = valueText.substring(1).strip();
            }
            // 姓名Name张三: the label's English name is part of the label.
            Optional<String> english = EnglishSubLabels.leading(valueText);
            if (english.isPresent()) {
                valueStart = piece.text.length() - valueText.length() + english.get().length();
                valueText = valueText.substring(english.get().length()).strip();
                while (!valueText.isEmpty() && COLONS.contains(valueText.charAt(0))) {
                    valueText = valueText.substring(1).strip();
                }
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
    private static List<Piece> joinTwoLineLabels(List<Piece> pieces)
    {
        List<Piece> result = new ArrayList<>(pieces);
        for (Piece upper : pieces) {
            if (upper.label || upper.inlineValue != null || LabelLexicon.isLabel(upper.text) || !result.contains(upper)) {
                continue;
            }
            String start = FieldNames.normalize(upper.text);
            if (start.length() < 2 || !start.codePoints().allMatch(LayoutExtractor::isHan)) {
                continue;
            }
            double height = upper.box.height();
            Optional<Piece> lower = result.stream()
                    .filter(other -> other != upper && !other.label && other.inlineValue == null && FieldNames.normalize(other.text).length() <= 3)
                    .filter(other -> other.box.top() >= upper.box.bottom() - 0.4 * height && other.box.top() <= upper.box.bottom() + 0.8 * height)
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
    private static boolean indentedContinuation(Piece piece, List<Piece> pieces, double labelColumn, double lineHeight)
    {
        if (piece.box.left() - labelColumn < 2 * lineHeight || startsWithKnownLabelAndColon(piece.text) || startsWithLongLabel(piece.text)) {
            return false;
        }
        boolean nothingToTheLeft = pieces.stream().noneMatch(other -> other != piece && sameRow(piece, other) && other.box.right() <= piece.box.left());
        boolean underALine = pieces.stream().anyMatch(other -> other != piece
                && other.box.bottom() <= piece.box.top() + 0.3 * lineHeight && other.box.bottom() >= piece.box.top() - 1.2 * lineHeight
                && other.box.left() <= piece.box.left() + lineHeight && other.box.right() >= piece.box.left() + lineHeight);
        return nothingToTheLeft && underALine;
    }

    /**
     * {@code 统一社会信用代码91310115…} right-aligned under the title is a field of its own: a label
     * of four characters or more does not start a wrapped line of a value by chance.
     */
    private static boolean startsWithLongLabel(String text)
    {
        return LabelLexicon.labelPrefix(text).filter(label -> label.length() >= 4).isPresent();
    }

    /** {@code 发票号码：…} under {@code 发票代码：…} is a field of its own, however far it is indented. */
    private static boolean startsWithKnownLabelAndColon(String text)
    {
        for (int i = 0; i < text.length(); i++) {
            if (COLONS.contains(text.charAt(i))) {
                return i > 0 && LabelLexicon.isLabel(text.substring(0, i));
            }
        }
        return false;
    }

    /** A line whose nearest neighbour to the left is a label is that label's value, colons and all. */
    private static boolean rightAfterLabel(Piece piece, List<Piece> pieces)
    {
        return pieces.stream()
                .filter(other -> other != piece && sameRow(piece, other) && other.box.right() <= piece.box.left() + 1)
                .max(Comparator.comparingDouble(other -> other.box.right()))
                .filter(left -> LabelLexicon.isLabel(left.text) || LabelLexicon.looksLikeLabel(left.text))
                .isPresent();
    }

    /** Where a label prefix ends in the printed text, spaces inside it included. */
    private static int endOfPrefix(String text, String label)
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

    /**
     * Pieces in reading order: rows top to bottom, each row left to right. A piece joins the row
     * whose middle is nearest its own, within half a line: a row is judged by all its pieces, not
     * by whichever came first (a label of the other column set a little higher would cut it).
     */
    private static List<Piece> rows(List<Piece> pieces)
    {
        return rowGroups(pieces).stream().flatMap(List::stream).toList();
    }

    static List<List<Piece>> rowGroups(List<Piece> pieces)
    {
        List<Piece> byCenter = new ArrayList<>(pieces);
        byCenter.sort(Comparator.comparingDouble(piece -> piece.center().y()));
        List<Row> rows = new ArrayList<>();
        for (Piece piece : byCenter) {
            Row nearest = null;
            for (Row row : rows) {
                double distance = Math.abs(row.middle() - piece.center().y());
                if (distance <= 0.5 * Math.min(piece.box.height(), row.height()) && (nearest == null || distance < Math.abs(nearest.middle() - piece.center().y()))) {
                    nearest = row;
                }
            }
            if (nearest == null) {
                nearest = new Row();
                rows.add(nearest);
            }
            nearest.add(piece);
        }
        rows.sort(Comparator.comparingDouble(Row::middle));
        List<List<Piece>> ordered = new ArrayList<>();
        for (Row row : rows) {
            row.pieces.sort(Comparator.comparingDouble(piece -> piece.box.left()));
            ordered.add(row.pieces);
        }
        return ordered;
    }

    private static final class Row
    {
        final List<Piece> pieces = new ArrayList<>();
        double middles;
        double heights;

        void add(Piece piece)
        {
            pieces.add(piece);
            middles += piece.center().y();
            heights += piece.box.height();
        }

        double middle()
        {
            return middles / pieces.size();
        }

        double height()
        {
            return heights / pieces.size();
        }
    }

    private static boolean sameRow(Piece first, Piece second)
    {
        double overlap = first.box.verticalOverlap(second.box);
        return overlap >= 0.5 * Math.min(first.box.height(), second.box.height());
    }

    /** 姓 and 名 read as two lines on one row, a wide space apart, are one label. */
    private static List<Piece> mergeLetterSpacedLabels(List<Piece> pieces, double lineHeight)
    {
        List<Piece> result = new ArrayList<>();
        int i = 0;
        while (i < pieces.size()) {
            Piece first = pieces.get(i);
            int end = i;
            List<String> texts = new ArrayList<>(List.of(FieldNames.normalize(first.text)));
            int matchedEnd = -1;
            while (end + 1 < pieces.size() && FieldNames.normalize(pieces.get(end + 1).text).length() <= 2 && texts.get(texts.size() - 1).length() <= 2
                    && sameRow(pieces.get(end), pieces.get(end + 1)) && pieces.get(end + 1).box.left() - pieces.get(end).box.right() < 8 * lineHeight) {
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
    private static Optional<Piece> gluedLabel(List<Piece> shortPieces, Piece next, double lineHeight)
    {
        if (next == null || next.label || next.inlineValue != null || !sameRow(shortPieces.get(shortPieces.size() - 1), next)
                || next.box.left() - shortPieces.get(shortPieces.size() - 1).box.right() > 8 * lineHeight) {
            return Optional.empty();
        }
        String start = String.join("", shortPieces.stream().map(piece -> FieldNames.normalize(piece.text)).toList());
        if (start.length() > 4 || !start.codePoints().allMatch(LayoutExtractor::isHan)) {
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
                String value = next.text.substring(cut).strip();
                while (!value.isEmpty() && COLONS.contains(value.charAt(0))) {
                    value = value.substring(1).strip();
                }
                if (!value.isEmpty()) {
                    merged.inlineValue = next.part(cut, next.text.length(), value);
                }
                return Optional.of(merged);
            }
        }
        return Optional.empty();
    }

    private static BitSet sourcesWith(List<Piece> pieces, Piece next)
    {
        BitSet sources = Piece.sources(pieces);
        sources.or(next.sources);
        return sources;
    }

    /**
     * A short Chinese phrase that starts where known labels start (the label column) and has
     * something to its right is a label too, even when the lexicon does not know it.
     */
    private static void markLabelsByColumn(List<Piece> pieces, double lineHeight)
    {
        List<Piece> known = pieces.stream().filter(piece -> piece.label).toList();
        for (Piece piece : pieces) {
            String text = FieldNames.normalize(piece.text);
            if (piece.label || text.length() < 2 || text.length() > 8 || !text.codePoints().allMatch(LayoutExtractor::isHan)) {
                continue;
            }
            boolean inLabelColumn = known.stream().anyMatch(label -> label != piece && Math.abs(label.box.left() - piece.box.left()) <= lineHeight);
            boolean hasRightNeighbour = pieces.stream().anyMatch(other -> other != piece && sameRow(piece, other) && other.box.left() > piece.box.right());
            boolean hasValueBelow = pieces.stream().anyMatch(other -> other != piece && !other.label
                    && other.box.top() >= piece.box.bottom() - 0.3 * lineHeight && other.box.top() <= piece.box.bottom() + 1.5 * lineHeight
                    && Math.abs(other.box.left() - piece.box.left()) <= lineHeight);
            // A phrase right after a label on its row is that label's value (价税合计（大写） 伍佰贰拾陆圆整).
            boolean followsALabel = pieces.stream()
                    .filter(other -> other != piece && sameRow(piece, other) && other.box.right() <= piece.box.left() + 1)
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

    private static Optional<Piece> valueBeside(Piece label, List<Piece> pieces, Set<Piece> used, double lineHeight)
    {
        String labelText = FieldNames.normalize(label.text);
        // A character or two that repeat the label's end are a second reading of it (主体类型 + 型), not its value.
        Optional<Piece> nearest = pieces.stream()
                .filter(other -> other != label && sameRow(label, other) && other.box.left() >= label.box.right() - 0.5 * lineHeight)
                .filter(other -> {
                    String text = FieldNames.normalize(other.text);
                    return text.length() > 2 || text.length() >= labelText.length() || !labelText.endsWith(text);
                })
                .min(Comparator.comparingDouble(other -> other.box.left()));
        return nearest.filter(other -> !other.label && !used.contains(other))
                .filter(other -> !label.colonWithoutValue || other.box.left() - label.box.right() <= COLON_LABEL_REACH * lineHeight);
    }

    private static Optional<Piece> valueBelow(Piece label, List<Piece> pieces, Set<Piece> used, double lineHeight)
    {
        return pieces.stream()
                .filter(other -> other != label && !other.label && !used.contains(other))
                .filter(other -> other.box.top() >= label.box.bottom() - 0.3 * lineHeight && other.box.top() <= label.box.bottom() + 1.5 * lineHeight)
                .filter(other -> other.box.horizontalOverlap(label.box) > 0 || Math.abs(other.box.left() - label.box.left()) <= lineHeight)
                .min(Comparator.comparingDouble(other -> other.box.top()));
    }

    /** Lines under a value, starting where it starts, with no label of their own: the value wraps (经营范围, 住所). */
    private static void continuation(Piece label, List<Piece> values, List<Piece> pieces, Set<Piece> used, double lineHeight)
    {
        while (true) {
            Piece last = values.get(values.size() - 1);
            Optional<Piece> next = pieces.stream()
                    .filter(other -> !other.label && !used.contains(other))
                    .filter(other -> other.box.top() >= last.box.bottom() - 0.3 * lineHeight && other.box.top() <= last.box.bottom() + 0.9 * lineHeight)
                    .filter(other -> alignedUnder(other, values.get(0), label, lineHeight) && other.box.left() > label.box.left() + 0.5 * lineHeight)
                    .filter(other -> pieces.stream().noneMatch(left -> left != other && left != label && !values.contains(left) && sameRow(left, other)
                            && left.box.right() <= other.box.left() + lineHeight && left.box.right() > label.box.left()))
                    .min(Comparator.comparingDouble(other -> other.box.top()));
            if (next.isEmpty()) {
                return;
            }
            values.add(next.get());
            used.add(next.get());
        }
    }

    /**
     * Whether a line starts where the value's first line starts. A value printed on its label's
     * line ({@code 经营范围从事…}) has its start only estimated, so its wrapped lines may start a few
     * characters further right.
     */
    private static boolean alignedUnder(Piece line, Piece first, Piece label, double lineHeight)
    {
        double offset = line.box.left() - first.box.left();
        boolean inline = label.inlineValue == first;
        return Math.abs(offset) <= 1.5 * lineHeight || inline && offset > 0 && offset <= INLINE_START_SLACK * lineHeight;
    }

    private static double medianHeight(List<Piece> pieces)
    {
        double[] heights = pieces.stream().mapToDouble(piece -> piece.box.height()).sorted().toArray();
        return Math.max(1, heights[heights.length / 2]);
    }

    private static boolean isHan(int codePoint)
    {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }
}
