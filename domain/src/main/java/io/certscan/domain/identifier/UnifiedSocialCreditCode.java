package io.certscan.domain.identifier;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * 统一社会信用代码 (GB 32100-2015): registration authority, entity category, six digits of region,
 * the nine-character organisation code and a check character, over an alphabet of 31 characters
 * (digits and capitals without I, O, Z, S, V). The check is 31 − (Σ value × 3^i mod 31) mod 31.
 *
 * <p>Some genuine codes issued early fail the check, so callers treat a mismatch as a warning.
 */
public final class UnifiedSocialCreditCode
{
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedSocialCreditCode() {}

    public static IdentifierCheck check(String text)
    {
        String value = IdentifierText.fold(requireNonNull(text, "text is null"));
        List<IdentifierProblem> problems = new ArrayList<>();
        if (value.length() != 18) {
            problems.add(IdentifierProblem.WRONG_LENGTH);
            return new IdentifierCheck(IdentifierKind.UNIFIED_SOCIAL_CREDIT_CODE, value, problems);
        }
        if (!value.chars().allMatch(character -> ALPHABET.indexOf(character) >= 0)
                || !value.substring(2, 8).chars().allMatch(character -> character >= '0' && character <= '9')) {
            problems.add(IdentifierProblem.ILLEGAL_CHARACTER);
            return new IdentifierCheck(IdentifierKind.UNIFIED_SOCIAL_CREDIT_CODE, value, problems);
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            problems.add(IdentifierProblem.CHECKSUM_MISMATCH);
        }
        if (!OrganizationCode.check(value.substring(8, 17)).isValid()) {
            problems.add(IdentifierProblem.EMBEDDED_ORGANIZATION_CODE_MISMATCH);
        }
        return new IdentifierCheck(IdentifierKind.UNIFIED_SOCIAL_CREDIT_CODE, value, problems);
    }

    /** The check character for the first 17 characters. */
    public static char checkCharacter(String first17)
    {
        if (first17.length() != 17 || !first17.chars().allMatch(character -> ALPHABET.indexOf(character) >= 0)) {
            throw new IllegalArgumentException("expected 17 characters of the GB 32100 alphabet");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }
}
