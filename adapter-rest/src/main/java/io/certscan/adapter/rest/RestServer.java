package io.certscan.adapter.rest;

import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.in.RenderDocument;
import io.certscan.application.port.in.IssueLogIds;
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
    private volatile boolean ready;

    /**
     * @throws IllegalArgumentException when a keys file or the token key file is unreadable or weak, or when the server would be open to the network without keys
     */
    @Inject
    public RestServer(RestConfig config, RecognizeDocument recognizer, IssueLogIds logIds, Clock clock)
    {
        this.config = requireNonNull(config, "config is null");
        this.keys = ApiKeys.load(config);
        this.tokenKey = config.tokenKeyFile() == null ? TokenKey.random() : TokenKey.load(config.tokenKeyFile());
        this.host = config.explicitHost().orElse(keys.isEmpty() ? "127.0.0.1" : "0.0.0.0");
        if (keys.isEmpty() && !config.insecureNoAuth() && !isLoopback(host)) {
            throw new IllegalArgumentException("server.host: " + host + " is reachable from the network and no API keys are configured; set "
                    + "CERTSCAN_API_KEY and CERTSCAN_SECRET_KEY (or server.keys-file), or pass --insecure-no-auth to serve anyone who can connect");
        }
        this.pool = new WorkerPool(config.effectiveWorkers(), config.queueCapacity());
        ServerMetrics metrics = new ServerMetrics(pool);
        Authentication authentication = new Authentication(keys, tokenKey, config.tokenLifetime(), clock);
        this.flow = new RecognitionFlow(recognizer, pool, metrics, logIds, config.maxRequestBytes());
        this.handler = new RestHandler(new CompatibleApi(flow, authentication, logIds), new RichApi(flow, authentication, logIds,
                        recognizer instanceof RenderDocument renderer ? Optional.of(renderer) : Optional.empty()),
                metrics, new AccessLog(), logIds, () -> ready, new RequestBodies(), Optional.ofNullable(config.metricsToken()).filter(token -> !token.isBlank()));

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
        ready = true;
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
        ready = false;
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
