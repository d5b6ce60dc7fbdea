package io.certscan.application.port.in;

import io.certscan.application.document.DocumentKind;
import io.certscan.application.document.DocumentSource;
import io.certscan.application.validation.ErrorPayload;
import io.certscan.application.validation.SelfValidation;
import io.certscan.application.validation.UrlEncodedSize;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import jakarta.validation.constraints.Pattern;

import java.time.LocalDate;
import java.util.Base64;
import java.util.Optional;

/**
 * A general_ocr request, parameter for parameter: {@code image} (base64), {@code url},
 * {@code pdf_file} + {@code pdf_file_num}, {@code ofd_file} + {@code ofd_file_num}, plus the date
 * to judge validity against (today when absent).
 *
 * <p>The documented priority image &gt; url &gt; pdf_file &gt; ofd_file is applied on construction:
 * the parameters of the lower sources are dropped, so they are neither validated nor used. The
 * limits are the original's: 10 MB once base64- and URL-encoded, a URL of at most 1024 bytes,
 * pages counted from 1.
 */
public record RecognizeCommand(
        @UrlEncodedSize(max = RecognizeCommand.MAX_ENCODED_BYTES, message = "is larger than 10 MB once base64- and URL-encoded",
                payload = ErrorPayload.ImageSizeError.class)
        String image,
        @UrlEncodedSize(max = RecognizeCommand.MAX_URL_BYTES, raw = true, message = "is longer than 1024 bytes",
                payload = ErrorPayload.UrlSizeError.class)
        String url,
        @UrlEncodedSize(max = RecognizeCommand.MAX_ENCODED_BYTES, message = "is larger than 10 MB once base64- and URL-encoded",
                payload = ErrorPayload.ImageSizeError.class)
        String pdfFile,
        @Pattern(regexp = PAGE_NUMBER, message = "must be a page number from 1", payload = ErrorPayload.InvalidParam.class)
        String pdfFileNum,
        @UrlEncodedSize(max = RecognizeCommand.MAX_ENCODED_BYTES, message = "is larger than 10 MB once base64- and URL-encoded",
                payload = ErrorPayload.ImageSizeError.class)
        String ofdFile,
        @Pattern(regexp = PAGE_NUMBER, message = "must be a page number from 1", payload = ErrorPayload.InvalidParam.class)
        String ofdFileNum,
        LocalDate asOf)
{
    public static final long MAX_ENCODED_BYTES = 10L * 1024 * 1024;
    public static final long MAX_URL_BYTES = 1024;
    static final String PAGE_NUMBER = "\\s*0*[1-9][0-9]{0,8}\\s*";

    public RecognizeCommand(String image, String url, String pdfFile, String pdfFileNum, String ofdFile, String ofdFileNum, LocalDate asOf)
    {
        DocumentKind winner = present(image) ? DocumentKind.IMAGE
                : present(url) ? DocumentKind.URL
                : present(pdfFile) ? DocumentKind.PDF
                : present(ofdFile) ? DocumentKind.OFD
                : null;
        if (winner == null) {
            throw noSource(image, url, pdfFile, ofdFile);
        }
        this.image = winner == DocumentKind.IMAGE ? image : null;
        this.url = winner == DocumentKind.URL ? url : null;
        this.pdfFile = winner == DocumentKind.PDF ? pdfFile : null;
        this.pdfFileNum = winner == DocumentKind.PDF ? pdfFileNum : null;
        this.ofdFile = winner == DocumentKind.OFD ? ofdFile : null;
        this.ofdFileNum = winner == DocumentKind.OFD ? ofdFileNum : null;
        this.asOf = asOf;
        SelfValidation.validate(this);
    }

    public static RecognizeCommand ofImage(byte[] image)
    {
        return new RecognizeCommand(Base64.getEncoder().encodeToString(image), null, null, null, null, null, null);
    }

    public static RecognizeCommand ofUrl(String url)
    {
        return new RecognizeCommand(null, url, null, null, null, null, null);
    }

    public static RecognizeCommand ofPdf(byte[] pdf, int page)
    {
        return new RecognizeCommand(null, null, Base64.getEncoder().encodeToString(pdf), Integer.toString(page), null, null, null);
    }

    public static RecognizeCommand ofOfd(byte[] ofd, int page)
    {
        return new RecognizeCommand(null, null, null, null, Base64.getEncoder().encodeToString(ofd), Integer.toString(page), null);
    }

    public RecognizeCommand withAsOf(LocalDate date)
    {
        return new RecognizeCommand(image, url, pdfFile, pdfFileNum, ofdFile, ofdFileNum, date);
    }

    public Optional<LocalDate> evaluationDate()
    {
        return Optional.ofNullable(asOf);
    }

    /**
     * The source the request resolves to, base64 decoded.
     *
     * @throws CertscanException 216203 when the base64 is malformed, 216200 when it decodes to nothing
     */
    public DocumentSource source()
    {
        if (image != null) {
            return new DocumentSource.Image(decode("image", image));
        }
        if (url != null) {
            return new DocumentSource.RemoteUrl(url.strip());
        }
        if (pdfFile != null) {
            return new DocumentSource.Pdf(decode("pdf_file", pdfFile), page(pdfFileNum));
        }
        return new DocumentSource.Ofd(decode("ofd_file", ofdFile), page(ofdFileNum));
    }

    private static byte[] decode(String parameter, String base64)
    {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(withoutWhiteSpace(base64));
        }
        catch (IllegalArgumentException malformed) {
            throw new CertscanException(ErrorCode.IMAGE_BASE64_ERROR, parameter + " is not valid base64 (" + malformed.getMessage() + ")");
        }
        if (bytes.length == 0) {
            throw new CertscanException(ErrorCode.EMPTY_IMAGE, parameter + " is empty");
        }
        return bytes;
    }

    /**
     * Line breaks are common in base64 written by tools; a space where a '+' should be is what a
     * client gets when it forgets to URL-encode the parameter, and it can only have meant '+'.
     */
    private static String withoutWhiteSpace(String base64)
    {
        StringBuilder cleaned = new StringBuilder(base64.length());
        for (int i = 0; i < base64.length(); i++) {
            char character = base64.charAt(i);
            if (character == ' ') {
                cleaned.append('+');
            }
            else if (character != '\n' && character != '\r' && character != '\t') {
                cleaned.append(character);
            }
        }
        return cleaned.toString().strip();
    }

    private static int page(String pageNumber)
    {
        return pageNumber == null || pageNumber.isBlank() ? 1 : Integer.parseInt(pageNumber.strip());
    }

    private static boolean present(String parameter)
    {
        return parameter != null && !parameter.isBlank();
    }

    private static CertscanException noSource(String image, String url, String pdfFile, String ofdFile)
    {
        if (image != null || pdfFile != null || ofdFile != null) {
            return new CertscanException(ErrorCode.EMPTY_IMAGE, "the image, pdf_file or ofd_file parameter is empty");
        }
        if (url != null) {
            return new CertscanException(ErrorCode.URL_SIZE_ERROR, "the url parameter is empty");
        }
        return new CertscanException(ErrorCode.NOT_ENOUGH_PARAM, "one of image, url, pdf_file or ofd_file is required");
    }

    @Override
    public String toString()
    {
        // Never the document itself: commands end up in logs.
        return "RecognizeCommand[" + (image != null ? "image" : url != null ? "url" : pdfFile != null ? "pdf_file page " + page(pdfFileNum) : "ofd_file page " + page(ofdFileNum))
                + (asOf != null ? ", asOf=" + asOf : "") + "]";
    }
}
