package io.certscan.application.service;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.application.document.PageSink;
import io.certscan.application.port.out.FetchRemoteDocument;
import io.certscan.application.port.out.ReadCodes;
import io.certscan.application.port.out.ReadDocument;
import io.certscan.application.port.out.RecognizeCertificates;
import io.certscan.application.port.out.RecognizeText;
import io.certscan.application.port.out.RecognizedPage;
import io.certscan.application.port.out.RecognizedText;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.MachineCode;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.invoice.Invoices;
import io.certscan.domain.layout.Layout;
import io.certscan.domain.layout.LayoutExtractor;
import io.certscan.domain.text.TextLine;
import jakarta.inject.Inject;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The embedded engine as the use case sees it: fetch a URL source, read the page, take its text
 * layer or run OCR on its picture, then lay the lines out into certificates; on an invoice, read
 * its QR code too.
 */
public final class LocalCertificateRecognition
        implements RecognizeCertificates
{
    private final FetchRemoteDocument fetcher;
    private final ReadDocument reader;
    private final RecognizeText ocr;
    private final ReadCodes codes;
    private final LayoutExtractor layout = new LayoutExtractor();

    @Inject
    public LocalCertificateRecognition(FetchRemoteDocument fetcher, ReadDocument reader, RecognizeText ocr, ReadCodes codes)
    {
        this.fetcher = requireNonNull(fetcher, "fetcher is null");
        this.reader = requireNonNull(reader, "reader is null");
        this.ocr = requireNonNull(ocr, "ocr is null");
        this.codes = requireNonNull(codes, "codes is null");
    }

    @Override
    public DocumentSource fetched(DocumentSource source)
    {
        return source instanceof DocumentSource.RemoteUrl remote ? new DocumentSource.Image(fetcher.fetch(remote)) : source;
    }

    @Override
    public RecognizedPage recognize(DocumentSource source)
    {
        return recognize(reader.read(fetched(source)));
    }

    /** The document read once, each page recognised as soon as it is read, and dropped. */
    @Override
    public void recognizeAll(DocumentSource source, PageSink<RecognizedPage> pages)
    {
        DocumentSource document;
        try {
            document = fetched(source);
        }
        catch (CertscanException failure) {
            pages.failed(source.page(), failure);
            return;
        }
        reader.readAll(document, new PageSink<>()
        {
            @Override
            public void page(int number, LoadedPage page)
            {
                RecognizedPage recognized;
                try {
                    recognized = recognize(page);
                }
                catch (CertscanException failure) {
                    pages.failed(number, failure);
                    return;
                }
                pages.page(number, recognized);
            }

            @Override
            public void failed(int number, CertscanException failure)
            {
                pages.failed(number, failure);
            }
        });
    }

    private RecognizedPage recognize(LoadedPage page)
    {
        PageContent content = page.content();
        List<TextLine> lines;
        if (content instanceof PageContent.Raster raster) {
            RecognizedText read = ocr.recognize(raster.image());
            lines = read.lines();
            content = raster.readTurned(read.turned());
        }
        else {
            lines = ((PageContent.TextLayer) content).lines();
        }
        Layout laidOut = layout.layout(lines);
        List<Certificate> certificates = laidOut.certificates();
        if (certificates.isEmpty()) {
            throw new CertscanException(ErrorCode.TARGET_DETECT_ERROR, lines.isEmpty() ? "no text found on the page" : "no certificate found among the text");
        }
        if (Invoices.anyInvoice(certificates)) {
            List<MachineCode> found = content.pictures().stream().flatMap(picture -> codes.read(picture).stream()).toList();
            certificates = Invoices.withCodes(certificates, found);
        }
        return new RecognizedPage(certificates, page.pageCount(), laidOut.lines(), Optional.of(content));
    }
}
