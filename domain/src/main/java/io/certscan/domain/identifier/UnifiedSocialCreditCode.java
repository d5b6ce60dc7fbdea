package io.certscan.domain.identifier;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * 统一社会信用代码 (GB 32100-2015): registration authority, entity category (one of those the
 * authority registers), six digits of region,
 * the nine-character organisation code and a check character, over an alphabet of 31 characters
 * (digits and capitals without I, O, Z, S, V). The check is 31 − (Σ value × 3^i mod 31) mod 31.
 *
 * <p>Some genuine codes issued early fail the check, so callers treat a mismatch as a warning.
 */
public final class UnifiedSocialCreditCode
{
    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /**
     * GB 32100's registration authorities (first character) and the entity categories each may
     * register (second character): 1 机构编制, 2 外交, 3 司法行政, 4 文化, 5 民政, 6 旅游, 7 宗教,
     * 8 工会, 9 工商 (1 企业, 2 个体工商户, 3 农民专业合作社), A 中央军委改革和编制办公室, N 农业,
     * Y 其他.
     */
    private static final java.util.Map<Character, String> CATEGORIES = java.util.Map.ofEntries(
            java.util.Map.entry('1', "1239"), java.util.Map.entry('2', "19"), java.util.Map.entry('3', "123459"), java.util.Map.entry('4', "19"),
            java.util.Map.entry('5', "1239"), java.util.Map.entry('6', "129"), java.util.Map.entry('7', "129"), java.util.Map.entry('8', "19"),
            java.util.Map.entry('9', "123"), java.util.Map.entry('A', "19"), java.util.Map.entry('N', "1239"), java.util.Map.entry('Y', "1"));

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
        if (!CATEGORIES.getOrDefault(value.charAt(0), "").contains(value.substring(1, 2))) {
            problems.add(IdentifierProblem.UNKNOWN_REGISTRATION_AUTHORITY);
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
