package io.certscan.application.port.in;

import io.certscan.application.document.DocumentSource;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class RecognizeCommandTest
{
    private static final String IMAGE = Base64.getEncoder().encodeToString("picture".getBytes(StandardCharsets.US_ASCII));
    private static final String PDF = Base64.getEncoder().encodeToString("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
    private static final String OFD = Base64.getEncoder().encodeToString("PK ofd".getBytes(StandardCharsets.US_ASCII));

    @Test
    void imageWinsOverEverythingAndTheOthersAreIgnoredEvenWhenInvalid()
    {
        RecognizeCommand command = new RecognizeCommand(IMAGE, "x".repeat(5000), PDF, "not a page", OFD, "-1", null);

        assertThat(command.source()).isInstanceOf(DocumentSource.Image.class);
        assertThat(command.url()).isNull();
        assertThat(command.pdfFileNum()).isNull();
    }

    @Test
    void urlWinsOverPdfAndOfd()
    {
        RecognizeCommand command = new RecognizeCommand(null, "https://example.test/card.jpg", PDF, "2", OFD, null, null);

        assertThat(command.source()).isEqualTo(new DocumentSource.RemoteUrl("https://example.test/card.jpg"));
    }

    @Test
    void pdfWinsOverOfdAndDefaultsToPageOne()
    {
        assertThat(new RecognizeCommand(null, null, PDF, null, OFD, "3", null).source())
                .asInstanceOf(type(DocumentSource.Pdf.class))
                .extracting(DocumentSource.Pdf::page).isEqualTo(1);
        assertThat(new RecognizeCommand(null, null, PDF, "7", null, null, null).source())
                .asInstanceOf(type(DocumentSource.Pdf.class))
                .extracting(DocumentSource.Pdf::page).isEqualTo(7);
    }

    @Test
    void ofdIsUsedWithItsPageNumber()
    {
        DocumentSource source = new RecognizeCommand(null, "", "", null, OFD, "2", null).source();

        assertThat(source).asInstanceOf(type(DocumentSource.Ofd.class)).extracting(DocumentSource.Ofd::page).isEqualTo(2);
    }

    @Test
    void missingSourceIsNotEnoughParam()
    {
        assertThatThrownBy(() -> new RecognizeCommand(null, null, null, "1", null, null, null))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.NOT_ENOUGH_PARAM);
    }

    @Test
    void emptyImageAndEmptyUrlHaveTheirOwnCodes()
    {
        assertThatThrownBy(() -> new RecognizeCommand("", null, null, null, null, null, null))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.EMPTY_IMAGE);
        assertThatThrownBy(() -> new RecognizeCommand(null, " ", null, null, null, null, null))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.URL_SIZE_ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "99999999999"})
    void pageNumberMustBeAPositiveInteger(String page)
    {
        assertThatThrownBy(() -> new RecognizeCommand(null, null, PDF, page, null, null, null))
                .asInstanceOf(type(CertscanException.class))
                .satisfies(exception -> {
                    assertThat(exception.errorCode()).isEqualTo(ErrorCode.INVALID_PARAM);
                    assertThat(exception.detail()).contains("pdfFileNum");
                });
    }

    @Test
    void urlLongerThan1024BytesIsRefusedCountingBytesNotCharacters()
    {
        String prefix = "https://example.test/";
        String exactly1024 = prefix + "a".repeat(1024 - prefix.length());
        assertThat(RecognizeCommand.ofUrl(exactly1024).url()).hasSize(1024);

        // 341 three-byte characters: 1023 + prefix bytes > 1024 although far fewer than 1024 chars.
        assertThatThrownBy(() -> RecognizeCommand.ofUrl(prefix + "证".repeat(341)))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.URL_SIZE_ERROR);
    }

    @Test
    void imageOverTenMegabytesOnceUrlEncodedIsAnImageSizeError()
    {
        // '+' and '/' triple in size once URL-encoded: 4 MB of them is 12 MB on the wire.
        String plusses = "+".repeat(4 * 1024 * 1024);
        assertThatThrownBy(() -> new RecognizeCommand(plusses, null, null, null, null, null, null))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.IMAGE_SIZE_ERROR);

        String letters = "A".repeat((int) RecognizeCommand.MAX_ENCODED_BYTES);
        assertThat(new RecognizeCommand(letters, null, null, null, null, null, null).image()).hasSize(letters.length());
    }

    @Test
    void everyViolationIsReportedTogether()
    {
        String tooLong = "A".repeat((int) RecognizeCommand.MAX_ENCODED_BYTES + 4);
        assertThatThrownBy(() -> new RecognizeCommand(null, null, tooLong, "zero", null, null, null))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::detail).asString()
                .contains("pdfFile is larger than 10 MB").contains("pdfFileNum must be a page number");
    }

    @Test
    void malformedBase64IsABase64ErrorWhenTheSourceIsResolved()
    {
        RecognizeCommand command = new RecognizeCommand("not*base64!", null, null, null, null, null, null);

        assertThatThrownBy(command::source)
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.IMAGE_BASE64_ERROR);
    }

    @Test
    void base64WithLineBreaksOrUnencodedPlusSignsStillDecodes()
    {
        byte[] bytes = {(byte) 0xfb, (byte) 0xef, (byte) 0xbe, 1, 2, 3};
        String encoded = Base64.getEncoder().encodeToString(bytes);
        assertThat(encoded).contains("+");

        String sentUnencoded = encoded.replace('+', ' ');
        assertThat(new RecognizeCommand(sentUnencoded + "\r\n", null, null, null, null, null, null).source())
                .asInstanceOf(type(DocumentSource.Image.class))
                .extracting(DocumentSource.Image::bytes).isEqualTo(bytes);
    }

    @Test
    void toStringNeverHoldsTheDocument()
    {
        assertThat(RecognizeCommand.ofImage("secret-content".getBytes(StandardCharsets.UTF_8)).toString())
                .isEqualTo("RecognizeCommand[image]")
                .doesNotContain(Base64.getEncoder().encodeToString("secret-content".getBytes(StandardCharsets.UTF_8)));
    }
}
