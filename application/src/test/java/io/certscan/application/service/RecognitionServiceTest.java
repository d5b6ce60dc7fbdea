package io.certscan.application.service;

import io.certscan.application.document.DocumentKind;
import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageContent;
import io.certscan.application.document.PageSink;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.out.RecognizeCertificates;
import io.certscan.application.port.out.RecognizedPage;
import io.certscan.application.port.out.RenderPage;
import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.rule.CertificateFacts;
import io.certscan.domain.rule.CertificateRule;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.Severity;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

class RecognitionServiceTest
{
    private static final Clock SHANGHAI_MORNING = Clock.fixed(Instant.parse("2026-11-22T17:30:00Z"), ZoneId.of("Asia/Shanghai"));

    @Test
    void theAnnotatedPageIsThePictureThatWasRecognisedNotOneReadAgain()
    {
        BufferedImage read = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
        FixedEngine engine = new FixedEngine(new RecognizedPage(List.of(card(0, "低压电工证")), OptionalInt.empty(), List.of(),
                Optional.of(new PageContent.Raster(read, QuarterTurns.CLOCKWISE))));
        List<BufferedImage> drawnOn = new ArrayList<>();
        RenderPage pages = new RenderPage()
        {
            @Override
            public BufferedImage render(DocumentSource source, QuarterTurns turn)
            {
                throw new AssertionError("the page was read once already (a URL would be downloaded again)");
            }

            @Override
            public BufferedImage annotate(BufferedImage page, RecognitionResult result)
            {
                drawnOn.add(page);
                return page;
            }
        };
        RecognitionService service = new RecognitionService(engine, Set.of(), SHANGHAI_MORNING, new LogIds(SHANGHAI_MORNING), CertificateCatalogue.empty(), pages);
        RecognizeCommand command = RecognizeCommand.ofUrl("https://example.test/card.jpg");

        RecognitionResult result = service.recognize(command);
        service.annotated(command, result);

        assertThat(result.page()).containsInstanceOf(PageContent.Raster.class);
        // The picture as stored, with the turn it was read with for the annotator to apply.
        assertThat(result.page()).map(PageContent::turned).hasValue(QuarterTurns.CLOCKWISE);
        assertThat(drawnOn).singleElement().isSameAs(read);
    }

    @Test
    void theTextLayerPagesOfADocumentAreDrawnAgainTogetherAndItsPicturesAsTheyWereRead()
    {
        BufferedImage scan = new BufferedImage(40, 30, BufferedImage.TYPE_3BYTE_BGR);
        RecognizedPage textLayer = new RecognizedPage(List.of(card(0, "低压电工证")), OptionalInt.of(4), List.of(),
                Optional.of(new PageContent.TextLayer(List.of(), 1190, 1684)));
        RecognizedPage scanned = new RecognizedPage(List.of(card(0, "营业执照")), OptionalInt.of(4), List.of(), Optional.of(new PageContent.Raster(scan)));
        List<List<Integer>> renderedTogether = new ArrayList<>();
        List<BufferedImage> drawnOn = new ArrayList<>();
        RenderPage pages = new RenderPage()
        {
            @Override
            public BufferedImage render(DocumentSource source, QuarterTurns turn)
            {
                throw new AssertionError("no page is read again on its own");
            }

            @Override
            public void renderAll(DocumentSource source, List<Integer> numbers, PageSink<BufferedImage> pictures)
            {
                renderedTogether.add(numbers);
                numbers.forEach(number -> pictures.page(number, new BufferedImage(10 + number, 10, BufferedImage.TYPE_INT_RGB)));
            }

            @Override
            public BufferedImage annotate(BufferedImage page, RecognitionResult result)
            {
                drawnOn.add(page);
                return page;
            }
        };
        RecognitionService service = new RecognitionService(new FixedEngine(textLayer), Set.of(), SHANGHAI_MORNING, new LogIds(SHANGHAI_MORNING),
                CertificateCatalogue.empty(), pages);
        RecognizeCommand command = RecognizeCommand.ofPdf(bytes("%PDF"), 1);
        RecognitionResult read = service.recognize(command);
        RecognitionResult pictured = new RecognitionService(new FixedEngine(scanned), Set.of(), SHANGHAI_MORNING, new LogIds(SHANGHAI_MORNING),
                CertificateCatalogue.empty(), pages).recognize(command);
        Map<Integer, BufferedImage> annotated = new TreeMap<>();

        service.annotatedAll(command, Map.of(4, read, 1, read, 3, pictured, 2, read), new PageSink<>()
        {
            @Override
            public void page(int number, BufferedImage picture)
            {
                annotated.put(number, picture);
            }

            @Override
            public void failed(int number, CertscanException failure)
            {
                throw failure;
            }
        });

        // Pages 1, 2 and 4 from one more reading, in their order; page 3 on the picture it was read from.
        assertThat(renderedTogether).containsExactly(List.of(1, 2, 4));
        assertThat(annotated).containsOnlyKeys(1, 2, 3, 4);
        assertThat(annotated.get(3)).isSameAs(scan);
        assertThat(annotated.get(4).getWidth()).isEqualTo(14);
        assertThat(drawnOn).hasSize(4);
    }

    @Test
    void certificatesFromTheEngineAreJudgedAsOfTheRequestedDate()
    {
        FixedEngine engine = new FixedEngine(new RecognizedPage(List.of(card(0, "低压电工证"), card(1, "低压电工证")), OptionalInt.empty()));
        RecognitionService service = new RecognitionService(engine, Set.of(new DateEchoRule()), SHANGHAI_MORNING, new LogIds(SHANGHAI_MORNING));

        RecognitionResult result = service.recognize(RecognizeCommand.ofImage(bytes("jpeg")).withAsOf(LocalDate.of(2024, 10, 7)));

        assertThat(result.sourceKind()).isEqualTo(DocumentKind.IMAGE);
        assertThat(result.certificates()).extracting(judged -> judged.certificate().index()).containsExactly(0, 1);
        assertThat(result.certificates()).flatExtracting(JudgedCertificate::findings).extracting(Finding::message)
                .containsExactly("2024-10-07", "2024-10-07");
        assertThat(engine.received).singleElement().isInstanceOf(DocumentSource.Image.class);
    }

    @Test
    void withoutARequestedDateTheClocksDateInItsZoneIsUsed()
    {
        FixedEngine engine = new FixedEngine(new RecognizedPage(List.of(card(0, "营业执照")), OptionalInt.of(3)));
        RecognitionService service = new RecognitionService(engine, Set.of(new DateEchoRule()), SHANGHAI_MORNING, new LogIds(SHANGHAI_MORNING));

        RecognitionResult result = service.recognize(RecognizeCommand.ofPdf(bytes("%PDF"), 2));

        // 17:30 UTC on the 22nd is already the 23rd in Shanghai.
        assertThat(result.evaluationDate()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(result.pageCount()).hasValue(3);
        assertThat(result.sourceKind()).isEqualTo(DocumentKind.PDF);
        assertThat(engine.received).singleElement().isEqualTo(new DocumentSource.Pdf(((DocumentSource.Pdf) engine.received.get(0)).bytes(), 2));
    }

    @Test
    void aFailingRuleBecomesAFindingAndTheOtherRulesStillRun()
    {
        FixedEngine engine = new FixedEngine(new RecognizedPage(List.of(card(0, "营业执照")), OptionalInt.empty()));
        Set<CertificateRule> rules = new LinkedHashSet<>(List.<CertificateRule>of((certificate, asOf) -> {
            throw new IllegalStateException("plugin bug");
        }, new DateEchoRule()));
        RecognitionService service = new RecognitionService(engine, rules, SHANGHAI_MORNING, new LogIds(SHANGHAI_MORNING));

        RecognitionResult result = service.recognize(RecognizeCommand.ofImage(bytes("png")));

        assertThat(result.certificates().get(0).findings()).extracting(Finding::code).containsExactly("RULE_FAILED", "DATE");
    }

    @Test
    void eachCertificateIsClassifiedOnceAndEveryRuleIsGivenTheSameFacts()
    {
        CertificateType electrician = new CertificateType("electrician", "电工证", List.of("电工证"), List.of(),
                Optional.of("有效期"), Optional.empty(), OptionalInt.empty(), List.of());
        FixedEngine engine = new FixedEngine(new RecognizedPage(List.of(card(0, "低压电工证"), card(1, "营业执照")), OptionalInt.empty()));
        List<CertificateFacts> given = new ArrayList<>();
        CertificateRule first = new FactsRecordingRule(given);
        CertificateRule second = new FactsRecordingRule(given);
        RecognitionService service = new RecognitionService(engine, new LinkedHashSet<>(List.of(first, second, new DateEchoRule())), SHANGHAI_MORNING,
                new LogIds(SHANGHAI_MORNING), new CertificateCatalogue(List.of(electrician)), Optional.empty());

        RecognitionResult result = service.recognize(RecognizeCommand.ofImage(bytes("png")));

        assertThat(result.certificates()).extracting(JudgedCertificate::type).containsExactly(Optional.of(electrician), Optional.empty());
        // Both rules of the first certificate got the very facts the result carries, then both of the second.
        assertThat(given).hasSize(4);
        assertThat(given.get(0)).isSameAs(given.get(1)).isSameAs(result.certificates().get(0).facts());
        assertThat(given.get(2)).isSameAs(given.get(3)).isSameAs(result.certificates().get(1).facts());
        // A rule written for the certificate alone still judges it.
        assertThat(result.certificates()).allSatisfy(judged -> assertThat(judged.findings()).extracting(Finding::code).containsExactly("DATE"));
    }

    @Test
    void everyRequestGetsItsOwnLogId()
    {
        FixedEngine engine = new FixedEngine(new RecognizedPage(List.of(), OptionalInt.empty()));
        RecognitionService service = new RecognitionService(engine, Set.of(), SHANGHAI_MORNING, new LogIds(SHANGHAI_MORNING));

        RecognitionResult first = service.recognize(RecognizeCommand.ofImage(bytes("a")));
        RecognitionResult second = service.recognize(RecognizeCommand.ofImage(bytes("a")));

        assertThat(first.logId()).isNotEqualTo(second.logId());
        assertThat(first.certificates()).isEmpty();
    }

    private static Certificate card(int index, String title)
    {
        return new Certificate(index, Optional.of(title), List.of(ExtractedField.withoutLocation("姓名", List.of("张敞"))), Optional.empty());
    }

    private static byte[] bytes(String text)
    {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static final class FixedEngine
            implements RecognizeCertificates
    {
        private final RecognizedPage page;
        private final List<DocumentSource> received = new ArrayList<>();

        private FixedEngine(RecognizedPage page)
        {
            this.page = page;
        }

        @Override
        public RecognizedPage recognize(DocumentSource source)
        {
            received.add(source);
            return page;
        }
    }

    private static final class FactsRecordingRule
            implements CertificateRule
    {
        private final List<CertificateFacts> given;

        private FactsRecordingRule(List<CertificateFacts> given)
        {
            this.given = given;
        }

        @Override
        public List<Finding> evaluate(Certificate certificate, LocalDate asOf)
        {
            throw new AssertionError("the service gives rules the facts");
        }

        @Override
        public List<Finding> evaluate(CertificateFacts facts, LocalDate asOf)
        {
            given.add(facts);
            return List.of();
        }
    }

    private static final class DateEchoRule
            implements CertificateRule
    {
        @Override
        public List<Finding> evaluate(Certificate certificate, LocalDate asOf)
        {
            return List.of(new Finding("DATE", Severity.INFO, Optional.empty(), asOf.toString(), asOf.toString()));
        }
    }
}
