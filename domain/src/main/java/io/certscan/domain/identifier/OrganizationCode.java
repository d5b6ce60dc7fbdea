package io.certscan.domain.identifier;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * 组织机构代码 (GB 11714-1997): eight digits or capital letters and a check character, often
 * printed as {@code 12345678-9}. The check is 11 − (Σ value × weight mod 11), written X for 10 and 0 for 11.
 */
public final class OrganizationCode
{
    private static final int[] WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private OrganizationCode() {}

    public static IdentifierCheck check(String text)
    {
        String value = IdentifierText.fold(requireNonNull(text, "text is null"));
        if (value.length() != 9) {
            return new IdentifierCheck(IdentifierKind.ORGANIZATION_CODE, value, List.of(IdentifierProblem.WRONG_LENGTH));
        }
        String body = value.substring(0, 8);
        char check = value.charAt(8);
        if (!body.chars().allMatch(OrganizationCode::isBodyCharacter) || !(Character.isDigit(check) && check < 128 || check == 'X')) {
            return new IdentifierCheck(IdentifierKind.ORGANIZATION_CODE, value, List.of(IdentifierProblem.ILLEGAL_CHARACTER));
        }
        List<IdentifierProblem> problems = checkCharacter(body) == check ? List.of() : List.of(IdentifierProblem.CHECKSUM_MISMATCH);
        return new IdentifierCheck(IdentifierKind.ORGANIZATION_CODE, value, problems);
    }

    /** The check character for an eight-character body of digits and capital letters. */
    public static char checkCharacter(String body)
    {
        if (body.length() != 8 || !body.chars().allMatch(OrganizationCode::isBodyCharacter)) {
            throw new IllegalArgumentException("expected eight digits or capital letters");
        }
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += valueOf(body.charAt(i)) * WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return switch (check) {
            case 10 -> 'X';
            case 11 -> '0';
            default -> (char) ('0' + check);
        };
    }

    private static int valueOf(char character)
    {
        return character <= '9' ? character - '0' : character - 'A' + 10;
    }

    private static boolean isBodyCharacter(int character)
    {
        return character >= '0' && character <= '9' || character >= 'A' && character <= 'Z';
    }
}
