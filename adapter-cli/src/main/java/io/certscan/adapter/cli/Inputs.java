package io.certscan.adapter.cli;

import io.certscan.application.document.DocumentKind;
import io.certscan.application.document.DocumentSource;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.contract.GeneralOcrParameters;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** Command-line inputs: files, folders of files, URLs, each turned into the command it stands for, its bytes as read. */
final class Inputs
{
    /** The endings of the documents a folder is searched for. */
    private static final Set<String> DOCUMENT_ENDINGS = Set.of(".jpg", ".jpeg", ".png", ".bmp", ".pdf", ".ofd");

    private Inputs() {}

    static boolean isUrl(String input)
    {
        String lower = input.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }

    /** The request for one input: a URL, or a file sent as the parameter its bytes call for. */
    static RecognizeCommand command(String input, int pdfPage, int ofdPage)
            throws IOException
    {
        if (isUrl(input)) {
            return RecognizeCommand.ofUrl(input);
        }
        Path file = Path.of(input);
        long size;
        try {
            size = Files.size(file);
        }
        catch (NoSuchFileException missing) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "no such file");
        }
        if (Files.isDirectory(file)) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "is a directory");
        }
        // Refuse before reading: base64 makes 3 bytes 4, so this file cannot fit the 10 MB limit.
        if (!GeneralOcrParameters.mayFit(size)) {
            throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, "file of %d bytes is over the 10 MB limit once base64-encoded".formatted(size));
        }
        byte[] bytes = Files.readAllBytes(file);
        DocumentSource source = DocumentSource.ofFile(bytes, file.getFileName().toString(), 1);
        return new RecognizeCommand(source.atPage(source.kind() == DocumentKind.OFD ? ofdPage : pdfPage), null);
    }

    /** Stored results: files as given, folders replaced by the JSON files in them (all depths, by name, hidden ones skipped). */
    static List<String> expandStored(List<String> inputs)
            throws IOException
    {
        return expand(inputs, Set.of(".json"));
    }

    /** Folders replaced by the documents in them (all depths, by name, hidden ones skipped); files and URLs as given. */
    static List<String> expand(List<String> inputs)
            throws IOException
    {
        return expand(inputs, DOCUMENT_ENDINGS);
    }

    private static List<String> expand(List<String> inputs, Set<String> endings)
            throws IOException
    {
        List<String> expanded = new ArrayList<>();
        for (String input : inputs) {
            if (!isUrl(input) && Files.isDirectory(Path.of(input))) {
                try (Stream<Path> files = Files.walk(Path.of(input))) {
                    files.filter(Files::isRegularFile)
                            .filter(file -> !file.getFileName().toString().startsWith("."))
                            .filter(file -> endings.stream().anyMatch(file.getFileName().toString().toLowerCase(Locale.ROOT)::endsWith))
                            .sorted()
                            .map(Path::toString)
                            .forEach(expanded::add);
                }
            }
            else {
                expanded.add(input);
            }
        }
        return expanded;
    }
}
