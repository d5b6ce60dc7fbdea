package io.certscan.domain.identifier;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ResidentIdNumberTest
{
    private static final Random RANDOM = new Random(11643);

    @Test
    void validNumberExposesRegionBirthDateAndSex()
    {
        ResidentIdNumber number = ResidentIdNumber.parse("11010519491231002X").orElseThrow();

        assertThat(number.regionCode()).isEqualTo("110105");
        assertThat(number.birthDate()).isEqualTo(LocalDate.of(1949, 12, 31));
        assertThat(number.sex()).isEqualTo(ResidentIdNumber.Sex.FEMALE);
        assertThat(ResidentIdNumber.parse("320481199408243811").orElseThrow().sex()).isEqualTo(ResidentIdNumber.Sex.MALE);
    }

    @Test
    void aBirthDateInTheFutureIsInvalidOneBefore1900IsNot()
    {
        String tomorrowPlusAYear = LocalDate.now().plusYears(1).format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
        String future = "110105" + tomorrowPlusAYear + "002";
        assertThat(ResidentIdNumber.check(future + ResidentIdNumber.checkCharacter(future)).problems()).containsExactly(IdentifierProblem.INVALID_BIRTH_DATE);
        String old = "11010518990101002";
        assertThat(ResidentIdNumber.check(old + ResidentIdNumber.checkCharacter(old)).isValid()).isTrue();
    }

    @Test
    void lowerCaseXSpacesAndFullWidthDigitsAreFolded()
    {
        assertThat(ResidentIdNumber.parse("110105 19491231 002x")).map(ResidentIdNumber::value).contains("11010519491231002X");
        assertThat(ResidentIdNumber.parse("１１０１０５１９４９１２３１００２Ｘ")).map(ResidentIdNumber::value).contains("11010519491231002X");
    }

    @RepeatedTest(200)
    void generatedNumbersPassAndEverySingleDigitChangeFailsTheChecksum()
    {
        String valid = IdentifierFixtures.residentIdNumber(RANDOM);
        assertThat(ResidentIdNumber.check(valid).isValid()).as(valid).isTrue();

        int position = 14 + RANDOM.nextInt(3);
        String changed = IdentifierFixtures.withOneCharacterChanged(valid, position, "0123456789", RANDOM);
        assertThat(ResidentIdNumber.check(changed).problems()).as(changed).containsExactly(IdentifierProblem.CHECKSUM_MISMATCH);
    }

    @Test
    void theDocumentationsOwnSampleNumbersAreInvalid()
    {
        // general_ocr's success example prints T32048119940824381X: its check character should be 1.
        assertThat(ResidentIdNumber.check("32048119940824381X").problems()).containsExactly(IdentifierProblem.CHECKSUM_MISMATCH);
        // and T3204811998063035170, which has one digit too many.
        assertThat(ResidentIdNumber.check("3204811998063035170").problems()).containsExactly(IdentifierProblem.WRONG_LENGTH);
    }

    @Test
    void impossibleBirthDateAndUnknownRegionAreReported()
    {
        String body = "32048120210230123";
        assertThat(ResidentIdNumber.check(body + IdentifierFixtures.iso7064Mod112(body)).problems())
                .containsExactly(IdentifierProblem.INVALID_BIRTH_DATE);
        String noRegion = "99048119900101123";
        assertThat(ResidentIdNumber.check(noRegion + IdentifierFixtures.iso7064Mod112(noRegion)).problems())
                .containsExactly(IdentifierProblem.UNKNOWN_REGION);
    }

    @Test
    void letterInsideTheNumberIsAnIllegalCharacter()
    {
        assertThat(ResidentIdNumber.check("3204811994082438A1").problems()).containsExactly(IdentifierProblem.ILLEGAL_CHARACTER);
        assertThat(ResidentIdNumber.check("").problems()).containsExactly(IdentifierProblem.WRONG_LENGTH);
    }

    @Test
    void constructorRefusesInvalidNumbers()
    {
        assertThatThrownBy(() -> new ResidentIdNumber("32048119940824381X")).isInstanceOf(IllegalArgumentException.class);
    }
}
