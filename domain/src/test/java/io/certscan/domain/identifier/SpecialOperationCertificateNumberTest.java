package io.certscan.domain.identifier;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class SpecialOperationCertificateNumberTest
{
    private static final Random RANDOM = new Random(30);

    @RepeatedTest(50)
    void tFollowedByAValidResidentIdNumberPasses()
    {
        String number = "T" + IdentifierFixtures.residentIdNumber(RANDOM);

        assertThat(SpecialOperationCertificateNumber.check(number).isValid()).as(number).isTrue();
        assertThat(SpecialOperationCertificateNumber.check(number.toLowerCase()).isValid()).isTrue();
    }

    @Test
    void missingPrefixAndBadIdNumberAreBothReported()
    {
        assertThat(SpecialOperationCertificateNumber.check("32048119940824381X").problems())
                .containsExactly(IdentifierProblem.MISSING_PREFIX, IdentifierProblem.CHECKSUM_MISMATCH);
        assertThat(SpecialOperationCertificateNumber.check("T3204811998063035170").problems())
                .containsExactly(IdentifierProblem.WRONG_LENGTH);
    }

    @Test
    void embeddedBirthDateMustBeARealDate()
    {
        String body = "32048119980230351";
        assertThat(SpecialOperationCertificateNumber.check("T" + body + IdentifierFixtures.iso7064Mod112(body)).problems())
                .containsExactly(IdentifierProblem.INVALID_BIRTH_DATE);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "T320481199806303517, true",
            "t 3204-8119 9806 303517, true",
            "Ｔ３２０４８１１９９８０６３０３５１７, true",
            "T3204811998063035170, true",
            "T32048119980630, true",
            "T-3204-8119-9806, false",
            "T3204811998063, false",
            "320481199806303517, false",
            "JY13301020012345, false"})
    void aNumberIsWrittenAsOneByItsTAndLengthWhateverItsFaults(String number, boolean one)
    {
        assertThat(SpecialOperationCertificateNumber.isWrittenAsOne(number)).isEqualTo(one);
    }
}
