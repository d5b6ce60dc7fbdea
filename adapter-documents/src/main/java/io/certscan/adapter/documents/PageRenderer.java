package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.out.FetchRemoteDocument;
import io.certscan.application.port.out.RenderPage;
import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.text.TextLine;
import jakarta.inject.Inject;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import static java.util.Objects.requireNonNull;

/**
 * Pages as pictures, in the coordinates their recognition used: a picture decoded (EXIF turns
 * applied) and turned as OCR turned it to read it; a PDF page's text layer rendered by PDFBox at the same scale (144 dpi); an OFD page's
 * scan, or, for its text (no OFD renderer certscan may ship: the converter needs iText, AGPL), each
 * line drawn where it stands on a white page.
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
                return asRead(image);
            }

            @Override
            public BufferedImage url(DocumentSource.RemoteUrl url)
            {
                return Pictures.decode(fetcher.fetch(url));
            }

            @Override
            public BufferedImage pdf(DocumentSource.Pdf pdf)
            {
                return PdfPages.picture(pdf.bytes(), pdf.page());
            }

            @Override
            public BufferedImage ofd(DocumentSource.Ofd ofd)
            {
                return asRead(ofd);
            }
        });
    }

    @Override
    public BufferedImage annotate(BufferedImage page, RecognitionResult result)
    {
        return PageAnnotator.annotate(page, result);
    }

    /** The page as its reader gives it: the picture, or the text layer drawn. */
    private BufferedImage asRead(DocumentSource source)
    {
        LoadedPage page = reader.read(source);
        if (page.content() instanceof PageContent.Raster raster) {
            return raster.image();
        }
        return drawn((PageContent.TextLayer) page.content());
    }

    /** A text layer drawn as text on white, each line in its box. */
    static BufferedImage drawn(PageContent.TextLayer layer)
    {
        int width = (int) Math.ceil(Math.max(1, Math.min(Pictures.MAX_SIDE, layer.width())));
        int height = (int) Math.ceil(Math.max(1, Math.min(Pictures.MAX_SIDE, layer.height())));
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = picture.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setColor(new Color(0x333333));
            String family = CjkFont.family();
            for (TextLine line : layer.lines()) {
                int size = Math.max(6, (int) Math.round(line.box().height() * 0.75));
                Font font = new Font(family, Font.PLAIN, size);
                FontMetrics metrics = graphics.getFontMetrics(font);
                double natural = Math.max(1, metrics.stringWidth(line.text()));
                double squeeze = Math.min(1, line.box().width() / natural);
                graphics.setFont(squeeze < 1 ? font.deriveFont(java.awt.geom.AffineTransform.getScaleInstance(squeeze, 1)) : font);
                graphics.drawString(line.text(), (float) line.box().left(), (float) (line.box().top() + metrics.getAscent()));
            }
        }
        finally {
            graphics.dispose();
        }
        return picture;
    }
}
