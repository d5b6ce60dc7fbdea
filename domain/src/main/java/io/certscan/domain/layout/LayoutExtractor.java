package io.certscan.domain.layout;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;
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

/**
 * From text lines to certificates, by geometry: splits the picture into cards (one per title,
 * cutting along empty bands between them), finds each card's title, and pairs labels with values
 * whatever the layout: {@code label：value} on one line, a label column beside a value column,
 * letter-spaced labels, two pairs per row, label above value, values wrapped over several lines.
 * Lines that pair with nothing (seals, watermarks, decorations) do not become fields.
 */
public final class LayoutExtractor
{
    private static final java.util.regex.Pattern WEB_ADDRESS = java.util.regex.Pattern.compile("\\.(gov|com|org|net)\\.cn");
    private static final Set<String> FURNITURE_LABELS = Set.of("页码", "页数", "第页");

    public List<Certificate> extract(List<TextLine> lines)
    {
        return layout(lines).certificates();
    }

    /** The certificates, and for each line read the card and the field it went into (none for lines paired with nothing). */
    public Layout layout(List<TextLine> lines)
    {
        Deskew deskew = Deskew.of(lines);
        List<Piece> pieces = Reads.joinOverlappingReads(java.util.stream.IntStream.range(0, lines.size())
                .filter(i -> !FieldNames.normalize(lines.get(i).text()).isEmpty())
                .mapToObj(i -> {
                    BitSet source = new BitSet();
                    source.set(i);
                    Quadrilateral box = deskew.turns() ? deskew.level(lines.get(i).box()) : lines.get(i).box();
                    return new Piece(lines.get(i).text().strip(), box, lines.get(i).confidence(), source);
                })
                .flatMap(piece -> Reads.characters(piece).stream())
                .toList());
        if (pieces.isEmpty()) {
            return new Layout(List.of(), lines.stream().map(line -> new Layout.PlacedLine(line, OptionalInt.empty(), Optional.empty())).toList());
        }
        double lineHeight = medianHeight(pieces);
        List<List<Piece>> cards = new ArrayList<>();
        Cards.split(pieces, lineHeight, cards);
        List<List<Piece>> ordered = Cards.inReadingOrder(cards);
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
        return new Layout(layouts.stream().map(CardLayout::certificate).map(certificate -> deskew.turns() ? deskew.back(certificate) : certificate).toList(), placed);
    }

    private CardLayout certificate(int index, List<Piece> card, double lineHeight)
    {
        Optional<Piece> title = Cards.title(card, lineHeight);
        if (title.filter(Cards::titleLike).isEmpty() && TrainTickets.read(card, new java.util.HashSet<>()).isPresent()) {
            // A ticket prints no title: its largest line is a station's name.
            title = Optional.empty();
        }
        List<Piece> rest = new ArrayList<>(card);
        title.ifPresent(rest::remove);
        List<Piece> pieces = new ArrayList<>(EnglishSubLabels.joined(
                Labels.mergeLetterSpacedLabels(Rows.rows(Labels.joinTwoLineLabels(Labels.splitInline(Labels.twoPairsOnALine(rest), lineHeight))), lineHeight), lineHeight));
        List<Sections.Mark> marks = new ArrayList<>();
        for (VerticalStacks.Stack stack : VerticalStacks.find(pieces)) {
            pieces.removeAll(stack.characters());
            Sections.section(stack.line().text).ifPresent(section -> marks.add(new Sections.Mark(section, stack.line())));
        }
        for (Piece piece : pieces) {
            Sections.section(piece.text).ifPresent(section -> marks.add(new Sections.Mark(section, piece)));
        }
        Set<Piece> used = new java.util.HashSet<>();
        List<Sections.Labelled> tableFields = Tables.pair(Rows.rowGroups(pieces), used, lineHeight);
        List<Sections.Labelled> fields = new ArrayList<>(tableFields);
        if (title.isEmpty()) {
            TrainTickets.read(pieces, used).ifPresent(fields::addAll);
        }
        Labels.markLabelsByColumn(pieces, lineHeight);

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
                Optional<Piece> beside = Pairing.valueBeside(label, pieces, used, lineHeight);
                Optional<Piece> below = label.colonWithoutValue ? Optional.empty() : Pairing.valueBelow(label, pieces, used, lineHeight);
                // Far across the row (a QR code's caption, the other column) loses to a value right under the label.
                boolean farBeside = beside.isPresent() && beside.get().box.left() - label.box.right() > Tolerances.FAR_BESIDE * Math.max(lineHeight, label.box.height());
                (farBeside && below.isPresent() ? below : beside.or(() -> below)).ifPresent(values::add);
            }
            if (values.isEmpty()) {
                continue;
            }
            used.addAll(values);
            Pairing.continuation(label, values, pieces, used, lineHeight);
            List<Piece> parts = new ArrayList<>(values);
            parts.add(label);
            fields.add(new Sections.Labelled(label, new ExtractedField(
                    LabelLexicon.repaired(label.text),
                    values.stream().map(piece -> piece.text).toList(),
                    values.stream().mapToDouble(piece -> piece.confidence).min().orElse(0),
                    Quadrilateral.enclosing(values.stream().map(piece -> piece.box).toList())), Piece.sources(parts)));
        }
        if (title.filter(piece -> FieldNames.normalize(piece.text).contains("发票")).isPresent()) {
            fields.addAll(InvoiceNumbers.found(pieces, used, fields, Cards.top(card), Cards.bottom(card)));
            List<Sections.Labelled> totals = Amounts.totals(fields, pieces, used);
            fields.clear();
            fields.addAll(totals);
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
     * caption (…公示系统网址：http://…) under a label nobody lists, the place left for a seal
     * (销售方：（章）).
     */
    private static boolean furniture(Sections.Labelled field)
    {
        String name = FieldNames.normalize(field.field().name());
        String value = FieldNames.normalize(field.field().value()).toLowerCase(java.util.Locale.ROOT);
        boolean address = value.contains("://") || value.contains("：//") || value.startsWith("www.") || WEB_ADDRESS.matcher(value).find();
        return FURNITURE_LABELS.contains(name) || name.endsWith("网址") || name.endsWith("网站") || address && !LabelLexicon.isLabel(name)
                || value.matches("[（(]?[章印][）)]?");
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

    private static double medianHeight(List<Piece> pieces)
    {
        double[] heights = pieces.stream().mapToDouble(piece -> piece.box.height()).sorted().toArray();
        return Math.max(1, heights[heights.length / 2]);
    }
}
