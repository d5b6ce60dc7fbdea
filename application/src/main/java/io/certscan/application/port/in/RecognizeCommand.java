package io.certscan.application.port.in;

import io.certscan.application.document.DocumentSource;

import java.time.LocalDate;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What to recognise and the date to judge validity against (today when absent). It holds values:
 * the document's bytes as they came (a file read from disk, an upload, a download), never a wire
 * format. How general_ocr's form turns into a source (parameter names, priority, base64, size
 * limits, page numbers) is {@code contract}'s {@code GeneralOcrParameters}.
 */
public record RecognizeCommand(DocumentSource source, LocalDate asOf)
{
    public RecognizeCommand
    {
        requireNonNull(source, "source is null");
    }

    public static RecognizeCommand ofImage(byte[] image)
    {
        return new RecognizeCommand(new DocumentSource.Image(image), null);
    }

    public static RecognizeCommand ofUrl(String url)
    {
        return new RecognizeCommand(new DocumentSource.RemoteUrl(url), null);
    }

    public static RecognizeCommand ofPdf(byte[] pdf, int page)
    {
        return new RecognizeCommand(new DocumentSource.Pdf(pdf, page), null);
    }

    public static RecognizeCommand ofOfd(byte[] ofd, int page)
    {
        return new RecognizeCommand(new DocumentSource.Ofd(ofd, page), null);
    }

    public RecognizeCommand withAsOf(LocalDate date)
    {
        return new RecognizeCommand(source, date);
    }

    public RecognizeCommand withSource(DocumentSource other)
    {
        return new RecognizeCommand(other, asOf);
    }

    public Optional<LocalDate> evaluationDate()
    {
        return Optional.ofNullable(asOf);
    }

    /** Whether the source is a URL still to be fetched. */
    public boolean isRemote()
    {
        return source instanceof DocumentSource.RemoteUrl;
    }

    @Override
    public String toString()
    {
        // Never the document itself: commands end up in logs.
        return "RecognizeCommand[" + source.describe() + (asOf != null ? ", asOf=" + asOf : "") + "]";
    }
}
