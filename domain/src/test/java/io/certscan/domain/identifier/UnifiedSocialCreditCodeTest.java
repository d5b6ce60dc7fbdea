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
    void lowerCaseAndSpacesAreFolded()
    {
        assertThat(UnifiedSocialCreditCode.check(" 91320115ma202ukd7x ").isValid()).isTrue();
        assertThat(UnifiedSocialCreditCode.check("9132011").problems()).containsExactly(IdentifierProblem.WRONG_LENGTH);
    }
}
