package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.application.port.out.ReadDocument;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import jakarta.inject.Inject;

import java.nio.file.Path;
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
                if (pdf.bytes().length == 0) {
                    throw new CertscanException(ErrorCode.EMPTY_IMAGE, "the PDF file is empty");
                }
                return PdfPages.read(pdf.bytes(), pdf.page());
            }

            @Override
            public LoadedPage ofd(DocumentSource.Ofd ofd)
            {
                if (ofd.bytes().length == 0) {
                    throw new CertscanException(ErrorCode.EMPTY_IMAGE, "the OFD file is empty");
                }
                return OfdPages.read(ofd.bytes(), ofd.page(), temporaryRoot, ofdLimits);
            }
        });
    }
}
