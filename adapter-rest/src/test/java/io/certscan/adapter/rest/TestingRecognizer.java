package io.certscan.adapter.rest;

import io.certscan.application.document.DocumentKind;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.in.RenderDocument;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.geometry.QuarterTurns;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.Severity;

import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * A recogniser that answers one low-voltage electrician's certificate for any document, records
 * the commands it was given, and can be told to fail or to wait for a latch.
 */
final class TestingRecognizer
        implements RecognizeDocument, RenderDocument
{
    static final long LOG_ID = 2057057242228098769L;

    final List<RecognizeCommand> commands = new CopyOnWriteArrayList<>();
    final List<QuarterTurns> turns = new CopyOnWriteArrayList<>();
    private volatile Function<RecognizeCommand, RecognitionResult> behaviour = TestingRecognizer::electrician;
    private volatile CountDownLatch gate;
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch fetchStarted = new CountDownLatch(1);
    final List<String> fetchThreads = new CopyOnWriteArrayList<>();
    private volatile CountDownLatch fetchGate;

    static RecognitionResult electrician(RecognizeCommand command)
    {
        Certificate certificate = new Certificate(0, Optional.of("低压电工证"), List.of(
                new ExtractedField("证号", List.of("T3204811998063035170"), 0.98, Quadrilateral.rectangle(100, 100, 400, 130)),
                new ExtractedField("有效期限", List.of("2021-10-08至2027-10-07"), 0.97, Quadrilateral.rectangle(100, 150, 400, 180))),
                Optional.of(Quadrilateral.rectangle(80, 20, 500, 320)));
        Finding valid = new Finding("VALID", Severity.INFO, Optional.of("有效期限"), "证书在有效期内，至 2027-10-07", "valid until 2027-10-07");
        OptionalInt pages = command.source().kind() == DocumentKind.PDF ? OptionalInt.of(3) : OptionalInt.empty();
        return new RecognitionResult(new LogId(LOG_ID), command.source().kind(), pages, List.of(new JudgedCertificate(certificate, List.of(valid))),
                command.evaluationDate().orElse(LocalDate.of(2026, 11, 23)));
    }

    void answerWith(Function<RecognizeCommand, RecognitionResult> behaviour)
    {
        this.behaviour = behaviour;
    }

    /** Makes every recognition wait until the returned latch is counted down. */
    CountDownLatch holdRecognitions()
    {
        CountDownLatch latch = new CountDownLatch(1);
        gate = latch;
        return latch;
    }

    /** Makes every URL fetch wait until the returned latch is counted down; {@link #fetchStarted} says one began. */
    CountDownLatch holdFetches()
    {
        CountDownLatch latch = new CountDownLatch(1);
        fetchGate = latch;
        return latch;
    }

    /** A URL command becomes a picture of three bytes, on the thread that fetches. */
    @Override
    public RecognizeCommand fetched(RecognizeCommand command)
    {
        if (!command.isRemote()) {
            return command;
        }
        fetchThreads.add(Thread.currentThread().getName());
        fetchStarted.countDown();
        await(fetchGate);
        return RecognizeCommand.ofImage(new byte[] {1, 2, 3});
    }

    private static void await(CountDownLatch latch)
    {
        if (latch == null) {
            return;
        }
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new AssertionError("the test never released the latch");
            }
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public RecognitionResult recognize(RecognizeCommand command)
    {
        commands.add(command);
        started.countDown();
        CountDownLatch latch = gate;
        if (latch != null) {
            try {
                if (!latch.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the test never released the recognition");
                }
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return behaviour.apply(command);
    }

    /** A 120 × 80 page, orange, whatever the command; 80 × 120 when asked for a quarter turn. */
    @Override
    public BufferedImage page(RecognizeCommand command, QuarterTurns turn)
    {
        commands.add(command);
        turns.add(turn);
        int width = turn.swapsSides() ? 80 : 120;
        int height = turn.swapsSides() ? 120 : 80;
        BufferedImage page = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                page.setRGB(x, y, 0xFF8F00);
            }
        }
        return page;
    }

    @Override
    public BufferedImage annotated(RecognizeCommand command, RecognitionResult result)
    {
        return page(command);
    }

    RecognizeCommand lastCommand()
    {
        return commands.get(commands.size() - 1);
    }
}
