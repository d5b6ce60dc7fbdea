package io.certscan.adapter.cli;

import io.certscan.application.document.PageContent;
import io.certscan.application.document.PageSink;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RenderDocument;
import io.certscan.domain.error.CertscanException;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Annotated pictures written to a folder: {@code <file stem>.png}, or {@code <file stem>-p<page>.png}
 * for a page of a document of several, names made unique as the JSON files' are.
 */
final class Annotations
{
    /** Why a picture could not be written; the recognition it belongs to stands. */
    static final class CannotAnnotate
            extends Exception
    {
        CannotAnnotate(String message)
        {
            super(message);
        }
    }

    private final Path directory;
    private final RenderDocument renderer;
    private final RecognizeCli.OutputNames names = new RecognizeCli.OutputNames();
    /** One stem per input, whatever its pages. */
    private final Map<String, String> stems = new HashMap<>();

    /** Annotations into the folder, when one is given and the program draws pages. */
    static Optional<Annotations> in(Path directory, Optional<RenderDocument> renderer)
    {
        return directory == null ? Optional.empty() : renderer.map(drawing -> new Annotations(directory, drawing));
    }

    Annotations(Path directory, RenderDocument renderer)
    {
        this.directory = requireNonNull(directory, "directory is null");
        this.renderer = requireNonNull(renderer, "renderer is null");
    }

    /** Draws one recognition on its page and writes it; the file written. */
    Path write(String input, RecognizeCommand command, RecognitionResult result)
            throws CannotAnnotate
    {
        BufferedImage picture;
        try {
            picture = renderer.annotated(command, result);
        }
        catch (RuntimeException failure) {
            throw failure instanceof CertscanException known ? cannot(known) : cannot(failure);
        }
        return store(input, command, result, picture);
    }

    /**
     * Whether a page's picture can be drawn at once from what its recognition kept (the picture
     * OCR read); the others (a text layer) are drawn together by {@link #writeAll}, after the
     * document's last page, from one more reading of it.
     */
    static boolean holdsItsPicture(RecognitionResult result)
    {
        return result.page().filter(PageContent.Raster.class::isInstance).isPresent();
    }

    /**
     * Draws the recognised pages of one document and writes them, the document read once more for
     * all of them: each page's file written, or why it could not be.
     */
    Map<Integer, Written> writeAll(String input, RecognizeCommand command, Map<Integer, RecognitionResult> results)
    {
        Map<Integer, Written> written = new TreeMap<>();
        if (results.isEmpty()) {
            return written;
        }
        try {
            renderer.annotatedAll(command, results, new PageSink<>()
            {
                @Override
                public void page(int number, BufferedImage picture)
                {
                    RecognizeCommand page = command.withSource(command.source().atPage(number));
                    try {
                        written.put(number, Written.to(store(input, page, results.get(number), picture)));
                    }
                    catch (CannotAnnotate problem) {
                        written.put(number, Written.not(problem));
                    }
                }

                @Override
                public void failed(int number, CertscanException failure)
                {
                    written.put(number, Written.not(cannot(failure)));
                }
            });
        }
        catch (RuntimeException failure) {
            CannotAnnotate problem = failure instanceof CertscanException known ? cannot(known) : cannot(failure);
            results.keySet().forEach(number -> written.putIfAbsent(number, Written.not(problem)));
        }
        return written;
    }

    /** A page's picture written, or why not. */
    record Written(Optional<Path> file, Optional<CannotAnnotate> problem)
    {
        static Written to(Path file)
        {
            return new Written(Optional.of(file), Optional.empty());
        }

        static Written not(CannotAnnotate problem)
        {
            return new Written(Optional.empty(), Optional.of(problem));
        }
    }

    private Path store(String input, RecognizeCommand command, RecognitionResult result, BufferedImage picture)
            throws CannotAnnotate
    {
        String json = stems.computeIfAbsent(input, names::next);
        String stem = json.substring(0, json.length() - ".json".length());
        Path target = directory.resolve(stem + (result.pageCount().orElse(1) > 1 ? "-p" + page(command) : "") + ".png");
        try {
            AtomicFiles.write(target, out -> {
                if (!ImageIO.write(picture, "png", out)) {
                    throw new IOException("no PNG writer in this Java");
                }
            });
            return target;
        }
        catch (IOException | RuntimeException failure) {
            throw cannot(failure);
        }
    }

    private static CannotAnnotate cannot(CertscanException failure)
    {
        return new CannotAnnotate("error " + failure.errorCode().code() + ": " + failure.detail());
    }

    private static CannotAnnotate cannot(Exception failure)
    {
        return new CannotAnnotate(failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
    }

    private static int page(RecognizeCommand command)
    {
        return command.source().page();
    }
}
