package io.certscan.adapter.cli;

import java.net.URI;
import java.util.List;

/** A started HTTP server, as the {@code serve} command sees it. */
public interface RunningServer
{
    URI address();

    /** What an operator should know about how the server is exposed. */
    List<String> notes();

    /** Blocks until the server has stopped (on SIGTERM or Ctrl-C, after requests in flight finish). */
    void awaitStop()
            throws InterruptedException;
}
