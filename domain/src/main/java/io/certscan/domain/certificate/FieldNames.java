package io.certscan.domain.certificate;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Field names as printed vary in spacing ({@code 姓　　名}), punctuation ({@code 证号：}) and
 * wording ({@code 证号} / {@code 证件号码} / {@code 证书编号}). Names are kept as printed once the
 * spacing and the trailing colon are gone, because general_ocr returns them that way; the synonyms
 * are known here so that rules can find a field whatever its wording.
 */
public final class FieldNames
{
    public static final String TITLE = "标题";
    /** A certificate's number, under any of its names (证件号码, 证书编号, 许可证编号 …). */
    public static final String NUMBER = "证号";
    /** The period of validity, under any of its names (有效期, 有效期至, 营业期限 …). */
    public static final String VALIDITY = "有效期限";
    /** The review deadline, under any of its names (复审日期 …). */
    public static final String REVIEW_DATE = "应复审日期";

    /**
     * The colons a label is printed or read with, the one set wherever labels are split from
     * values or names cleaned: ASCII, full-width, and the ratio sign (U+2236) OCR reads for either.
     */
    public static final String COLONS = ":：∶";

    private static final Map<String, Set<String>> SYNONYMS = Map.of(
            NUMBER, Set.of("证号", "证件号码", "证书编号", "证书号", "证件编号", "证照编号", "编号", "许可证编号", "证书号码"),
            "姓名", Set.of("姓名", "持证人", "持证人姓名"),
            VALIDITY, Set.of("有效期限", "有效期", "有效期至", "有效日期", "营业期限", "有效期间"),
            REVIEW_DATE, Set.of("应复审日期", "复审日期", "复审"),
            "签发机关", Set.of("签发机关", "发证机关", "颁发机关", "登记机关", "发证单位", "签发单位"),
            "统一社会信用代码", Set.of("统一社会信用代码", "社会信用代码", "信用代码", "纳税人识别号", "统一社会信用代码/纳税人识别号"),
            "公民身份号码", Set.of("公民身份号码", "身份证号码", "身份证号", "身份号码"));

    /** The sections a document's party fields are prefixed with. */
    private static final java.util.List<String> SECTIONS = java.util.List.of("购买方", "销售方", "购货单位", "销货单位");

    private FieldNames() {}

    /**
     * Removes all white space (ASCII, U+3000 ideographic space, no-break space) and trailing
     * {@link #COLONS} from a printed field name.
     */
    public static String normalize(String printed)
    {
        StringBuilder name = new StringBuilder(printed.length());
        printed.codePoints()
                .filter(codePoint -> !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint))
                .forEach(name::appendCodePoint);
        int end = name.length();
        while (end > 0 && isColon(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(0, end);
    }

    /** Whether a character is one of {@link #COLONS}. */
    public static boolean isColon(char character)
    {
        return COLONS.indexOf(character) >= 0;
    }

    /** The canonical name of a field name's synonym group, when it belongs to one. */
    public static Optional<String> canonical(String name)
    {
        String normalized = withoutSection(normalize(name));
        return SYNONYMS.entrySet().stream()
                .filter(entry -> entry.getValue().contains(normalized))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    /** An invoice party's field is its party's section and the field: 销售方纳税人识别号 is a 纳税人识别号. */
    private static String withoutSection(String name)
    {
        for (String section : SECTIONS) {
            if (name.startsWith(section) && name.length() > section.length()) {
                return name.substring(section.length());
            }
        }
        return name;
    }

    /** True when both names denote the same field, spelled the same or as known synonyms. */
    public static boolean sameField(String first, String second)
    {
        String left = normalize(first);
        String right = normalize(second);
        if (left.equals(right)) {
            return true;
        }
        Optional<String> canonical = canonical(left);
        return canonical.isPresent() && canonical.equals(canonical(right));
    }
}
