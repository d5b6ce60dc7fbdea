package io.certscan.adapter.rest;

import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.ConfigRecords;
import io.certscan.application.config.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * Settings of {@code certscan serve}. The API key pair is read from {@code CERTSCAN_API_KEY} /
 * {@code CERTSCAN_SECRET_KEY} (the other settings from {@code CERTSCAN_SERVER_*}).
 */
@ConfigPrefix(value = "server", environment = "CERTSCAN_SERVER")
public record RestConfig(
        @Setting(name = "host", description = "Address to listen on. Default: all interfaces when API keys are configured, loopback (127.0.0.1) when not.")
        String host,
        @Setting(name = "port", defaultValue = "8080", description = "TCP port; 0 picks a free one.")
        @Min(0) @Max(65535)
        int port,
        @Setting(name = "workers", defaultValue = "0", description = "Recognitions run at once; 0 means one per core (OCR is CPU-bound).")
        @Min(0) @Max(256)
        int workers,
        @Setting(name = "queue-capacity", defaultValue = "16", description = "Requests that may wait for a worker; beyond that the server answers error 18 at once.")
        @Min(0) @Max(10000)
        int queueCapacity,
        @Setting(name = "max-request-bytes", defaultValue = "11010048", description = "Largest request body, in bytes, refused before it is read (10.5 MiB: a 10 MB image plus the other form fields).")
        @Min(1024) @Max(1L << 30)
        long maxRequestBytes,
        @Setting(name = "token-lifetime", defaultValue = "30d", description = "How long an access token from /oauth/2.0/token is valid (the original: 30 days).")
        @NotNull
        Duration tokenLifetime,
        @Setting(name = "api-key", environment = "CERTSCAN_API_KEY", description = "API key (client_id) that may ask for tokens; goes with server.secret-key.")
        String apiKey,
        @Setting(name = "secret-key", environment = "CERTSCAN_SECRET_KEY", secret = true, description = "Secret key (client_secret) of server.api-key, at least 16 characters.")
        String secretKey,
        @Setting(name = "keys-file", environment = "CERTSCAN_KEYS_FILE", description = "File of further key pairs, one 'apiKey=secretKey' per line (secret keys of at least 16 characters); # starts a comment.")
        Path keysFile,
        @Setting(name = "insecure-no-auth", defaultValue = "false", description = "Serve without API keys on a non-loopback address: anyone who reaches the port may use it.")
        boolean insecureNoAuth,
        @Setting(name = "idle-timeout", defaultValue = "30s", description = "A connection that sends or reads nothing for this long is closed (slow clients).")
        @NotNull
        Duration idleTimeout,
        @Setting(name = "shutdown-timeout", defaultValue = "30s", description = "On shutdown, how long requests in flight may take to finish.")
        @NotNull
        Duration shutdownTimeout,
        @Setting(name = "signing-keys-file", environment = "CERTSCAN_SIGNING_KEYS_FILE",
                description = "File of access key pairs ('accessKey=secretKey' per line) that sign each request (bce-auth-v1, as Baidu Cloud's IAM keys and the SDKs' signing mode do) and get no tokens.")
        Path signingKeysFile,
        @Setting(name = "tls-certificate", environment = "CERTSCAN_SERVER_TLS_CERTIFICATE",
                description = "Serve HTTPS with this certificate: a PEM file (the certificate chain; the key in server.tls-key) or a PKCS#12 file (.p12, .pfx) holding both.")
        Path tlsCertificate,
        @Setting(name = "tls-key", environment = "CERTSCAN_SERVER_TLS_KEY", description = "The PEM private key (PKCS#8, unencrypted) of a PEM server.tls-certificate.")
        Path tlsKey,
        @Setting(name = "tls-key-password", environment = "CERTSCAN_SERVER_TLS_KEY_PASSWORD", secret = true, description = "The password of a PKCS#12 server.tls-certificate.")
        String tlsKeyPassword,
        @Setting(name = "token-key-file", environment = "CERTSCAN_TOKEN_KEY_FILE",
                description = "File of at least 32 random bytes (raw, or base64 as 'openssl rand -base64 32' writes) that, with each client's secret, signs access tokens; "
                        + "replicas that share it accept each other's tokens. Unset: a key is made at start and tokens die on restart.")
        Path tokenKeyFile,
        @Setting(name = "max-connections", defaultValue = "1024", description = "Open connections at once, from all clients; beyond that new ones wait to be accepted.")
        @Min(1) @Max(100000)
        int maxConnections,
        @Setting(name = "max-connections-per-client", defaultValue = "64", description = "Open connections at once from one client address; a further one is closed at once.")
        @Min(1) @Max(100000)
        int maxConnectionsPerClient,
        @Setting(name = "metrics-token", environment = "CERTSCAN_SERVER_METRICS_TOKEN", secret = true,
                description = "When set, /metrics answers only requests with 'Authorization: Bearer <this token>' (Prometheus' bearer_token); unset, /metrics is open.")
        String metricsToken)
{
    public RestConfig
    {
        if ((apiKey == null || apiKey.isBlank()) != (secretKey == null || secretKey.isBlank())) {
            throw new IllegalArgumentException("api-key and secret-key go together: set both (CERTSCAN_API_KEY, CERTSCAN_SECRET_KEY) or neither");
        }
        if (secretKey != null && !secretKey.isBlank() && ApiKeys.isWeak(secretKey)) {
            throw new IllegalArgumentException("secret-key (CERTSCAN_SECRET_KEY) must be at least " + ApiKeys.MINIMUM_SECRET_CHARACTERS
                    + " characters: requests signed with it can be used to guess a short one; use a long random one (Baidu's have 32)");
        }
        if (tlsKey != null && tlsCertificate == null) {
            throw new IllegalArgumentException("tls-key needs tls-certificate: set server.tls-certificate to the certificate of the key");
        }
        for (Duration duration : new Duration[] {tokenLifetime, idleTimeout, shutdownTimeout}) {
            if (duration != null && (duration.isNegative() || duration.isZero())) {
                throw new IllegalArgumentException("durations must be positive, was " + duration);
            }
        }
    }

    /** A configuration for tests and hosts: the defaults, but loopback, a free port, two workers, four waiting, ten seconds to stop, no keys. */
    public static RestConfig loopbackForTesting()
    {
        return ConfigRecords.of(RestConfig.class, Map.of("server.host", "127.0.0.1", "server.port", "0", "server.workers", "2", "server.queue-capacity", "4",
                "server.shutdown-timeout", "10s"));
    }

    public RestConfig withKeys(String apiKey, String secretKey)
    {
        return new RestConfig(host, port, workers, queueCapacity, maxRequestBytes, tokenLifetime, apiKey, secretKey, keysFile, insecureNoAuth, idleTimeout, shutdownTimeout,
                signingKeysFile, tlsCertificate, tlsKey, tlsKeyPassword, tokenKeyFile, maxConnections, maxConnectionsPerClient, metricsToken);
    }

    public RestConfig withPool(int workers, int queueCapacity)
    {
        return new RestConfig(host, port, workers, queueCapacity, maxRequestBytes, tokenLifetime, apiKey, secretKey, keysFile, insecureNoAuth, idleTimeout, shutdownTimeout,
                signingKeysFile, tlsCertificate, tlsKey, tlsKeyPassword, tokenKeyFile, maxConnections, maxConnectionsPerClient, metricsToken);
    }

    public RestConfig withMaxRequestBytes(long maxRequestBytes)
    {
        return new RestConfig(host, port, workers, queueCapacity, maxRequestBytes, tokenLifetime, apiKey, secretKey, keysFile, insecureNoAuth, idleTimeout, shutdownTimeout,
                signingKeysFile, tlsCertificate, tlsKey, tlsKeyPassword, tokenKeyFile, maxConnections, maxConnectionsPerClient, metricsToken);
    }

    public RestConfig withTokenLifetime(Duration tokenLifetime)
    {
        return new RestConfig(host, port, workers, queueCapacity, maxRequestBytes, tokenLifetime, apiKey, secretKey, keysFile, insecureNoAuth, idleTimeout, shutdownTimeout,
                signingKeysFile, tlsCertificate, tlsKey, tlsKeyPassword, tokenKeyFile, maxConnections, maxConnectionsPerClient, metricsToken);
    }

    public RestConfig withSigningKeys(Path file)
    {
        return new RestConfig(host, port, workers, queueCapacity, maxRequestBytes, tokenLifetime, apiKey, secretKey, keysFile, insecureNoAuth, idleTimeout, shutdownTimeout,
                file, tlsCertificate, tlsKey, tlsKeyPassword, tokenKeyFile, maxConnections, maxConnectionsPerClient, metricsToken);
    }

    public RestConfig withTls(Path certificate, Path key, String password, int tlsPort)
    {
        return new RestConfig(host, tlsPort, workers, queueCapacity, maxRequestBytes, tokenLifetime, apiKey, secretKey, keysFile, insecureNoAuth, idleTimeout, shutdownTimeout,
                signingKeysFile, certificate, key, password, tokenKeyFile, maxConnections, maxConnectionsPerClient, metricsToken);
    }

    public RestConfig withTokenKeyFile(Path file)
    {
        return new RestConfig(host, port, workers, queueCapacity, maxRequestBytes, tokenLifetime, apiKey, secretKey, keysFile, insecureNoAuth, idleTimeout, shutdownTimeout,
                signingKeysFile, tlsCertificate, tlsKey, tlsKeyPassword, file, maxConnections, maxConnectionsPerClient, metricsToken);
    }

    public RestConfig withConnectionLimits(int maxConnections, int maxConnectionsPerClient)
    {
        return new RestConfig(host, port, workers, queueCapacity, maxRequestBytes, tokenLifetime, apiKey, secretKey, keysFile, insecureNoAuth, idleTimeout, shutdownTimeout,
                signingKeysFile, tlsCertificate, tlsKey, tlsKeyPassword, tokenKeyFile, maxConnections, maxConnectionsPerClient, metricsToken);
    }

    public RestConfig withMetricsToken(String metricsToken)
    {
        return new RestConfig(host, port, workers, queueCapacity, maxRequestBytes, tokenLifetime, apiKey, secretKey, keysFile, insecureNoAuth, idleTimeout, shutdownTimeout,
                signingKeysFile, tlsCertificate, tlsKey, tlsKeyPassword, tokenKeyFile, maxConnections, maxConnectionsPerClient, metricsToken);
    }

    public boolean tls()
    {
        return tlsCertificate != null;
    }

    /** Never the secrets: the secret key, the TLS key password and the metrics token are masked. */
    @Override
    public String toString()
    {
        return ConfigRecords.toString(this);
    }

    public int effectiveWorkers()
    {
        return workers == 0 ? Runtime.getRuntime().availableProcessors() : workers;
    }

    public Optional<String> explicitHost()
    {
        return Optional.ofNullable(host).filter(value -> !value.isBlank()).map(String::strip);
    }
}
