package io.certscan.application.service;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.application.document.PageSink;
import io.certscan.application.document.PagePicture;
import io.certscan.application.port.out.FetchRemoteDocument;
import io.certscan.application.port.out.ReadCodes;
import io.certscan.application.port.out.ReadDocument;
import io.certscan.application.port.out.RecognizeText;
import io.certscan.application.port.out.RecognizedText;
import io.certscan.application.port.out.RecognizedPage;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.MachineCode;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.text.TextLine;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class LocalCertificateRecognitionTest
{
    private static final List<TextLine> CARD = List.of(
            new TextLine("低压电工证", Quadrilateral.rectangle(300, 20, 620, 84), 0.99),
            new TextLine("姓名", Quadrilateral.rectangle(60, 150, 140, 190), 0.99),
            new TextLine("张敞", Quadrilateral.rectangle(300, 150, 380, 190), 0.57));

    private final List<String> fetched = new ArrayList<>();
    private final FetchRemoteDocument fetcher = url -> {
        fetched.add(url.url());
        return new byte[] {1, 2, 3};
    };
    private final FixedText ocr = new FixedText(CARD);

    @Test
    void picturesGoThroughOcrAndLayout()
    {
        ReadDocument reader = source -> new LoadedPage(new PageContent.Raster(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)), OptionalInt.empty());

        RecognizedPage page = new LocalCertificateRecognition(fetcher, reader, ocr, ReadCodes.NONE).recognize(new DocumentSource.Image(new byte[] {9}));

        assertThat(page.certificates()).singleElement().satisfies(card -> {
            assertThat(card.title()).contains("低压电工证");
            assertThat(card.field("姓名")).map(ExtractedField::confidence).contains(0.57);
        });
        assertThat(ocr.calls).isEqualTo(1);
    }

    @Test
    void aPictureTheEngineTurnedTravelsWithItsTurnAndItsSizeAsRead()
    {
        BufferedImage sideways = new BufferedImage(700, 1000, BufferedImage.TYPE_INT_RGB);
        ReadDocument reader = source -> new LoadedPage(new PageContent.Raster(sideways), OptionalInt.empty());
        RecognizeText turning = image -> new RecognizedText(CARD, QuarterTurns.COUNTERCLOCKWISE);

        RecognizedPage page = new LocalCertificateRecognition(fetcher, reader, turning, ReadCodes.NONE).recognize(new DocumentSource.Image(new byte[] {9}));

        assertThat(page.content()).hasValueSatisfying(content -> {
            assertThat(content).isInstanceOfSatisfying(PageContent.Raster.class, raster -> assertThat(raster.image()).isSameAs(sideways));
            assertThat(content.turned()).isEqualTo(QuarterTurns.COUNTERCLOCKWISE);
            assertThat(content.width()).isEqualTo(1000);
            assertThat(content.height()).isEqualTo(700);
        });
    }

    @Test
    void textLayersSkipOcrAndKeepThePageCount()
    {
        ReadDocument reader = source -> new LoadedPage(new PageContent.TextLayer(CARD, 1000, 700), OptionalInt.of(5));

        RecognizedPage page = new LocalCertificateRecognition(fetcher, reader, ocr, ReadCodes.NONE).recognize(new DocumentSource.Pdf(new byte[] {9}, 2));

        assertThat(page.pageCount()).hasValue(5);
        assertThat(page.certificates()).hasSize(1);
        assertThat(ocr.calls).isZero();
    }

    @Test
    void everyPageIsRecognisedFromOneReadingOfTheDocument()
    {
        List<String> readings = new ArrayList<>();
        ReadDocument reader = new ReadDocument()
        {
            @Override
            public LoadedPage read(DocumentSource source)
            {
                readings.add("read");
                throw new AssertionError("a document read all at once is not read page by page");
            }

            @Override
            public void readAll(DocumentSource source, PageSink<LoadedPage> pages)
            {
                readings.add("readAll from page " + source.page());
                pages.page(1, new LoadedPage(new PageContent.TextLayer(CARD, 1000, 700), OptionalInt.of(3)));
                pages.page(2, new LoadedPage(new PageContent.TextLayer(List.of(), 1000, 700), OptionalInt.of(3)));
                pages.page(3, new LoadedPage(new PageContent.TextLayer(CARD, 1000, 700), OptionalInt.of(3)));
            }
        };
        List<String> outcomes = new ArrayList<>();

        new LocalCertificateRecognition(fetcher, reader, ocr, ReadCodes.NONE).recognizeAll(new DocumentSource.Pdf(new byte[] {9}, 1), new PageSink<>()
        {
            @Override
            public void page(int number, RecognizedPage page)
            {
                outcomes.add(number + ": " + page.certificates().size() + " card");
            }

            @Override
            public void failed(int number, CertscanException failure)
            {
                outcomes.add(number + ": error " + failure.errorCode().code());
            }
        });

        assertThat(readings).containsExactly("readAll from page 1");
        assertThat(outcomes).containsExactly("1: 1 card", "2: error 282102", "3: 1 card");
    }

    @Test
    void anInvoicesQrCodeIsLookedForOnThePagesPicturesAndAttached()
    {
        List<TextLine> invoice = List.of(
                new TextLine("增值税电子普通发票", Quadrilateral.rectangle(300, 20, 620, 60), 1.0),
                new TextLine("发票号码：12345678", Quadrilateral.rectangle(700, 80, 900, 100), 1.0));
        PagePicture code = new PagePicture(new BufferedImage(75, 75, BufferedImage.TYPE_BYTE_BINARY), Quadrilateral.rectangle(20, 20, 120, 120));
        ReadDocument reader = source -> new LoadedPage(new PageContent.TextLayer(invoice, 1000, 700, List.of(code)), OptionalInt.of(1));
        List<PagePicture> searched = new ArrayList<>();
        ReadCodes codes = picture -> {
            searched.add(picture);
            return List.of(new MachineCode("01,10,044031900111,12345678,107.55,20240513,12345678901234567890,9EC4,", Optional.of(picture.box())));
        };

        RecognizedPage page = new LocalCertificateRecognition(fetcher, reader, ocr, codes).recognize(new DocumentSource.Pdf(new byte[] {9}, 1));

        assertThat(searched).containsExactly(code);
        assertThat(page.certificates()).singleElement().satisfies(card -> {
            assertThat(card.codes()).hasSize(1);
            assertThat(card.field("发票代码")).map(ExtractedField::origin).contains(ExtractedField.Origin.QR_CODE);
        });
    }

    @Test
    void aCertificateThatIsNoInvoiceCostsNoSearchForCodes()
    {
        ReadDocument reader = source -> new LoadedPage(new PageContent.Raster(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)), OptionalInt.empty());
        List<PagePicture> searched = new ArrayList<>();

        new LocalCertificateRecognition(fetcher, reader, ocr, picture -> {
            searched.add(picture);
            return List.of();
        }).recognize(new DocumentSource.Image(new byte[] {9}));

        assertThat(searched).isEmpty();
    }

    @Test
    void urlsAreFetchedThenReadAsPictures()
    {
        List<DocumentSource> read = new ArrayList<>();
        ReadDocument reader = source -> {
            read.add(source);
            return new LoadedPage(new PageContent.Raster(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)), OptionalInt.empty());
        };

        new LocalCertificateRecognition(fetcher, reader, ocr, ReadCodes.NONE).recognize(new DocumentSource.RemoteUrl("https://example.test/a.jpg"));

        assertThat(fetched).containsExactly("https://example.test/a.jpg");
        assertThat(read).singleElement().isInstanceOfSatisfying(DocumentSource.Image.class, image -> assertThat(image.bytes()).containsExactly(1, 2, 3));
    }

    @Test
    void aPageWithoutTextIsATargetDetectError()
    {
        ReadDocument reader = source -> new LoadedPage(new PageContent.Raster(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)), OptionalInt.empty());

        assertThatThrownBy(() -> new LocalCertificateRecognition(fetcher, reader, new FixedText(List.of()), ReadCodes.NONE).recognize(new DocumentSource.Image(new byte[] {9})))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.TARGET_DETECT_ERROR);
    }

    private static final class FixedText
            implements RecognizeText
    {
        private final List<TextLine> lines;
        private int calls;

        private FixedText(List<TextLine> lines)
        {
            this.lines = lines;
        }

        @Override
        public RecognizedText recognize(BufferedImage image)
        {
            calls++;
            return RecognizedText.upright(lines);
        }
    }
}
