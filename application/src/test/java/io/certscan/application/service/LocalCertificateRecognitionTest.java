package io.certscan.application.service;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.application.port.out.FetchRemoteDocument;
import io.certscan.application.port.out.ReadDocument;
import io.certscan.application.port.out.RecognizeText;
import io.certscan.application.port.out.RecognizedPage;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.text.TextLine;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
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
        fetched.add(url);
        return new byte[] {1, 2, 3};
    };
    private final FixedText ocr = new FixedText(CARD);

    @Test
    void picturesGoThroughOcrAndLayout()
    {
        ReadDocument reader = source -> new LoadedPage(new PageContent.Raster(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)), OptionalInt.empty());

        RecognizedPage page = new LocalCertificateRecognition(fetcher, reader, ocr).recognize(new DocumentSource.Image(new byte[] {9}));

        assertThat(page.certificates()).singleElement().satisfies(card -> {
            assertThat(card.title()).contains("低压电工证");
            assertThat(card.field("姓名")).map(ExtractedField::confidence).contains(0.57);
        });
        assertThat(ocr.calls).isEqualTo(1);
    }

    @Test
    void textLayersSkipOcrAndKeepThePageCount()
    {
        ReadDocument reader = source -> new LoadedPage(new PageContent.TextLayer(CARD, 1000, 700), OptionalInt.of(5));

        RecognizedPage page = new LocalCertificateRecognition(fetcher, reader, ocr).recognize(new DocumentSource.Pdf(new byte[] {9}, 2));

        assertThat(page.pageCount()).hasValue(5);
        assertThat(page.certificates()).hasSize(1);
        assertThat(ocr.calls).isZero();
    }

    @Test
    void urlsAreFetchedThenReadAsPictures()
    {
        List<DocumentSource> read = new ArrayList<>();
        ReadDocument reader = source -> {
            read.add(source);
            return new LoadedPage(new PageContent.Raster(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)), OptionalInt.empty());
        };

        new LocalCertificateRecognition(fetcher, reader, ocr).recognize(new DocumentSource.RemoteUrl("https://example.test/a.jpg"));

        assertThat(fetched).containsExactly("https://example.test/a.jpg");
        assertThat(read).singleElement().isInstanceOfSatisfying(DocumentSource.Image.class, image -> assertThat(image.bytes()).containsExactly(1, 2, 3));
    }

    @Test
    void aPageWithoutTextIsATargetDetectError()
    {
        ReadDocument reader = source -> new LoadedPage(new PageContent.Raster(new BufferedImage(10, 10, BufferedImage.TYPE_INT_RGB)), OptionalInt.empty());

        assertThatThrownBy(() -> new LocalCertificateRecognition(fetcher, reader, new FixedText(List.of())).recognize(new DocumentSource.Image(new byte[] {9})))
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
        public List<TextLine> recognize(BufferedImage image)
        {
            calls++;
            return lines;
        }
    }
}
