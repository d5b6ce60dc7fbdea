package io.certscan.bootstrap;

import io.certscan.application.document.PageSink;
import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.in.RenderDocument;
import com.google.inject.Injector;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.geometry.QuarterTurns;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * certscan as a host embeds it ({@link CertscanFactory#create}): the use cases of one wired
 * program (recognise, draw, judge stored certificates again), and {@link #close()} to release what it opened (the ONNX sessions' native memory).
 * Shared by all threads; closed once, when the host is done with it.
 */
public final class Certscan
        implements RecognizeDocument, RenderDocument, JudgeCertificates, AutoCloseable
{
    private final RecognizeDocument recognizer;
    private final RenderDocument renderer;
    private final JudgeCertificates judge;
    private final LifeCycle lifeCycle;
    private volatile boolean closed;

    private Certscan(RecognizeDocument recognizer, RenderDocument renderer, JudgeCertificates judge, LifeCycle lifeCycle)
    {
        this.recognizer = requireNonNull(recognizer, "recognizer is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
        this.judge = requireNonNull(judge, "judge is null");
        this.lifeCycle = requireNonNull(lifeCycle, "lifeCycle is null");
    }

    static Certscan of(Injector injector)
    {
        return new Certscan(injector.getInstance(RecognizeDocument.class), injector.getInstance(RenderDocument.class), injector.getInstance(JudgeCertificates.class),
                injector.getInstance(LifeCycle.class));
    }

    @Override
    public RecognitionResult recognize(RecognizeCommand command)
    {
        return open().recognize(command);
    }

    @Override
    public void recognizeAll(RecognizeCommand command, PageSink<RecognitionResult> pages)
    {
        open().recognizeAll(command, pages);
    }

    @Override
    public RecognizeCommand fetched(RecognizeCommand command)
    {
        return open().fetched(command);
    }

    @Override
    public BufferedImage page(RecognizeCommand command, QuarterTurns turn)
    {
        open();
        return renderer.page(command, turn);
    }

    @Override
    public BufferedImage annotated(RecognizeCommand command, RecognitionResult result)
    {
        open();
        return renderer.annotated(command, result);
    }

    @Override
    public List<JudgedCertificate> judge(List<Certificate> certificates, LocalDate asOf)
    {
        open();
        return judge.judge(certificates, asOf);
    }

    @Override
    public LocalDate today()
    {
        return judge.today();
    }

    /** Releases the models and whatever else the program opened; using it afterwards fails. Closing again does nothing. */
    @Override
    public void close()
    {
        closed = true;
        lifeCycle.close();
    }

    private RecognizeDocument open()
    {
        if (closed) {
            throw new IllegalStateException("certscan is closed");
        }
        return recognizer;
    }
}
