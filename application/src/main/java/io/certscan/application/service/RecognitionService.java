package io.certscan.application.service;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageContent;
import io.certscan.application.document.PageSink;
import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.in.RenderDocument;
import io.certscan.application.port.out.RecognizeCertificates;
import io.certscan.application.port.out.RecognizedPage;
import io.certscan.application.port.out.RenderPage;
import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.rule.CertificateRule;
import jakarta.inject.Inject;

import java.awt.image.BufferedImage;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Recognises with the configured engine, then classifies every certificate with the catalogue and
 * judges it with every rule ({@link CertificateJudgement}); judges stored certificates the same
 * way without recognising anything; draws a recognition on the picture of its page.
 */
public final class RecognitionService
        implements RecognizeDocument, RenderDocument, JudgeCertificates
{
    private static final RenderPage NO_PICTURES = new RenderPage()
    {
        @Override
        public BufferedImage render(DocumentSource source, QuarterTurns turn)
        {
            throw new CertscanException(ErrorCode.SERVICE_NOT_SUPPORT, "this program draws no pictures of pages");
        }

        @Override
        public BufferedImage annotate(BufferedImage page, RecognitionResult result)
        {
            throw new CertscanException(ErrorCode.SERVICE_NOT_SUPPORT, "this program draws no pictures of pages");
        }
    };

    private final RecognizeCertificates engine;
    private final CertificateJudgement judgement;
    private final Clock clock;
    private final LogIds logIds;
    private final RenderPage pages;

    public RecognitionService(RecognizeCertificates engine, Set<CertificateRule> rules, Clock clock, LogIds logIds)
    {
        this(engine, rules, clock, logIds, CertificateCatalogue.empty(), NO_PICTURES);
    }


    /**
     * @param pages what draws pages; absent in programs that only recognise (a cloud engine alone, a test)
     */
    @Inject
    public RecognitionService(RecognizeCertificates engine, Set<CertificateRule> rules, Clock clock, LogIds logIds, CertificateCatalogue catalogue, Optional<RenderPage> pages)
    {
        this(engine, rules, clock, logIds, catalogue, pages.orElse(NO_PICTURES));
    }

    public RecognitionService(RecognizeCertificates engine, Set<CertificateRule> rules, Clock clock, LogIds logIds, CertificateCatalogue catalogue, RenderPage pages)
    {
        this.pages = requireNonNull(pages, "pages is null");
        this.engine = requireNonNull(engine, "engine is null");
        this.judgement = new CertificateJudgement(requireNonNull(rules, "rules is null"), requireNonNull(catalogue, "catalogue is null"),
                requireNonNull(clock, "clock is null"));
        this.clock = requireNonNull(clock, "clock is null");
        this.logIds = requireNonNull(logIds, "logIds is null");
    }

    @Override
    public RecognitionResult recognize(RecognizeCommand command)
    {
        LocalDate evaluationDate = command.evaluationDate().orElseGet(() -> LocalDate.now(clock));
        return judged(command.source(), engine.recognize(command.source()), evaluationDate);
    }

    @Override
    public void recognizeAll(RecognizeCommand command, PageSink<RecognitionResult> pages)
    {
        LocalDate evaluationDate = command.evaluationDate().orElseGet(() -> LocalDate.now(clock));
        engine.recognizeAll(command.source(), new PageSink<>()
        {
            @Override
            public void page(int number, RecognizedPage page)
            {
                pages.page(number, judged(command.source(), page, evaluationDate));
            }

            @Override
            public void failed(int number, CertscanException failure)
            {
                pages.failed(number, failure);
            }
        });
    }

    private RecognitionResult judged(DocumentSource source, RecognizedPage page, LocalDate evaluationDate)
    {
        List<JudgedCertificate> judged = judgement.judge(page.certificates(), evaluationDate);
        return new RecognitionResult(logIds.next(), source.kind(), page.pageCount(), judged, evaluationDate, page.lines(), page.content());
    }

    @Override
    public RecognizeCommand fetched(RecognizeCommand command)
    {
        if (!command.isRemote()) {
            return command;
        }
        return command.withSource(engine.fetched(command.source()));
    }

    @Override
    public BufferedImage page(RecognizeCommand command, QuarterTurns turn)
    {
        return pages.render(command.source(), turn);
    }

    @Override
    public BufferedImage annotated(RecognizeCommand command, RecognitionResult result)
    {
        // The picture recognition read, when it was one (the annotator turns it as it was read); a
        // text layer, read where it stands, is drawn again from the same bytes.
        BufferedImage picture = result.page()
                .filter(PageContent.Raster.class::isInstance)
                .map(content -> ((PageContent.Raster) content).image())
                .orElseGet(() -> page(command, QuarterTurns.NONE));
        return pages.annotate(picture, result);
    }

    /**
     * The pages whose recognition kept the picture it read are drawn on at once; the others (a
     * text layer, or a cloud recognition that keeps nothing) are drawn again together through
     * {@link RenderPage#renderAll}, so a document is read once more for all of them.
     */
    @Override
    public void annotatedAll(RecognizeCommand command, Map<Integer, RecognitionResult> results, PageSink<BufferedImage> pictures)
    {
        Map<Integer, RecognitionResult> drawnAgain = new TreeMap<>();
        new TreeMap<>(results).forEach((page, result) -> {
            Optional<BufferedImage> read = result.page()
                    .filter(PageContent.Raster.class::isInstance)
                    .map(content -> ((PageContent.Raster) content).image());
            if (read.isEmpty()) {
                drawnAgain.put(page, result);
                return;
            }
            annotate(page, read.get(), result, pictures);
        });
        pages.renderAll(command.source(), List.copyOf(drawnAgain.keySet()), new PageSink<>()
        {
            @Override
            public void page(int number, BufferedImage picture)
            {
                annotate(number, picture, drawnAgain.get(number), pictures);
            }

            @Override
            public void failed(int number, CertscanException failure)
            {
                pictures.failed(number, failure);
            }
        });
    }

    private void annotate(int page, BufferedImage picture, RecognitionResult result, PageSink<BufferedImage> pictures)
    {
        BufferedImage annotated;
        try {
            annotated = pages.annotate(picture, result);
        }
        catch (CertscanException failure) {
            pictures.failed(page, failure);
            return;
        }
        pictures.page(page, annotated);
    }

    @Override
    public List<JudgedCertificate> judge(List<Certificate> certificates, LocalDate asOf)
    {
        return judgement.judge(certificates, asOf);
    }

    @Override
    public LocalDate today()
    {
        return judgement.today();
    }
}
