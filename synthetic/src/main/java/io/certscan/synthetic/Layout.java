package io.certscan.synthetic;

/** How labels and values are placed on a generated certificate. */
public enum Layout
{
    /** Labels in a column, letter-spaced to one width (姓　　名), values in a column beside them. */
    LABEL_COLUMN,
    /** {@code 标签：值} on one line, wrapped lines indented under the value. */
    COLON_INLINE,
    /** Two label/value pairs per row; long values take a row of their own. */
    TWO_PAIRS_PER_ROW,
    /** A small label with its value on the line below. */
    LABEL_ABOVE_VALUE,
    /**
     * As real landscape licences (营业执照 副本): the credit code's label above its value at the top
     * left, a QR code and its caption at the top right, （副本） under the title, two columns of
     * labels whose characters are spread over one width (名　　　称), the seal over the issue date.
     */
    LANDSCAPE_LICENCE,
    /** As bilingual licences (驾驶证, 行驶证): each label with its English name under it in small print. */
    BILINGUAL_LABELS,
    /**
     * As portrait licences (营业执照 正本): the emblem over the title, the credit code right-aligned
     * under it, one column of spread labels, 登记机关 with its date at the bottom right under the seal.
     */
    PORTRAIT_ZHENGBEN,
    /** As an open licence booklet (药品经营许可证 副本): two pages side by side, the fields running on to the right page. */
    BOOKLET,
    /**
     * A resident ID card, whatever the template: the front (no printed title: 姓名, 性别 and 民族 on one
     * row, 出生, 住址, 公民身份号码, a photo) or the back (中华人民共和国 居民身份证, 签发机关, 有效期限).
     */
    ID_CARD;

    /** The layouts of the accuracy run's default set, unchanged so that its figures stay comparable. */
    public static final java.util.List<Layout> CLASSIC = java.util.List.of(LABEL_COLUMN, COLON_INLINE, TWO_PAIRS_PER_ROW, LABEL_ABOVE_VALUE);
    /** The layouts drawn after real documents (synthetic/run accuracy --layouts real). */
    public static final java.util.List<Layout> REAL_LIKE = java.util.List.of(LANDSCAPE_LICENCE, BILINGUAL_LABELS, PORTRAIT_ZHENGBEN, BOOKLET, ID_CARD);
}
