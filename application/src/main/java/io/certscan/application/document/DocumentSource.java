package io.certscan.application.document;

import static java.util.Objects.requireNonNull;

/**
 * The one document a recognition names: a picture, a URL of one, or a page of a PDF or OFD, as
 * bytes (general_ocr's priority applied and its base64 decoded by the adapter that read a form). Byte arrays are held as given, not
 * copied: a source is a short-lived carrier from an adapter to the use case.
 */
public sealed interface DocumentSource
{
    DocumentKind kind();

    /**
     * The one place that tells the four sources apart: each calls its own case, so a new kind of
     * source fails to compile wherever it is not handled (Java 17 has no switch over a sealed type).
     */
    <R> R accept(Cases<R> cases);

    /** What to do with each kind of source. */
    interface Cases<R>
    {
        R image(Image image);

        R url(RemoteUrl url);

        R pdf(Pdf pdf);

        R ofd(Ofd ofd);
    }

    /**
     * A file's bytes as the source they are, told by their first bytes, then by the file's name
     * (may be null): a PDF, an OFD (a zip package: no picture format starts like one), else a
     * picture. The one sniffer of documents for the command line and uploads alike.
     */
    static DocumentSource ofFile(byte[] bytes, String fileName, int page)
    {
        String name = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        java.util.Optional<FileSignature> signature = FileSignature.of(bytes);
        boolean zip = signature.filter(FileSignature.ZIP::equals).isPresent();
        if (signature.filter(FileSignature.PDF::equals).isPresent() || !zip && name.endsWith(".pdf")) {
            return new Pdf(bytes, page);
        }
        if (zip || name.endsWith(".ofd")) {
            return new Ofd(bytes, page);
        }
        return new Image(bytes);
    }

    /** The same document at another page; a picture or URL, which have one page, as it is. */
    default DocumentSource atPage(int page)
    {
        return this;
    }

    /** The page asked for, 1 for a picture or URL. */
    default int page()
    {
        return 1;
    }

    /** For logs: the kind and page, never the document. */
    default String describe()
    {
        return kind() == DocumentKind.PDF || kind() == DocumentKind.OFD ? kind().name().toLowerCase(java.util.Locale.ROOT) + " page " + page() : kind().name().toLowerCase(java.util.Locale.ROOT);
    }

    record Image(byte[] bytes)
            implements DocumentSource
    {
        public Image
        {
            requireNonNull(bytes, "bytes is null");
        }

        @Override
        public DocumentKind kind()
        {
            return DocumentKind.IMAGE;
        }

        @Override
        public <R> R accept(Cases<R> cases)
        {
            return cases.image(this);
        }
    }

    /**
     * A URL of a picture, at most {@link #MAX_BYTES} bytes long as UTF-8 (general_ocr's limit,
     * checked here, once, for every way a URL comes in).
     */
    record RemoteUrl(String url)
            implements DocumentSource
    {
        public static final int MAX_BYTES = 1024;

        /**
         * @throws io.certscan.domain.error.CertscanException 282114 when the URL is longer than 1024 bytes
         */
        public RemoteUrl
        {
            requireNonNull(url, "url is null");
            if (url.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_BYTES) {
                throw new io.certscan.domain.error.CertscanException(io.certscan.domain.error.ErrorCode.URL_SIZE_ERROR, "url is longer than " + MAX_BYTES + " bytes");
            }
        }

        @Override
        public DocumentKind kind()
        {
            return DocumentKind.URL;
        }

        @Override
        public <R> R accept(Cases<R> cases)
        {
            return cases.url(this);
        }
    }

    /** A PDF and the page to recognise, counted from 1. */
    record Pdf(byte[] bytes, int page)
            implements DocumentSource
    {
        public Pdf
        {
            requireNonNull(bytes, "bytes is null");
            if (page < 1) {
                throw new IllegalArgumentException("page must be at least 1: " + page);
            }
        }

        @Override
        public DocumentKind kind()
        {
            return DocumentKind.PDF;
        }

        @Override
        public <R> R accept(Cases<R> cases)
        {
            return cases.pdf(this);
        }

        @Override
        public DocumentSource atPage(int other)
        {
            return new Pdf(bytes, other);
        }
    }

    /** An OFD package and the page to recognise, counted from 1. */
    record Ofd(byte[] bytes, int page)
            implements DocumentSource
    {
        public Ofd
        {
            requireNonNull(bytes, "bytes is null");
            if (page < 1) {
                throw new IllegalArgumentException("page must be at least 1: " + page);
            }
        }

        @Override
        public DocumentKind kind()
        {
            return DocumentKind.OFD;
        }

        @Override
        public <R> R accept(Cases<R> cases)
        {
            return cases.ofd(this);
        }

        @Override
        public DocumentSource atPage(int other)
        {
            return new Ofd(bytes, other);
        }
    }
}
