package io.certscan.domain.layout;

import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A label printed once per party of a document (名称, 纳税人识别号 under 购买方 and again under
 * 销售方) takes its section as prefix: {@code 购买方名称}, {@code 销售方纳税人识别号}. The section is
 * the side mark beside the label (购买方 written top to bottom at the block's left, 购买方信息), or,
 * on an invoice whose marks are not in the text, its place: above the goods table the buyer, below
 * it the seller, and of two blocks side by side the left one the buyer. A label printed once on a
 * document with neither marks nor a goods table keeps its printed name.
 */
final class Sections
{
    /** The labels a party block repeats. */
    private static final Set<String> PARTY_LABELS = Set.of(
            "名称", "纳税人识别号", "地址、电话", "地址电话", "开户行及账号", "统一社会信用代码/纳税人识别号", "统一社会信用代码", "电话", "地址");
    private static final Pattern BUYER = Pattern.compile("^(购买方|购货单位|购方|买方)(信息)?$");
    private static final Pattern SELLER = Pattern.compile("^(销售方|销货单位|销方|卖方)(信息)?$");
    /** The header row of an invoice's goods table. */
    private static final List<String> TABLE_HEADERS = List.of("项目名称", "货物或应税劳务", "规格型号");

    private Sections() {}

    /** A field with the label it was read from and the numbers of the lines it was made of. */
    record Labelled(Piece label, ExtractedField field, BitSet sources) {}

    /** A section mark and where it stands. */
    record Mark(String section, Piece piece) {}

    /** The section name of a mark's text, when it is one: 购买方信息 is 购买方. */
    static Optional<String> section(String text)
    {
        String name = FieldNames.normalize(text);
        return BUYER.matcher(name).matches() || SELLER.matcher(name).matches() ? Optional.of(name.replace("信息", "")) : Optional.empty();
    }

    static List<ExtractedField> prefixed(List<Labelled> fields, List<Mark> marks, boolean invoice, List<Piece> pieces, double lineHeight)
    {
        List<Labelled> party = fields.stream().filter(field -> PARTY_LABELS.contains(FieldNames.normalize(field.field().name()))).toList();
        if (party.isEmpty() || marks.isEmpty() && !invoice) {
            return fields.stream().map(Labelled::field).toList();
        }
        boolean oldStyle = pieces.stream().anyMatch(piece -> piece.text.contains("购货单位") || piece.text.contains("销货单位"))
                || marks.stream().anyMatch(mark -> mark.section().endsWith("单位"));
        String buyer = oldStyle ? "购货单位" : "购买方";
        String seller = oldStyle ? "销货单位" : "销售方";
        Optional<Double> tableTop = pieces.stream()
                .filter(piece -> TABLE_HEADERS.stream().anyMatch(header -> FieldNames.normalize(piece.text).startsWith(header)))
                .map(piece -> piece.box.top())
                .min(Comparator.naturalOrder());
        List<ExtractedField> result = new ArrayList<>();
        for (Labelled labelled : fields) {
            ExtractedField field = labelled.field();
            String name = FieldNames.normalize(field.name());
            if (!PARTY_LABELS.contains(name)) {
                result.add(field);
                continue;
            }
            Optional<String> section = markBeside(labelled.label(), marks, lineHeight);
            boolean repeated = party.stream().filter(other -> FieldNames.normalize(other.field().name()).equals(name)).count() > 1;
            if (section.isEmpty() && invoice && (tableTop.isPresent() || repeated)) {
                section = byPlace(labelled, party, tableTop, buyer, seller);
            }
            result.add(section.map(prefix -> new ExtractedField(normalizeSection(prefix, buyer, seller) + name, field.words(), field.confidence(), field.location()))
                    .orElse(field));
        }
        return result;
    }

    private static String normalizeSection(String section, String buyer, String seller)
    {
        return BUYER.matcher(section).matches() ? buyer : SELLER.matcher(section).matches() ? seller : section;
    }

    /** The nearest mark to the label's left whose height covers the label's row. */
    private static Optional<String> markBeside(Piece label, List<Mark> marks, double lineHeight)
    {
        double y = label.center().y();
        return marks.stream()
                .filter(mark -> mark.piece().box.right() <= label.box.left() + lineHeight)
                .filter(mark -> y >= mark.piece().box.top() - 1.5 * lineHeight && y <= mark.piece().box.bottom() + 1.5 * lineHeight)
                .min(Comparator.comparingDouble(mark -> label.box.left() - mark.piece().box.right()))
                .map(Mark::section);
    }

    private static Optional<String> byPlace(Labelled labelled, List<Labelled> party, Optional<Double> tableTop, String buyer, String seller)
    {
        Piece label = labelled.label();
        String name = FieldNames.normalize(labelled.field().name());
        if (tableTop.isPresent() && label.box.top() > tableTop.get()) {
            return Optional.of(seller);
        }
        // Above the table, or with no table: the same label further left on its row, or higher up, is the buyer's.
        boolean anotherBefore = party.stream().anyMatch(other -> other != labelled && FieldNames.normalize(other.field().name()).equals(name)
                && (other.label().box.verticalOverlap(label.box) > 0.5 * label.box.height() ? other.label().box.left() < label.box.left()
                        : other.label().box.top() < label.box.top() && tableTop.isEmpty()));
        return Optional.of(anotherBefore ? seller : buyer);
    }
}
