package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageSink;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.out.FetchRemoteDocument;
import io.certscan.application.port.out.RenderPage;
import io.certscan.domain.geometry.QuarterTurns;
import jakarta.inject.Inject;

import java.awt.image.BufferedImage;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Pages as pictures, in the coordinates their recognition used: a picture decoded (EXIF turns
 * applied) and turned as OCR turned it to read it; a PDF page with a text layer rendered by PDFBox
 * at that layer's scale (144 dpi), a scanned one as it was read; an OFD page with text drawn by
 * {@link OfdDrawing} at the same scale (its paths, pictures and every character where it stands),
 * a scanned one as its picture. Several pages of one PDF or OFD come from one reading of it.
 */
final class PageRenderer
        implements RenderPage
{
    private final DocumentReader reader;
    private final FetchRemoteDocument fetcher;

    @Inject
    PageRenderer(DocumentReader reader, FetchRemoteDocument fetcher)
    {
        this.reader = requireNonNull(reader, "reader is null");
        this.fetcher = requireNonNull(fetcher, "fetcher is null");
    }

    @Override
    public BufferedImage render(DocumentSource source, QuarterTurns turn)
    {
        return ExifOrientation.turned(stored(source), turn);
    }

    /** The page as it is stored, or drawn: not turned. */
    private BufferedImage stored(DocumentSource source)
    {
        return source.accept(new DocumentSource.Cases<>()
        {
            @Override
            public BufferedImage image(DocumentSource.Image image)
            {
                return Pictures.decode(image.bytes());
            }

            @Override
            public BufferedImage url(DocumentSource.RemoteUrl url)
            {
                return Pictures.decode(fetcher.fetch(url));
            }

            @Override
            public BufferedImage pdf(DocumentSource.Pdf pdf)
            {
                return reader.picture(pdf);
            }

            @Override
            public BufferedImage ofd(DocumentSource.Ofd ofd)
            {
                return reader.picture(ofd);
            }
        });
    }

    /** A PDF parsed, or an OFD unpacked, once for all the pages asked for; a picture or URL has its one page. */
    @Override
    public void renderAll(DocumentSource source, List<Integer> pages, PageSink<BufferedImage> pictures)
    {
        if (pages.isEmpty()) {
            return;
        }
        boolean together = source.accept(new DocumentSource.Cases<Boolean>()
        {
            @Override
            public Boolean image(DocumentSource.Image image)
            {
                return false;
            }

            @Override
            public Boolean url(DocumentSource.RemoteUrl url)
            {
                return false;
            }

            @Override
            public Boolean pdf(DocumentSource.Pdf pdf)
            {
                reader.pictures(pdf, pages, pictures);
                return true;
            }

            @Override
            public Boolean ofd(DocumentSource.Ofd ofd)
            {
                reader.pictures(ofd, pages, pictures);
                return true;
            }
        });
        if (!together) {
            RenderPage.super.renderAll(source, pages, pictures);
        }
    }

    @Override
    public BufferedImage annotate(BufferedImage page, RecognitionResult result)
    {
        return PageAnnotator.annotate(page, result);
    }
}
