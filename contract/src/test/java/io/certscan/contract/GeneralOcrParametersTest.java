package io.certscan.contract;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class GeneralOcrParametersTest
{
    private static final String IMAGE = Base64.getEncoder().encodeToString("picture".getBytes(StandardCharsets.US_ASCII));
    private static final String PDF = Base64.getEncoder().encodeToString("%PDF-1.7".getBytes(StandardCharsets.US_ASCII));
    private static final String OFD = Base64.getEncoder().encodeToString("PK ofd".getBytes(StandardCharsets.US_ASCII));

    /** A form of text fields; null values are left out. */
    private static DocumentSource source(String image, String url, String pdfFile, String pdfFileNum, String ofdFile, String ofdFileNum)
    {
        Map<String, String> fields = new HashMap<>();
        String[] names = {"image", "url", "pdf_file", "pdf_file_num", "ofd_file", "ofd_file_num"};
        String[] values = {image, url, pdfFile, pdfFileNum, ofdFile, ofdFileNum};
        for (int i = 0; i < names.length; i++) {
            if (values[i] != null) {
                fields.put(names[i], values[i]);
            }
        }
        return GeneralOcrParameters.source(name -> Optional.ofNullable(fields.get(name)));
    }

    @Test
    void imageWinsOverEverythingAndTheOthersAreIgnoredEvenWhenInvalid()
    {
        assertThat(source(IMAGE, "x".repeat(5000), PDF, "not a page", OFD, "-1")).isInstanceOf(DocumentSource.Image.class);
    }

    @Test
    void urlWinsOverPdfAndOfd()
    {
        assertThat(source(null, "https://example.test/card.jpg", PDF, "2", OFD, null)).isEqualTo(new DocumentSource.RemoteUrl("https://example.test/card.jpg"));
    }

    @Test
    void pdfWinsOverOfdAndDefaultsToPageOne()
    {
        assertThat(source(null, null, PDF, null, OFD, "3"))
                .asInstanceOf(type(DocumentSource.Pdf.class))
                .extracting(DocumentSource.Pdf::page).isEqualTo(1);
        assertThat(source(null, null, PDF, "7", null, null))
                .asInstanceOf(type(DocumentSource.Pdf.class))
                .extracting(DocumentSource.Pdf::page).isEqualTo(7);
    }

    @Test
    void ofdIsUsedWithItsPageNumber()
    {
        assertThat(source(null, "", "", null, OFD, "2")).asInstanceOf(type(DocumentSource.Ofd.class)).extracting(DocumentSource.Ofd::page).isEqualTo(2);
    }

    @Test
    void missingSourceIsNotEnoughParam()
    {
        assertThatThrownBy(() -> source(null, null, null, "1", null, null))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.NOT_ENOUGH_PARAM);
    }

    @Test
    void emptyImageAndEmptyUrlHaveTheirOwnCodes()
    {
        assertThatThrownBy(() -> source("", null, null, null, null, null))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.EMPTY_IMAGE);
        assertThatThrownBy(() -> source(null, " ", null, null, null, null))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.URL_SIZE_ERROR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "abc", "1.5", "99999999999"})
    void pageNumberMustBeAPositiveInteger(String page)
    {
        assertThatThrownBy(() -> source(null, null, PDF, page, null, null))
                .asInstanceOf(type(CertscanException.class))
                .satisfies(exception -> {
                    assertThat(exception.errorCode()).isEqualTo(ErrorCode.INVALID_PARAM);
                    assertThat(exception.detail()).contains("pdf_file_num");
                });
    }

    @Test
    void urlLongerThan1024BytesIsRefusedCountingBytesNotCharacters()
    {
        String prefix = "https://example.test/";
        String exactly1024 = prefix + "a".repeat(1024 - prefix.length());
        assertThat(RecognizeCommand.ofUrl(exactly1024).source()).asInstanceOf(type(DocumentSource.RemoteUrl.class))
                .extracting(DocumentSource.RemoteUrl::url).asString().hasSize(1024);

        // 341 three-byte characters: 1023 + prefix bytes > 1024 although far fewer than 1024 chars.
        assertThatThrownBy(() -> RecognizeCommand.ofUrl(prefix + "证".repeat(341)))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.URL_SIZE_ERROR);
        assertThatThrownBy(() -> source(null, prefix + "证".repeat(341), null, null, null, null))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.URL_SIZE_ERROR);
    }

    @Test
    void imageOverTenMegabytesOnceUrlEncodedIsAnImageSizeError()
    {
        // '+' and '/' triple in size once URL-encoded: 4 MB of them is 12 MB on the wire.
        String plusses = "+".repeat(4 * 1024 * 1024);
        assertThatThrownBy(() -> source(plusses, null, null, null, null, null))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.IMAGE_SIZE_ERROR);

        String letters = "A".repeat((int) GeneralOcrParameters.MAX_ENCODED_BYTES);
        assertThat(source(letters, null, null, null, null, null)).asInstanceOf(type(DocumentSource.Image.class))
                .extracting(image -> image.bytes().length).isEqualTo(letters.length() / 4 * 3);
    }

    @Test
    void everyViolationIsReportedTogether()
    {
        String tooLong = "A".repeat((int) GeneralOcrParameters.MAX_ENCODED_BYTES + 4);
        assertThatThrownBy(() -> source(null, null, tooLong, "zero", null, null))
                .asInstanceOf(type(CertscanException.class))
                .satisfies(exception -> {
                    assertThat(exception.errorCode()).isEqualTo(ErrorCode.IMAGE_SIZE_ERROR);
                    assertThat(exception.detail()).contains("pdf_file is larger than 10 MB").contains("pdf_file_num must be a page number");
                });
    }

    @Test
    void malformedBase64IsABase64Error()
    {
        assertThatThrownBy(() -> source("not*base64!", null, null, null, null, null))
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
        assertThat(source(sentUnencoded + "\r\n", null, null, null, null, null))
                .asInstanceOf(type(DocumentSource.Image.class))
                .extracting(DocumentSource.Image::bytes).isEqualTo(bytes);
    }

    @Test
    void anUploadedFileIsTakenAsItsBytesAndMeasuredAsIfEncoded()
    {
        byte[] picture = "picture".getBytes(StandardCharsets.US_ASCII);
        GeneralOcrParameters.Form upload = new GeneralOcrParameters.Form()
        {
            @Override
            public Optional<String> field(String name)
            {
                return Optional.empty();
            }

            @Override
            public Optional<byte[]> file(String name)
            {
                return name.equals("image") ? Optional.of(picture) : Optional.empty();
            }
        };

        assertThat(GeneralOcrParameters.source(upload)).asInstanceOf(type(DocumentSource.Image.class))
                .extracting(DocumentSource.Image::bytes).isSameAs(picture);
    }

    @Test
    void theEncodedLengthOfBytesIsCountedAsEncodingThemWouldMakeIt()
    {
        Random random = new Random(14);
        for (int length = 0; length < 64; length++) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            String encoded = Base64.getEncoder().encodeToString(bytes);
            assertThat(GeneralOcrParameters.urlEncodedBase64Length(bytes)).as("%d bytes", length).isEqualTo(GeneralOcrParameters.urlEncodedLength(encoded));
        }
    }

    @Test
    void aSourceWrittenBackIsTheFormItCameFrom()
    {
        byte[] pdf = "%PDF-1.7".getBytes(StandardCharsets.US_ASCII);
        Map<String, String> fields = GeneralOcrParameters.fields(new DocumentSource.Pdf(pdf, 3));

        assertThat(fields).containsOnlyKeys("pdf_file", "pdf_file_num").containsEntry("pdf_file_num", "3");
        assertThat(GeneralOcrParameters.source(name -> Optional.ofNullable(fields.get(name))))
                .asInstanceOf(type(DocumentSource.Pdf.class))
                .satisfies(source -> {
                    assertThat(source.bytes()).isEqualTo(pdf);
                    assertThat(source.page()).isEqualTo(3);
                });
    }

    @Test
    void toStringNeverHoldsTheDocument()
    {
        assertThat(RecognizeCommand.ofImage("secret-content".getBytes(StandardCharsets.UTF_8)).toString())
                .isEqualTo("RecognizeCommand[image]")
                .doesNotContain("secret-content");
        assertThat(RecognizeCommand.ofUrl("https://example.test/?token=secret").toString()).isEqualTo("RecognizeCommand[url]");
        assertThat(RecognizeCommand.ofPdf(new byte[] {1}, 2).toString()).isEqualTo("RecognizeCommand[pdf page 2]");
    }
}
