package io.certscan.application.document;

import static java.util.Objects.requireNonNull;

/**
 * The one source a recognition request names, after general_ocr's priority has been applied
 * (image &gt; url &gt; pdf_file &gt; ofd_file) and base64 decoded. Byte arrays are held as given, not
 * copied: a source is a short-lived carrier from an adapter to the use case.
 */
public sealed interface DocumentSource
{
    DocumentKind kind();

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
    }

    record RemoteUrl(String url)
            implements DocumentSource
    {
        public RemoteUrl
        {
            requireNonNull(url, "url is null");
        }

        @Override
        public DocumentKind kind()
        {
            return DocumentKind.URL;
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
    }
}
