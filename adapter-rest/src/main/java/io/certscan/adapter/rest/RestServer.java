package io.certscan.adapter.rest;

import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.ProvisionException;
import com.google.inject.spi.Message;
import io.certscan.application.config.Configurations;
import io.certscan.application.port.in.IssueLogIds;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.in.RenderDocument;
import jakarta.inject.Inject;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code certscan serve}: the HTTP server. Secure by default: without API keys it listens on
 * loopback only, and a non-loopback address then needs {@code insecure-no-auth}. Stateless, so
 * replicas behind a load balancer need nothing shared but the key pairs and the token key file.
 * Stopping is graceful: the port closes at once, requests in flight finish within the shutdown
 * timeout.
 */
public final class RestServer
        implements AutoCloseable
{
    private static final int HTTP_THREADS = 200;
    static final long MIN_REQUEST_BYTES_PER_SECOND = 4096;

    private final RestConfig config;
    private final ApiKeys keys;
    private final TokenKey tokenKey;
    private final String host;
    private final WorkerPool pool;
    private final Server server;
    private final ServerConnector connector;
    private final RecognitionFlow flow;
    private final RestHandler handler;
    private final Readiness readiness;

    /**
     * The server over the given use case, its collaborators wired by {@link RestModule}: for hosts
     * and tests that run it without the bootstrap. Closing it stops it; the worker pool stops with it.
     *
     * @throws IllegalArgumentException when a keys file or the token key file is unreadable or weak, or when the server would be open to the network without keys
     */
    public static RestServer over(RestConfig config, RecognizeDocument recognizer, IssueLogIds logIds, Clock clock)
    {
        return over(config, recognizer, Optional.empty(), logIds, clock);
    }

    /** The same, {@code /v1/page} drawing with {@code renderer}. */
    public static RestServer over(RestConfig config, RecognizeDocument recognizer, RenderDocument renderer, IssueLogIds logIds, Clock clock)
    {
        return over(config, recognizer, Optional.of(renderer), logIds, clock);
    }

    private static RestServer over(RestConfig config, RecognizeDocument recognizer, Optional<RenderDocument> renderer, IssueLogIds logIds, Clock clock)
    {
        requireNonNull(recognizer, "recognizer is null");
        requireNonNull(logIds, "logIds is null");
        requireNonNull(clock, "clock is null");
        try {
            return Guice.createInjector(new RestModule(), binder -> {
                binder.bind(Configurations.class).toInstance(Configurations.of(config));
                binder.bind(RecognizeDocument.class).toInstance(recognizer);
                renderer.ifPresent(drawing -> binder.bind(RenderDocument.class).toInstance(drawing));
                binder.bind(IssueLogIds.class).toInstance(logIds);
                binder.bind(Clock.class).toInstance(clock);
            }).getInstance(RestServer.class);
        }
        catch (ProvisionException | CreationException failed) {
            // The refusal of a collaborator (a weak key, an open address), not Guice's wrapping of it.
            Throwable cause = (failed instanceof ProvisionException provision ? provision.getErrorMessages() : ((CreationException) failed).getErrorMessages()).stream()
                    .map(Message::getCause).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (cause instanceof RuntimeException refusal) {
                throw refusal;
            }
            throw failed;
        }
    }

    /**
     * @throws IllegalArgumentException when the server would be open to the network without keys
     */
    @Inject
    RestServer(RestConfig config, ApiKeys keys, TokenKey tokenKey, WorkerPool pool, RecognitionFlow flow, RestHandler handler, Readiness readiness)
    {
        this.config = requireNonNull(config, "config is null");
        this.keys = requireNonNull(keys, "keys is null");
        this.tokenKey = requireNonNull(tokenKey, "tokenKey is null");
        this.pool = requireNonNull(pool, "pool is null");
        this.flow = requireNonNull(flow, "flow is null");
        this.handler = requireNonNull(handler, "handler is null");
        this.readiness = requireNonNull(readiness, "readiness is null");
        this.host = config.explicitHost().orElse(keys.isEmpty() ? "127.0.0.1" : "0.0.0.0");
        if (keys.isEmpty() && !config.insecureNoAuth() && !isLoopback(host)) {
            throw new IllegalArgumentException("server.host: " + host + " is reachable from the network and no API keys are configured; set "
                    + "CERTSCAN_API_KEY and CERTSCAN_SECRET_KEY (or server.keys-file), or pass --insecure-no-auth to serve anyone who can connect");
        }

        QueuedThreadPool threads = new QueuedThreadPool(HTTP_THREADS, 4);
        threads.setName("certscan-http");
        threads.setDaemon(true);
        this.server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        // A body that trickles in slower than this is cut: a slow client cannot hold a thread for long.
        http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
        this.connector = config.tls() ? tlsConnector(server, http, config) : new ServerConnector(server, new HttpConnectionFactory(http));
        connector.setHost(host);
        connector.setPort(config.port());
        connector.setIdleTimeout(config.idleTimeout().toMillis());
        connector.addEventListener(new ClientConnectionLimit(config.maxConnectionsPerClient()));
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(config.maxConnections(), server));
        server.setHandler(new GracefulHandler(handler));
        server.setStopTimeout(config.shutdownTimeout().toMillis());
        server.setStopAtShutdown(false);
        server.setErrorHandler(new JsonErrors());
    }

    /**
     * HTTPS with the configured identity. The SNI host is not checked against the certificate:
     * clients reach the server by an internal name (aip.baidubce.com pointed here) or an address.
     */
    private static ServerConnector tlsConnector(Server server, HttpConfiguration http, RestConfig config)
    {
        char[] storePassword = java.util.UUID.randomUUID().toString().toCharArray();
        SslContextFactory.Server tls = new SslContextFactory.Server();
        tls.setKeyStore(TlsKeys.load(config.tlsCertificate(), config.tlsKey(), config.tlsKeyPassword(), storePassword));
        tls.setKeyStorePassword(new String(storePassword));
        tls.setSniRequired(false);
        HttpConfiguration https = new HttpConfiguration(http);
        SecureRequestCustomizer secure = new SecureRequestCustomizer();
        secure.setSniHostCheck(false);
        https.addCustomizer(secure);
        return new ServerConnector(server, new SslConnectionFactory(tls, "http/1.1"), new HttpConnectionFactory(https));
    }

    /**
     * Opens the port and starts answering.
     *
     * @return the address the server answers at
     * @throws IllegalStateException when the port cannot be opened
     */
    public URI start()
    {
        try {
            server.start();
        }
        catch (IOException e) {
            stopQuietly();
            String reason = e instanceof BindException || e.getCause() instanceof BindException ? "the address is in use or not this machine's" : e.getMessage();
            throw new IllegalStateException("cannot listen on " + host + ":" + config.port() + ": " + reason, e);
        }
        catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("the server failed to start: " + e.getMessage(), e);
        }
        readiness.ready(true);
        return uri();
    }

    public URI uri()
    {
        String shown = host.contains(":") ? "[" + host + "]" : host;
        return URI.create((config.tls() ? "https://" : "http://") + shown + ":" + connector.getLocalPort());
    }

    /** What an operator should know about how the server is exposed, for the start-up message. */
    public List<String> securityNotes()
    {
        List<String> notes = new ArrayList<>();
        if (keys.isEmpty()) {
            if (config.insecureNoAuth() && !isLoopback(host)) {
                notes.add("WARNING: no API keys and --insecure-no-auth: anyone who can reach " + host + " may use this server");
            }
            else {
                notes.add("no API keys configured: listening on loopback only, no access token needed"
                        + " (set CERTSCAN_API_KEY and CERTSCAN_SECRET_KEY to serve the network)");
            }
        }
        else {
            notes.add(keys.size() + " key pair(s) configured: access tokens from /oauth/2.0/token, or requests signed with a key pair (bce-auth-v1), are required");
            if (tokenKey.madeAtStart()) {
                notes.add("no server.token-key-file: access tokens are signed with a key made at start; they die when the server restarts "
                        + "and other replicas do not accept them");
            }
        }
        if (config.tls()) {
            notes.add("HTTPS with " + config.tlsCertificate().getFileName());
        }
        notes.add(pool.workers() + " workers, up to " + pool.queueCapacity() + " waiting requests, bodies up to " + config.maxRequestBytes() + " bytes");
        return notes;
    }

    /** Blocks until the server has stopped. */
    public void join()
            throws InterruptedException
    {
        server.join();
    }

    /**
     * Stops accepting, lets requests in flight finish within the shutdown timeout, then stops.
     * Shortly before the timeout runs out, the requests still in flight are answered error 2
     * (temporarily unavailable: clients send them again), so none is cut without an answer.
     */
    public void stop()
    {
        readiness.ready(false);
        long timeout = config.shutdownTimeout().toMillis();
        Thread answering = new Thread(() -> {
            try {
                Thread.sleep(Math.max(0, timeout - Math.min(1000, timeout / 4)));
                handler.answerInFlight();
            }
            catch (InterruptedException stopped) {
                // Everything was answered in time.
            }
        }, "certscan-stopping");
        answering.setDaemon(true);
        answering.start();
        try {
            server.stop();
        }
        catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly: " + e.getMessage(), e);
        }
        finally {
            answering.interrupt();
            flow.shutdown();
            pool.shutdown(Duration.ofSeconds(1));
        }
    }

    @Override
    public void close()
    {
        stop();
    }

    private void stopQuietly()
    {
        try {
            server.stop();
        }
        catch (Exception ignored) {
            // Start failed already; that failure is the one reported.
        }
        flow.shutdown();
        pool.shutdown(Duration.ofSeconds(1));
    }

    private static boolean isLoopback(String host)
    {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        }
        catch (UnknownHostException e) {
            throw new IllegalArgumentException("server.host: " + host + " does not resolve");
        }
    }
}
