package io.certscan.adapter.rest;

import io.certscan.contract.GeneralOcrParameters;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;
import org.eclipse.jetty.util.UrlEncoded;

import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The parameters of a form body: {@code application/x-www-form-urlencoded} (also assumed when a
 * client sends no content type, as the documentation's C# sample does) or
 * {@code multipart/form-data} (the C++ and PHP samples). Text fields and uploaded files are kept
 * apart; the first value of a repeated name wins.
 */
record RequestParameters(Map<String, String> fields, Map<String, byte[]> files)
        implements GeneralOcrParameters.Form
{
    static final RequestParameters NONE = new RequestParameters(Map.of(), Map.of());

    private static final int MAX_PARTS = 32;
    private static final Pattern CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

    RequestParameters
    {
        fields = Map.copyOf(requireNonNull(fields, "fields is null"));
        files = Map.copyOf(requireNonNull(files, "files is null"));
    }

    static RequestParameters parse(byte[] body, String contentType)
    {
        String mimeType = mimeType(contentType);
        if (mimeType.equals("multipart/form-data")) {
            return multipart(body, contentType);
        }
        if (mimeType.isEmpty() || mimeType.equals("application/x-www-form-urlencoded") || mimeType.equals("text/plain")) {
            return urlEncoded(body, charsetOf(contentType));
        }
        throw new CertscanException(ErrorCode.INVALID_PARAM, "content type " + mimeType + " is not a form (use application/x-www-form-urlencoded or multipart/form-data)");
    }

    @Override
    public Optional<String> field(String name)
    {
        return Optional.ofNullable(fields.get(name));
    }

    @Override
    public Optional<byte[]> file(String name)
    {
        return Optional.ofNullable(files.get(name));
    }

    private static RequestParameters urlEncoded(byte[] body, Charset charset)
    {
        Map<String, String> fields = new HashMap<>();
        try {
            UrlEncoded.decodeTo(new String(body, charset), fields::putIfAbsent, charset);
        }
        catch (IllegalArgumentException malformed) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "the form body is not valid URL encoding: " + malformed.getMessage());
        }
        return new RequestParameters(fields, Map.of());
    }

    private static RequestParameters multipart(byte[] body, String contentType)
    {
        String boundary = MultiPart.extractBoundary(contentType);
        if (boundary == null || boundary.isEmpty()) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "multipart/form-data without a boundary");
        }
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setMaxParts(MAX_PARTS);
        parser.setMaxLength(body.length + 1L);
        parser.setMaxMemoryFileSize(body.length + 1L);
        parser.setUseFilesForPartsWithoutFileName(false);
        Map<String, String> fields = new HashMap<>();
        Map<String, byte[]> files = new HashMap<>();
        try (MultiPartFormData.Parts parts = parser.parse(new ByteBufferContentSource(ByteBuffer.wrap(body))).get(30, TimeUnit.SECONDS)) {
            for (MultiPart.Part part : parts) {
                if (part.getName() == null) {
                    continue;
                }
                if (part.getFileName() != null) {
                    files.putIfAbsent(part.getName(), bytes(part));
                }
                else {
                    fields.putIfAbsent(part.getName(), part.getContentAsString(StandardCharsets.UTF_8));
                }
            }
        }
        catch (ExecutionException malformed) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "the multipart body cannot be parsed: " + malformed.getCause().getMessage());
        }
        catch (TimeoutException e) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "the multipart body cannot be parsed");
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CertscanException(ErrorCode.INTERNAL_ERROR, "interrupted while parsing the request");
        }
        return new RequestParameters(fields, files);
    }

    private static byte[] bytes(MultiPart.Part part)
    {
        try {
            ByteBuffer buffer = Content.Source.asByteBuffer(part.getContentSource());
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        }
        catch (java.io.IOException e) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "an uploaded part cannot be read: " + e.getMessage());
        }
    }

    /** {@code multipart/form-data; boundary=x} → {@code multipart/form-data}. */
    static String mimeType(String contentType)
    {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static Charset charsetOf(String contentType)
    {
        Matcher matcher = CHARSET.matcher(contentType);
        if (!matcher.find()) {
            return StandardCharsets.UTF_8;
        }
        String name = matcher.group(1);
        try {
            return Charset.forName(name);
        }
        catch (IllegalArgumentException unknown) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "unknown charset " + name);
        }
    }
}
