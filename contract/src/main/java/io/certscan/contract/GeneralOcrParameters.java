package io.certscan.contract;

import io.certscan.application.document.DocumentSource;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * general_ocr's request parameters, in one place: their names, the documented priority
 * image &gt; url &gt; pdf_file &gt; ofd_file (the lower sources' parameters are then neither
 * validated nor used), base64, the limits (10 MB once base64- and URL-encoded, a URL of at most
 * 1024 bytes) and page numbers counted from 1. The server's endpoints read a form into a
 * {@link DocumentSource} with it; the Baidu engine writes a source back into the form. (The URL's
 * limit is {@link DocumentSource.RemoteUrl}'s own: it holds for URLs from the command line too.)
 */
public final class GeneralOcrParameters
{
    public static final String IMAGE = "image";
    public static final String URL = "url";
    public static final String PDF_FILE = "pdf_file";
    public static final String PDF_FILE_NUM = "pdf_file_num";
    public static final String OFD_FILE = "ofd_file";
    public static final String OFD_FILE_NUM = "ofd_file_num";

    public static final long MAX_ENCODED_BYTES = 10L * 1024 * 1024;
    private static final Pattern PAGE_NUMBER = Pattern.compile("\\s*0*[1-9][0-9]{0,8}\\s*");
    private static final String TOO_LARGE = " is larger than 10 MB once base64- and URL-encoded";

    private GeneralOcrParameters() {}

    /** A request's parameters as its body holds them: text fields, and, in a multipart form, files. */
    public interface Form
    {
        Optional<String> field(String name);

        /** The bytes of an uploaded file part of that name (a multipart form); none by default. */
        default Optional<byte[]> file(String name)
        {
            return Optional.empty();
        }
    }

    /**
     * The one document the form names. A document parameter is base64 text as documented, or a
     * file part of a multipart form taken as its bytes (measured as if base64-encoded).
     *
     * @throws CertscanException 216101 none given, 216200 empty, 216202 over 10 MB, 282114 a URL
     * over 1024 bytes or empty, 216100 a page that is no number from 1 (every problem of the
     * chosen source is listed, the first decides the code), 216203 malformed base64
     */
    public static DocumentSource source(Form form)
    {
        Document image = document(form, IMAGE);
        Optional<String> url = form.field(URL);
        Document pdf = document(form, PDF_FILE);
        Document ofd = document(form, OFD_FILE);
        if (image.present()) {
            check(List.of(image.problem()));
            return new DocumentSource.Image(image.bytes());
        }
        if (present(url)) {
            // RemoteUrl refuses one over 1024 bytes (282114).
            return new DocumentSource.RemoteUrl(url.get().strip());
        }
        if (pdf.present()) {
            Optional<String> page = form.field(PDF_FILE_NUM);
            check(List.of(pdf.problem(), pageProblem(PDF_FILE_NUM, page)));
            return new DocumentSource.Pdf(pdf.bytes(), page(page));
        }
        if (ofd.present()) {
            Optional<String> page = form.field(OFD_FILE_NUM);
            check(List.of(ofd.problem(), pageProblem(OFD_FILE_NUM, page)));
            return new DocumentSource.Ofd(ofd.bytes(), page(page));
        }
        if (image.given() || pdf.given() || ofd.given()) {
            throw new CertscanException(ErrorCode.EMPTY_IMAGE, "the image, pdf_file or ofd_file parameter is empty");
        }
        if (url.isPresent()) {
            throw new CertscanException(ErrorCode.URL_SIZE_ERROR, "the url parameter is empty");
        }
        throw new CertscanException(ErrorCode.NOT_ENOUGH_PARAM, "one of image, url, pdf_file or ofd_file is required");
    }

    /** The form fields that send a source to general_ocr: the document base64-encoded, its page. */
    public static Map<String, String> fields(DocumentSource source)
    {
        Base64.Encoder base64 = Base64.getEncoder();
        Map<String, String> fields = new LinkedHashMap<>();
        source.accept(new DocumentSource.Cases<Void>()
        {
            @Override
            public Void image(DocumentSource.Image image)
            {
                fields.put(IMAGE, base64.encodeToString(image.bytes()));
                return null;
            }

            @Override
            public Void url(DocumentSource.RemoteUrl url)
            {
                fields.put(URL, url.url());
                return null;
            }

            @Override
            public Void pdf(DocumentSource.Pdf pdf)
            {
                fields.put(PDF_FILE, base64.encodeToString(pdf.bytes()));
                fields.put(PDF_FILE_NUM, Integer.toString(pdf.page()));
                return null;
            }

            @Override
            public Void ofd(DocumentSource.Ofd ofd)
            {
                fields.put(OFD_FILE, base64.encodeToString(ofd.bytes()));
                fields.put(OFD_FILE_NUM, Integer.toString(ofd.page()));
                return null;
            }
        });
        return fields;
    }

    /** Whether a file of this many bytes fits the 10 MB limit once base64-encoded, at best (no '+' or '/' to escape). */
    public static boolean mayFit(long fileBytes)
    {
        return (fileBytes + 2) / 3 * 4 <= MAX_ENCODED_BYTES;
    }

    /** A document parameter: base64 text, or an uploaded file's bytes. */
    private record Document(String name, String base64, byte[] file)
    {
        boolean given()
        {
            return base64 != null || file != null;
        }

        boolean present()
        {
            return file != null && file.length > 0 || base64 != null && !base64.isBlank();
        }

        Optional<String> problem()
        {
            long size = file != null ? urlEncodedBase64Length(file) : urlEncodedLength(base64);
            return size > MAX_ENCODED_BYTES ? Optional.of(name + TOO_LARGE) : Optional.empty();
        }

        /** The bytes, decoded once the limits are checked. */
        byte[] bytes()
        {
            byte[] bytes = file != null ? file : decode(name, base64);
            if (bytes.length == 0) {
                throw new CertscanException(ErrorCode.EMPTY_IMAGE, name + " is empty");
            }
            return bytes;
        }
    }

    private static Document document(Form form, String name)
    {
        Optional<String> text = form.field(name);
        return new Document(name, text.orElse(null), text.isPresent() ? null : form.file(name).orElse(null));
    }

    private static Optional<String> pageProblem(String name, Optional<String> page)
    {
        return page.isEmpty() || PAGE_NUMBER.matcher(page.get()).matches() ? Optional.empty() : Optional.of(name + " must be a page number from 1");
    }

    /** Every problem at once; the first names the code: a size (216202) before a page number (216100). */
    private static void check(List<Optional<String>> problems)
    {
        List<String> found = new ArrayList<>();
        problems.forEach(problem -> problem.ifPresent(found::add));
        if (found.isEmpty()) {
            return;
        }
        ErrorCode code = found.get(0).endsWith(TOO_LARGE) ? ErrorCode.IMAGE_SIZE_ERROR : ErrorCode.INVALID_PARAM;
        throw new CertscanException(code, String.join("; ", found));
    }

    private static int page(Optional<String> page)
    {
        return page.isEmpty() || page.get().isBlank() ? 1 : Integer.parseInt(page.get().strip());
    }

    private static boolean present(Optional<String> parameter)
    {
        return parameter.isPresent() && !parameter.get().isBlank();
    }

    private static byte[] decode(String parameter, String base64)
    {
        try {
            return Base64.getDecoder().decode(withoutWhiteSpace(base64));
        }
        catch (IllegalArgumentException malformed) {
            throw new CertscanException(ErrorCode.IMAGE_BASE64_ERROR, parameter + " is not valid base64 (" + malformed.getMessage() + ")");
        }
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

    /** The length of the text URL-encoded as UTF-8, counted without building it: a 10 MB image must not be copied to be measured. */
    static long urlEncodedLength(String value)
    {
        long size = 0;
        for (int i = 0; i < value.length(); i++) {
            char character = value.charAt(i);
            if (character < 0x80) {
                size += unreserved(character) ? 1 : 3;
            }
            else if (character < 0x800) {
                size += 6;
            }
            else if (Character.isHighSurrogate(character)) {
                size += 12;
                i++;
            }
            else {
                size += 9;
            }
        }
        return size;
    }

    /** The length the bytes would have base64- and then URL-encoded ('+' and '/' take three), counted without encoding them. */
    static long urlEncodedBase64Length(byte[] bytes)
    {
        long escaped = 0;
        int whole = bytes.length / 3 * 3;
        for (int i = 0; i < whole; i += 3) {
            int group = (bytes[i] & 0xFF) << 16 | (bytes[i + 1] & 0xFF) << 8 | bytes[i + 2] & 0xFF;
            escaped += escapes(group >>> 18) + escapes(group >>> 12 & 0x3F) + escapes(group >>> 6 & 0x3F) + escapes(group & 0x3F);
        }
        int rest = bytes.length - whole;
        if (rest > 0) {
            int group = (bytes[whole] & 0xFF) << 16 | (rest == 2 ? (bytes[whole + 1] & 0xFF) << 8 : 0);
            escaped += escapes(group >>> 18) + escapes(group >>> 12 & 0x3F) + (rest == 2 ? escapes(group >>> 6 & 0x3F) : 0);
            // The padding '=' is escaped too.
            escaped += 3 - rest;
        }
        long length = (bytes.length + 2L) / 3 * 4;
        return length + 2 * escaped;
    }

    private static int escapes(int sextet)
    {
        return sextet >= 62 ? 1 : 0;
    }

    private static boolean unreserved(char character)
    {
        return character >= 'a' && character <= 'z' || character >= 'A' && character <= 'Z' || character >= '0' && character <= '9'
                || character == '-' || character == '_' || character == '.' || character == '*' || character == ' ';
    }
}
