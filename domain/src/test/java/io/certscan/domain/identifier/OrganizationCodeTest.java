package io.certscan.domain.identifier;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class OrganizationCodeTest
{
    private static final Random RANDOM = new Random(11714);

    @Test
    void codeWithHyphenAsPrintedPasses()
    {
        assertThat(OrganizationCode.check("56363872-9").isValid()).isTrue();
        assertThat(OrganizationCode.check("MA202UKD-7").isValid()).isTrue();
        assertThat(OrganizationCode.check("MA202UKD-8").problems()).containsExactly(IdentifierProblem.CHECKSUM_MISMATCH);
    }

    @RepeatedTest(100)
    void generatedCodesPassAndAChangedCheckFails()
    {
        String valid = IdentifierFixtures.organizationCode(RANDOM);
        assertThat(OrganizationCode.check(valid).isValid()).as(valid).isTrue();

        String changed = IdentifierFixtures.withOneCharacterChanged(valid, 8, "0123456789X", RANDOM);
        assertThat(OrganizationCode.check(changed).problems()).as(changed).containsExactly(IdentifierProblem.CHECKSUM_MISMATCH);
    }

    @Test
    void checkCharacterTenIsXAndElevenIsZero()
    {
        // Σ = 2 → 11 − 2 = 9
        assertThat(OrganizationCode.checkCharacter("00000001")).isEqualTo('9');
        // Σ = 0 → 11 → written 0
        assertThat(OrganizationCode.checkCharacter("00000000")).isEqualTo('0');
        assertThat(OrganizationCode.checkCharacter("00000010")).isEqualTo('7');
        assertThat(OrganizationCode.checkCharacter("10000000")).isEqualTo('8');
        // Σ = 6 × 2 = 12 ≡ 1 → 10 → written X
        assertThat(OrganizationCode.checkCharacter("00000006")).isEqualTo('X');
    }

    @Test
    void wrongLengthAndIllegalCharacters()
    {
        assertThat(OrganizationCode.check("1234567").problems()).containsExactly(IdentifierProblem.WRONG_LENGTH);
        assertThat(OrganizationCode.check("1234567#-1").problems()).containsExactly(IdentifierProblem.ILLEGAL_CHARACTER);
    }
}
