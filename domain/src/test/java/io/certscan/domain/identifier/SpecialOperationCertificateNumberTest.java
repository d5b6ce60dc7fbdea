package io.certscan.domain.identifier;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

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
}
