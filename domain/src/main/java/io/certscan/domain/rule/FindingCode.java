package io.certscan.domain.rule;

/**
 * The codes of the findings certscan makes itself, each named here once: the rules make findings
 * with these constants and whoever reads findings (the compliance report's {@link Urgency}, the
 * tests) matches them with {@link Finding#is}, never with the text. A {@link Finding} keeps its
 * code as text all the same: plug-in rules make codes of their own ({@code FIRE_SAFETY_OFFICER_MISSING})
 * and the JSON output writes the text, which is the constant's name.
 */
public enum FindingCode
{
    /** The period of validity covers the date (or runs to the present). */
    VALID,
    /** The period of validity has no end (长期). */
    LONG_TERM,
    /** The period of validity ends within the window, its last day included. */
    EXPIRING_SOON,
    /** The date is after the end of the period of validity. */
    EXPIRED,
    /** The date is before the start of the period of validity. */
    NOT_YET_VALID,
    /** The validity field cannot be read as a period. */
    VALIDITY_UNREADABLE,
    /** The review deadline is within the window. */
    REVIEW_DUE_SOON,
    /** The review deadline has passed; an error for a 特种作业操作证. */
    REVIEW_OVERDUE,
    /** The review field cannot be read as a date. */
    REVIEW_DATE_UNREADABLE,
    /** An identifier fails its standard. */
    IDENTIFIER_INVALID,
    /** A credit code fails only its check character, as some genuine early codes do. */
    IDENTIFIER_CHECK_CHARACTER_MISMATCH,
    /** A number without a check character does not have its format. */
    IDENTIFIER_FORMAT,
    /** A field was read with little confidence. */
    LOW_CONFIDENCE,
    /** A field the certificate's type requires was not read. */
    REQUIRED_FIELD_MISSING,
    /** The period of validity is longer than the type allows. */
    VALIDITY_TOO_LONG,
    /** The issue date is after the end of validity. */
    ISSUED_AFTER_EXPIRY,
    /** An invoice's total in words is not its total in figures. */
    INVOICE_AMOUNT_IN_WORDS_MISMATCH,
    /** An invoice's amount and tax do not add up to its total. */
    INVOICE_TOTAL_MISMATCH,
    /** A goods line's amount times its rate is not its tax. */
    INVOICE_LINE_TAX_MISMATCH,
    /** A printed invoice field differs from the invoice's QR code. */
    INVOICE_QR_CODE_MISMATCH,
    /** An invoice is dated after the day it is judged on. */
    INVOICE_DATE_IN_FUTURE,
    /** The same invoice was met earlier in the batch. */
    DUPLICATE_INVOICE,
    /** A rule failed, so the verdict is incomplete. */
    RULE_FAILED;

    /** The code as findings carry it. */
    public String code()
    {
        return name();
    }
}
