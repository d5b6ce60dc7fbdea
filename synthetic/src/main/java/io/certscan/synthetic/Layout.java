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
}
