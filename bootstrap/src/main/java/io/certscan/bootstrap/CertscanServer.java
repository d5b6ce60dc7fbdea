package io.certscan.bootstrap;

import com.google.inject.Injector;
import io.certscan.adapter.rest.RestServer;

import java.net.URI;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The HTTP server of {@code certscan serve} in a host's JVM, with the program it serves: stopping
 * it lets the requests in flight finish, then releases what the program opened (the models'
 * native memory), so a host can start and stop servers without leaking them.
 */
public final class CertscanServer
        implements AutoCloseable
{
    private final RestServer server;
    private final LifeCycle lifeCycle;

    CertscanServer(Injector injector)
    {
        requireNonNull(injector, "injector is null");
        this.server = injector.getInstance(RestServer.class);
        this.lifeCycle = injector.getInstance(LifeCycle.class);
    }

    /**
     * Opens the port and starts answering.
     *
     * @return the address the server answers at
     * @throws IllegalStateException when the port cannot be opened (what the program opened is released)
     */
    public URI start()
    {
        try {
            return server.start();
        }
        catch (RuntimeException failed) {
            lifeCycle.close();
            throw failed;
        }
    }

    public URI uri()
    {
        return server.uri();
    }

    /** What an operator should know about how the server is exposed. */
    public List<String> securityNotes()
    {
        return server.securityNotes();
    }

    /** Blocks until the server has stopped. */
    public void join()
            throws InterruptedException
    {
        server.join();
    }

    /** Stops the server (requests in flight finish within the shutdown timeout), then releases the program. */
    public void stop()
    {
        try {
            server.stop();
        }
        finally {
            lifeCycle.close();
        }
    }

    @Override
    public void close()
    {
        stop();
    }
}
