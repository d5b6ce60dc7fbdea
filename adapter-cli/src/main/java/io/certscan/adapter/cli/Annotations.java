package io.certscan.adapter.cli;

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
        String json = stems.computeIfAbsent(input, names::next);
        String stem = json.substring(0, json.length() - ".json".length());
        Path target = directory.resolve(stem + (result.pageCount().orElse(1) > 1 ? "-p" + page(command) : "") + ".png");
        try {
            BufferedImage picture = renderer.annotated(command, result);
            AtomicFiles.write(target, out -> {
                if (!ImageIO.write(picture, "png", out)) {
                    throw new IOException("no PNG writer in this Java");
                }
            });
            return target;
        }
        catch (CertscanException failure) {
            throw new CannotAnnotate("error " + failure.errorCode().code() + ": " + failure.detail());
        }
        catch (IOException | RuntimeException failure) {
            throw new CannotAnnotate(failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : ": " + failure.getMessage()));
        }
    }

    private static int page(RecognizeCommand command)
    {
        return command.source().page();
    }
}
