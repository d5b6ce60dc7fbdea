package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.application.document.PageSink;
import io.certscan.application.port.out.ReadDocument;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import jakarta.inject.Inject;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;

import static java.util.Objects.requireNonNull;

/**
 * Reads the page a source names: a jpg/jpeg/png/bmp picture ({@link Pictures}), a PDF page
 * ({@link PdfPages}) or an OFD page ({@link OfdPages}), each within general_ocr's limits.
 */
final class DocumentReader
        implements ReadDocument
{
    private final Path temporaryRoot;
    private final OfdPackage.Limits ofdLimits;

    @Inject
    DocumentReader()
    {
        this(Path.of(System.getProperty("java.io.tmpdir")), OfdPackage.Limits.DEFAULT);
    }

    DocumentReader(Path temporaryRoot, OfdPackage.Limits ofdLimits)
    {
        this.temporaryRoot = requireNonNull(temporaryRoot, "temporaryRoot is null");
        this.ofdLimits = requireNonNull(ofdLimits, "ofdLimits is null");
    }

    @Override
    public LoadedPage read(DocumentSource source)
    {
        return source.accept(new DocumentSource.Cases<>()
        {
            @Override
            public LoadedPage image(DocumentSource.Image image)
            {
                return new LoadedPage(new PageContent.Raster(Pictures.decode(image.bytes())), OptionalInt.empty());
            }

            @Override
            public LoadedPage url(DocumentSource.RemoteUrl url)
            {
                throw new CertscanException(ErrorCode.INVALID_PARAM, "a url source is fetched before it is read");
            }

            @Override
            public LoadedPage pdf(DocumentSource.Pdf pdf)
            {
                nonEmpty(pdf.bytes(), "PDF");
                return PdfPages.read(pdf.bytes(), pdf.page());
            }

            @Override
            public LoadedPage ofd(DocumentSource.Ofd ofd)
            {
                nonEmpty(ofd.bytes(), "OFD");
                return OfdPages.read(ofd.bytes(), ofd.page(), temporaryRoot, ofdLimits);
            }
        });
    }

    /**
     * The page a PDF or OFD source names as the picture its recognition's boxes are drawn on: a
     * page with a text layer drawn as the document draws it, a scan as it is read.
     */
    BufferedImage picture(DocumentSource.Pdf pdf)
    {
        nonEmpty(pdf.bytes(), "PDF");
        return PdfPages.picture(pdf.bytes(), pdf.page());
    }

    BufferedImage picture(DocumentSource.Ofd ofd)
    {
        nonEmpty(ofd.bytes(), "OFD");
        return OfdPages.picture(ofd.bytes(), ofd.page(), temporaryRoot, ofdLimits);
    }

    /** Pages of one PDF as {@link #picture(DocumentSource.Pdf)} draws them, from one parse of the file. */
    void pictures(DocumentSource.Pdf pdf, List<Integer> pages, PageSink<BufferedImage> pictures)
    {
        if (pdf.bytes().length == 0) {
            pages.forEach(page -> pictures.failed(page, new CertscanException(ErrorCode.EMPTY_IMAGE, "the PDF file is empty")));
            return;
        }
        PdfPages.pictures(pdf.bytes(), pages, pictures);
    }

    /** Pages of one OFD as {@link #picture(DocumentSource.Ofd)} draws them, from one unpacking of the package. */
    void pictures(DocumentSource.Ofd ofd, List<Integer> pages, PageSink<BufferedImage> pictures)
    {
        if (ofd.bytes().length == 0) {
            pages.forEach(page -> pictures.failed(page, new CertscanException(ErrorCode.EMPTY_IMAGE, "the OFD file is empty")));
            return;
        }
        OfdPages.pictures(ofd.bytes(), pages, temporaryRoot, ofdLimits, pictures);
    }

    private static void nonEmpty(byte[] bytes, String kind)
    {
        if (bytes.length == 0) {
            throw new CertscanException(ErrorCode.EMPTY_IMAGE, "the " + kind + " file is empty");
        }
    }

    /** A PDF or OFD opened once for all its pages; a picture is its one page. */
    @Override
    public void readAll(DocumentSource source, PageSink<LoadedPage> pages)
    {
        source.accept(new DocumentSource.Cases<Void>()
        {
            @Override
            public Void image(DocumentSource.Image image)
            {
                one(image);
                return null;
            }

            @Override
            public Void url(DocumentSource.RemoteUrl url)
            {
                one(url);
                return null;
            }

            @Override
            public Void pdf(DocumentSource.Pdf pdf)
            {
                if (pdf.bytes().length == 0) {
                    pages.failed(pdf.page(), new CertscanException(ErrorCode.EMPTY_IMAGE, "the PDF file is empty"));
                    return null;
                }
                PdfPages.readAll(pdf.bytes(), pdf.page(), pages);
                return null;
            }

            @Override
            public Void ofd(DocumentSource.Ofd ofd)
            {
                if (ofd.bytes().length == 0) {
                    pages.failed(ofd.page(), new CertscanException(ErrorCode.EMPTY_IMAGE, "the OFD file is empty"));
                    return null;
                }
                OfdPages.readAll(ofd.bytes(), ofd.page(), temporaryRoot, ofdLimits, pages);
                return null;
            }

            private void one(DocumentSource single)
            {
                LoadedPage page;
                try {
                    page = read(single);
                }
                catch (CertscanException failure) {
                    pages.failed(1, failure);
                    return;
                }
                pages.page(1, page);
            }
        });
    }
}
