package io.certscan.domain.layout;

/**
 * Every tolerance of the layout's stages in one place, in units of the text's height (the page's
 * median line height, or a line's own height where a stage says so), or as plain shares.
 */
final class Tolerances
{
    private Tolerances() {}

    /** Half a line: two pieces share a row when they overlap by this much; the slack at a line's start. */
    static final double HALF_LINE = 0.5;
    /** How far a line may reach into the next and still sit right above or below it. */
    static final double TOUCH = 0.3;

    // Stage 1, reads
    /** A line at least this many times taller than wide is written top to bottom… */
    static final double VERTICAL_ASPECT = 1.8;
    /** …and holds its characters one under the other when each has at least this share of the width as height. */
    static final double VERTICAL_CHARACTER_SHARE = 0.8;
    /** Lines this much taller than another are other text (a title beside small print). */
    static final double SIZE_RATIO = 1.6;
    /** A line overlapping this share of a smaller one is a second reading of it. */
    static final double CONTAINED_SHARE = 0.8;
    /** How much wider than the characters two readings share their overlap may be, in those characters' widths. */
    static final double SHARED_OVERLAP_SLACK = 2.5;

    // Stage 2, cards
    /** A title that lets the page be cut into cards is at least this high. */
    static final double CUT_TITLE_HEIGHT = 0.9;
    /** A line without a certificate word is a title only when this much taller than the text… */
    static final double TITLE_HEIGHT = 1.3;
    /** …and in this top share of its card. */
    static final double TITLE_TOP_SHARE = 0.3;

    // Stage 3, labels
    /** Characters of a letter-spaced label stand at most this far apart. */
    static final double LETTER_SPACING = 8;
    /** A line indented this much from the label column may be a wrapped line of a value. */
    static final double INDENT = 2;
    /** The line a wrapped line hangs under ends at most this far above it. */
    static final double LINE_ABOVE = 1.2;
    /** The second line of a label wrapped in its cell starts this far above or below the first's bottom, in the label's height. */
    static final double WRAPPED_LABEL_ABOVE = 0.4;
    static final double WRAPPED_LABEL_BELOW = 0.8;

    // Stage 6, pairing
    /** A value under its label starts at most this far below it. */
    static final double VALUE_BELOW = 1.5;
    /** A value beside a label printed with a colon and nothing after it starts at most this far off: further, the field is empty. */
    static final double COLON_LABEL_REACH = 6;
    /** Beyond this far to the right of its label (in the label's height, at least the text's), a value beside it loses to one right below. */
    static final double FAR_BESIDE = 5;
    /** A value's wrapped line starts at most this far under the line before it… */
    static final double WRAPPED_LINE_GAP = 0.9;
    /** …and this close to where the value starts… */
    static final double WRAPPED_LINE_ALIGNMENT = 1.5;
    /** …or, for a value printed on its label's line (whose start is only estimated), up to this much further right. */
    static final double INLINE_START_SLACK = 4;
}
