package io.certscan.domain.identifier;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * 公民身份号码 (GB 11643-1999): six digits of region, eight of birth date, three of sequence (odd
 * for men, even for women) and an ISO 7064 MOD 11-2 check character (0-9 or X).
 */
public record ResidentIdNumber(String value)
{
    public enum Sex
    {
        MALE, FEMALE
    }

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    /** Province-level region codes, plus 83 (residence permits of Hong Kong, Macao and Taiwan residents). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82", "83");

    public ResidentIdNumber
    {
        requireNonNull(value, "value is null");
        IdentifierCheck check = check(value);
        if (!check.isValid() || !check.value().equals(value)) {
            throw new IllegalArgumentException("not a valid resident ID number: " + check.problems());
        }
    }

    /** The number when the text is a valid one, after folding spaces, full-width digits and a lower-case x. */
    public static Optional<ResidentIdNumber> parse(String text)
    {
        IdentifierCheck check = check(text);
        return check.isValid() ? Optional.of(new ResidentIdNumber(check.value())) : Optional.empty();
    }

    public static IdentifierCheck check(String text)
    {
        String value = IdentifierText.fold(requireNonNull(text, "text is null"));
        List<IdentifierProblem> problems = new ArrayList<>();
        if (value.length() != 18) {
            problems.add(IdentifierProblem.WRONG_LENGTH);
            return new IdentifierCheck(IdentifierKind.RESIDENT_ID_NUMBER, value, problems);
        }
        if (!value.substring(0, 17).chars().allMatch(ResidentIdNumber::isDigit) || !(isDigit(value.charAt(17)) || value.charAt(17) == 'X')) {
            problems.add(IdentifierProblem.ILLEGAL_CHARACTER);
            return new IdentifierCheck(IdentifierKind.RESIDENT_ID_NUMBER, value, problems);
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            problems.add(IdentifierProblem.UNKNOWN_REGION);
        }
        if (birthDateOf(value).isEmpty()) {
            problems.add(IdentifierProblem.INVALID_BIRTH_DATE);
        }
        if (checkCharacter(value.substring(0, 17)) != value.charAt(17)) {
            problems.add(IdentifierProblem.CHECKSUM_MISMATCH);
        }
        return new IdentifierCheck(IdentifierKind.RESIDENT_ID_NUMBER, value, problems);
    }

    /** The ISO 7064 MOD 11-2 check character for the first 17 digits. */
    public static char checkCharacter(String first17Digits)
    {
        if (first17Digits.length() != 17 || !first17Digits.chars().allMatch(ResidentIdNumber::isDigit)) {
            throw new IllegalArgumentException("expected 17 digits");
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    public String regionCode()
    {
        return value.substring(0, 6);
    }

    public LocalDate birthDate()
    {
        return birthDateOf(value).orElseThrow();
    }

    public Sex sex()
    {
        return (value.charAt(16) - '0') % 2 == 1 ? Sex.MALE : Sex.FEMALE;
    }

    /**
     * The birth date, when it is a real day between 1800 (people born before 1900 were given
     * numbers too) and tomorrow in China (nobody is born later; a day of slack for time zones).
     */
    private static final java.time.ZoneId CHINA = java.time.ZoneId.of("Asia/Shanghai");

    private static Optional<LocalDate> birthDateOf(String value)
    {
        int year = Integer.parseInt(value.substring(6, 10));
        if (year < 1800) {
            return Optional.empty();
        }
        try {
            LocalDate birth = LocalDate.of(year, Integer.parseInt(value.substring(10, 12)), Integer.parseInt(value.substring(12, 14)));
            return birth.isAfter(LocalDate.now(CHINA).plusDays(1)) ? Optional.empty() : Optional.of(birth);
        }
        catch (DateTimeException impossible) {
            return Optional.empty();
        }
    }

    private static boolean isDigit(int character)
    {
        return character >= '0' && character <= '9';
    }
}
