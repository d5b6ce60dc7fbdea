package io.certscan.domain.identifier;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class UnifiedSocialCreditCodeTest
{
    private static final Random RANDOM = new Random(32100);

    @ParameterizedTest
    @ValueSource(strings = {"91320115MA202UKD7X", "92330781MA2EDMFU50", "913202133140424571", "91330106MA7GAL1299", "91110108339805094M"})
    void codesPrintedOnRealInvoicesPass(String code)
    {
        assertThat(UnifiedSocialCreditCode.check(code).isValid()).isTrue();
    }

    @Test
    void someGenuineEarlyCodesFailTheCheckButKeepAValidOrganizationCode()
    {
        // The seller's tax id on a real 2020 e-invoice in testdata/ofd-einvoices.
        IdentifierCheck check = UnifiedSocialCreditCode.check("91500102563638729E");

        assertThat(check.problems()).containsExactly(IdentifierProblem.CHECKSUM_MISMATCH);
    }

    @RepeatedTest(200)
    void generatedCodesPassAndAChangedCharacterFails()
    {
        String valid = IdentifierFixtures.unifiedSocialCreditCode(RANDOM);
        assertThat(UnifiedSocialCreditCode.check(valid).isValid()).as(valid).isTrue();

        String changed = IdentifierFixtures.withOneCharacterChanged(valid, 17, UnifiedSocialCreditCode.ALPHABET, RANDOM);
        assertThat(UnifiedSocialCreditCode.check(changed).problems()).as(changed).containsExactly(IdentifierProblem.CHECKSUM_MISMATCH);
    }

    @ParameterizedTest
    @ValueSource(strings = {"91320115MA202UKDIX", "91320115MA202UKDOX", "9132A115MA202UKD7X"})
    void lettersOutsideTheAlphabetOrInTheRegionAreIllegal(String code)
    {
        assertThat(UnifiedSocialCreditCode.check(code).problems()).containsExactly(IdentifierProblem.ILLEGAL_CHARACTER);
    }

    @Test
    void theRegistrationAuthorityAndEntityCategoryMustBeGb32100s()
    {
        // Each with a correct check character and organisation code: only the first two characters are wrong.
        for (String prefix : new String[] {"B1", "01", "94", "9A", "Y2", "A3"}) {
            String first17 = prefix + "320115MA202UKD7";
            IdentifierCheck check = UnifiedSocialCreditCode.check(first17 + UnifiedSocialCreditCode.checkCharacter(first17));
            assertThat(check.problems()).as(prefix).containsExactly(IdentifierProblem.UNKNOWN_REGISTRATION_AUTHORITY);
        }
        for (String prefix : new String[] {"91", "92", "93", "11", "12", "51", "52", "53", "N2", "Y1", "31", "A1"}) {
            String first17 = prefix + "320115MA202UKD7";
            assertThat(UnifiedSocialCreditCode.check(first17 + UnifiedSocialCreditCode.checkCharacter(first17)).isValid()).as(prefix).isTrue();
        }
    }

    @Test
    void dashesOfEveryKindAreFolded()
    {
        assertThat(UnifiedSocialCreditCode.check("913201–15MA202UKD7X").isValid()).as("en dash").isTrue();
        assertThat(UnifiedSocialCreditCode.check("913201—15MA202UKD7X").isValid()).as("em dash").isTrue();
        assertThat(ResidentIdNumber.check("110105−19491231002X").isValid()).as("minus sign").isTrue();
    }

    @Test
    void lowerCaseAndSpacesAreFolded()
    {
        assertThat(UnifiedSocialCreditCode.check(" 91320115ma202ukd7x ").isValid()).isTrue();
        assertThat(UnifiedSocialCreditCode.check("9132011").problems()).containsExactly(IdentifierProblem.WRONG_LENGTH);
    }
}
