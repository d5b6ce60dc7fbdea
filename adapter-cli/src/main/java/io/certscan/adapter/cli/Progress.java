package io.certscan.adapter.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Progress on standard error for runs over several inputs: a bar redrawn in place on a terminal,
 * one line per input otherwise (CI logs, redirected output), and a summary line at the end.
 */
final class Progress
{
    private static final int BAR_WIDTH = 24;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private final boolean interactive;
    private final long started = System.nanoTime();
    private int done;
    private String current = "";

    Progress(PrintWriter err, int total, boolean enabled)
    {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
        this.interactive = System.console() != null;
    }

    void starting(String input)
    {
        current = input;
        if (enabled && interactive) {
            draw();
        }
    }

    void finished(boolean succeeded)
    {
        done++;
        if (!enabled) {
            return;
        }
        if (interactive) {
            draw();
        }
        else {
            err.printf("[%d/%d] %s %s%n", done, total, current, succeeded ? "ok" : "failed");
        }
    }

    void summary(int succeeded, int failed, Path directory)
    {
        if (!enabled && failed == 0) {
            return;
        }
        if (enabled && interactive) {
            err.print("\r\033[K");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        err.printf(Locale.ROOT, "certscan: %d of %d input%s recognised, %d failed, in %.1f s%s%n",
                succeeded, total, total == 1 ? "" : "s", failed, seconds, directory == null ? "" : "; results in " + directory);
        err.flush();
    }

    private void draw()
    {
        int filled = total == 0 ? BAR_WIDTH : done * BAR_WIDTH / total;
        String name = current.length() > 40 ? "…" + current.substring(current.length() - 39) : current;
        err.printf("\r\033[K[%s%s] %d/%d %s", "#".repeat(filled), ".".repeat(BAR_WIDTH - filled), done, total, name);
        err.flush();
    }
}
