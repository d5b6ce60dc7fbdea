package io.certscan.adapter.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFilesTest
{
    @TempDir
    Path directory;

    @Test
    void aWriteThatFailsHalfWayLeavesThePreviousFileAndNoPart()
            throws IOException
    {
        Path report = directory.resolve("audit/report.csv");
        AtomicFiles.writeString(report, "whole\n");

        assertThatThrownBy(() -> AtomicFiles.write(report, out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(report).hasContent("whole");
        try (Stream<Path> files = Files.list(report.getParent())) {
            assertThat(files).containsExactly(report);
        }
    }
}
