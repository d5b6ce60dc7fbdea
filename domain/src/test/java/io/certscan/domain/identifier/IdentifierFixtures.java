package io.certscan.domain.identifier;

import java.time.LocalDate;
import java.util.Random;

/**
 * Builds identifiers with check characters computed here, independently of the production code:
 * the resident ID check by the recursive ISO 7064 MOD 11-2 procedure rather than the weight table.
 */
final class IdentifierFixtures
{
    private static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private IdentifierFixtures() {}

    static String residentIdNumber(Random random)
    {
        String[] regions = {"110105", "320481", "440305", "510104", "650102"};
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(random.nextInt(365 * 80));
        String body = regions[random.nextInt(regions.length)]
                + "%04d%02d%02d".formatted(birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth())
                + "%03d".formatted(random.nextInt(1000));
        return body + iso7064Mod112(body);
    }

    /** ISO 7064 MOD 11-2, recursive form: p = (p + digit) × 2 mod 11, check = (12 − p mod 11) mod 11. */
    static char iso7064Mod112(String digits)
    {
        int p = 0;
        for (char digit : digits.toCharArray()) {
            p = ((p + digit - '0') * 2) % 11;
        }
        int check = (12 - p % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    static String organizationCode(Random random)
    {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            body.append("0123456789ABCDEFGHJKLMNPQRTUWXY".charAt(random.nextInt(i < 2 ? 10 : 31)));
        }
        int[] weights = {3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char character = body.charAt(i);
            sum += (Character.isDigit(character) ? character - '0' : character - 'A' + 10) * weights[i];
        }
        int check = 11 - sum % 11;
        return body.toString() + (check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
    }

    static String unifiedSocialCreditCode(Random random)
    {
        String first17 = "91" + "%06d".formatted(110000 + random.nextInt(540000)) + organizationCode(random);
        int sum = 0;
        int weight = 1;
        for (char character : first17.toCharArray()) {
            sum += CREDIT_ALPHABET.indexOf(character) * weight;
            weight = weight * 3 % 31;
        }
        return first17 + CREDIT_ALPHABET.charAt((31 - sum % 31) % 31);
    }

    /** The same identifier with one character changed to another of its alphabet. */
    static String withOneCharacterChanged(String value, int position, String alphabet, Random random)
    {
        char original = value.charAt(position);
        char replacement;
        do {
            replacement = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        while (replacement == original);
        return value.substring(0, position) + replacement + value.substring(position + 1);
    }
}
