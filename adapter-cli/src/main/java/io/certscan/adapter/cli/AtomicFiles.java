package io.certscan.adapter.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Files written whole or not at all: the bytes go to {@code <name>.part} beside the target, which
 * is then renamed over it in one step, so an interrupted run never leaves half a result, report or
 * picture where a whole one is expected (or was before).
 */
final class AtomicFiles
{
    private AtomicFiles() {}

    /** What writes the content into the temporary file. */
    @FunctionalInterface
    interface Content
    {
        void writeTo(OutputStream out)
                throws IOException;
    }

    static void write(Path target, Content content)
            throws IOException
    {
        Path absolute = target.toAbsolutePath();
        Files.createDirectories(absolute.getParent());
        Path temporary = absolute.resolveSibling(absolute.getFileName() + ".part");
        try {
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
        finally {
            Files.deleteIfExists(temporary);
        }
    }

    static void writeString(Path target, String text)
            throws IOException
    {
        write(target, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
    }
}
