package io.certscan.spark;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageSink;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.bootstrap.Certscan;
import io.certscan.contract.GeneralOcrParameters;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What {@code recognize(content, path[, page])} does in a task: the file's bytes recognised by
 * this JVM's engine, every page (or the page given), judged as of the date fixed when the query
 * was planned, so that a task run again gives the same rows. A file or page that cannot be read
 * is a row with its error code; the task never fails for it.
 */
final class Recognition
        implements Serializable
{
    private static final long serialVersionUID = 1;

    private final HashMap<String, String> settings;
    private final LocalDate asOf;

    Recognition(Map<String, String> settings, LocalDate asOf)
    {
        this.settings = new HashMap<>(requireNonNull(settings, "settings is null"));
        this.asOf = requireNonNull(asOf, "asOf is null");
    }

    /** @param page the page to read, from 1; null: every page */
    Object[] rows(byte[] content, String path, Integer page)
    {
        int first = page == null ? 1 : page;
        try {
            if (content == null) {
                throw new CertscanException(ErrorCode.EMPTY_IMAGE, "no content");
            }
            if (page != null && page < 1) {
                throw new CertscanException(ErrorCode.INVALID_PARAM, "pages count from 1: " + page);
            }
            // As the command line refuses it: base64 would make it larger than general_ocr's 10 MB.
            if (!GeneralOcrParameters.mayFit(content.length)) {
                throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, "file of %d bytes is over the 10 MB limit once base64-encoded".formatted(content.length));
            }
            DocumentSource source = DocumentSource.ofFile(content, fileName(path), first);
            Certscan engine = Engines.recognizer(settings);
            if (page != null) {
                RecognitionResult result = engine.recognize(new RecognizeCommand(source, asOf));
                return CertificateRows.page(page, result.certificates(), result.evaluationDate()).toArray();
            }
            return everyPage(engine, source).toArray();
        }
        catch (CertscanException failure) {
            return new Object[] {CertificateRows.failed(first, failure, asOf)};
        }
        catch (RuntimeException failure) {
            return new Object[] {CertificateRows.failed(first, new CertscanException(ErrorCode.INTERNAL_ERROR, failure.getClass().getSimpleName() + ": " + failure.getMessage()), asOf)};
        }
    }

    /** Every page from one reading of the file, as {@code certscan check} reads it; a first page that fails is the file's failure. */
    private List<Row> everyPage(Certscan engine, DocumentSource source)
    {
        List<Row> rows = new ArrayList<>();
        boolean[] opened = {false};
        engine.recognizeAll(new RecognizeCommand(source, asOf), new PageSink<>()
        {
            @Override
            public void page(int number, RecognitionResult result)
            {
                opened[0] = true;
                rows.addAll(CertificateRows.page(number, result.certificates(), result.evaluationDate()));
            }

            @Override
            public void failed(int number, CertscanException failure)
            {
                if (number == 1 && !opened[0]) {
                    throw failure;
                }
                opened[0] = true;
                rows.add(CertificateRows.failed(number, failure, asOf));
            }
        });
        return rows;
    }

    /** The name the kind of document is told by beside its bytes: the path's last part. */
    private static String fileName(String path)
    {
        if (path == null) {
            return "document";
        }
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }
}
