package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.port.out.FetchRemoteDocument;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import jakarta.inject.Inject;
import okhttp3.Call;
import okhttp3.ConnectionPool;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.NoRouteToHostException;
import java.net.Proxy;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * Downloads the picture a {@code url} parameter names, safely. Only http and https; the host is
 * resolved once, every address checked against the {@link AddressPolicy}, and the connection made
 * to exactly those addresses (a DNS answer that changes between check and connect cannot move the
 * request inside). Redirects are followed by hand, at most three, each checked the same way. The
 * answer is read against a byte cap while it streams, and the whole download against a deadline.
 * No proxy from the environment is used: the checks are about where the connection goes.
 */
final class SafeUrlFetcher
        implements FetchRemoteDocument
{
    static final int MAX_REDIRECTS = 3;

    /** Resolves a host name to its addresses; the system resolver unless a test says otherwise. */
    @FunctionalInterface
    interface HostResolver
    {
        List<InetAddress> resolve(String host)
                throws UnknownHostException;
    }

    private final UrlConfig config;
    private final AddressPolicy policy;
    private final HostResolver resolver;
    private final OkHttpClient client;

    @Inject
    SafeUrlFetcher(UrlConfig config)
    {
        this(config, host -> Arrays.asList(InetAddress.getAllByName(host)));
    }

    SafeUrlFetcher(UrlConfig config, HostResolver resolver)
    {
        this.config = requireNonNull(config, "config is null");
        this.policy = AddressPolicy.parse(config.allowedHosts());
        this.resolver = requireNonNull(resolver, "resolver is null");
        this.client = new OkHttpClient.Builder()
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                // No connection outlives its fetch: each fetch connects where its own checks allowed.
                .connectionPool(new ConnectionPool(0, 1, TimeUnit.SECONDS))
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .build();
    }

    @Override
    public byte[] fetch(DocumentSource.RemoteUrl remote)
    {
        String url = remote.url();
        HttpUrl current = parse(url, "the url");
        long deadline = System.nanoTime() + config.downloadTimeout().toNanos();
        for (int redirects = 0; ; redirects++) {
            String checkedHost = current.host();
            List<InetAddress> addresses = checkedAddresses(checkedHost);
            OkHttpClient pinned = client.newBuilder()
                    .dns(host -> {
                        if (!host.equalsIgnoreCase(checkedHost)) {
                            throw new UnknownHostException("not the host that was checked: " + host);
                        }
                        return addresses;
                    })
                    .callTimeout(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)
                    .build();
            Request request = new Request.Builder().url(current).header("Accept", "image/jpeg, image/png, image/bmp, image/*;q=0.8").header("User-Agent", "certscan").get().build();
            Call call = pinned.newCall(request);
            try (Response response = call.execute()) {
                if (response.isRedirect()) {
                    if (redirects == MAX_REDIRECTS) {
                        throw new CertscanException(ErrorCode.URL_RESPONSE_INVALID, "more than " + MAX_REDIRECTS + " redirects");
                    }
                    String location = response.header("Location");
                    if (location == null) {
                        throw new CertscanException(ErrorCode.URL_RESPONSE_INVALID, "a redirect (HTTP " + response.code() + ") without a Location");
                    }
                    HttpUrl next = current.resolve(location);
                    current = parse(next == null ? location : next.toString(), "the redirect's location");
                    continue;
                }
                if (!response.isSuccessful()) {
                    throw new CertscanException(ErrorCode.URL_RESPONSE_INVALID, "the server answered HTTP " + response.code());
                }
                return picture(response.body());
            }
            catch (InterruptedIOException slow) {
                throw new CertscanException(ErrorCode.URL_DOWNLOAD_TIMEOUT, "the download did not finish in time (" + describe(slow) + ")", slow);
            }
            catch (UnknownHostException | ConnectException | NoRouteToHostException unreachable) {
                throw new CertscanException(ErrorCode.URL_NOT_EXIST, "the server could not be reached (" + describe(unreachable) + ")", unreachable);
            }
            catch (IOException broken) {
                throw new CertscanException(ErrorCode.URL_RESPONSE_INVALID, "the download broke off (" + describe(broken) + ")", broken);
            }
        }
    }

    private static HttpUrl parse(String url, String what)
    {
        HttpUrl parsed = HttpUrl.parse(url.strip());
        if (parsed == null) {
            throw new CertscanException(ErrorCode.URL_FORMAT_ILLEGAL, what + " is not an http or https URL");
        }
        return parsed;
    }

    /** The host's addresses, each allowed by the policy, or a refusal naming what kind of address stood in the way. */
    private List<InetAddress> checkedAddresses(String host)
    {
        List<InetAddress> addresses;
        Optional<InetAddress> literal = AddressPolicy.literal(host);
        if (literal.isPresent()) {
            addresses = List.of(literal.get());
        }
        else {
            try {
                addresses = List.copyOf(resolver.resolve(host));
            }
            catch (UnknownHostException e) {
                throw new CertscanException(ErrorCode.URL_NOT_EXIST, "the url's host " + host + " does not resolve");
            }
            if (addresses.isEmpty()) {
                throw new CertscanException(ErrorCode.URL_NOT_EXIST, "the url's host " + host + " has no address");
            }
        }
        for (InetAddress address : addresses) {
            if (!policy.permits(host, address)) {
                String kind = AddressPolicy.internalKind(address).orElse("internal");
                throw new CertscanException(ErrorCode.URL_FORMAT_ILLEGAL,
                        "the url's host " + host + " is a " + kind + " address, which url sources may not reach (url.allowed-hosts lists the internal hosts that may be)");
            }
        }
        return addresses;
    }

    /** The body, read against the byte cap as it streams, if it is a jpg, png or bmp picture. */
    private byte[] picture(ResponseBody body)
            throws IOException
    {
        if (body == null) {
            throw new CertscanException(ErrorCode.URL_RESPONSE_INVALID, "the answer has no body");
        }
        long limit = config.maxBytes();
        if (body.contentLength() > limit) {
            throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, "the picture at the url is %d bytes; at most %d are accepted".formatted(body.contentLength(), limit));
        }
        BufferedSource source = body.source();
        Buffer buffer = new Buffer();
        while (source.read(buffer, 64 * 1024) != -1) {
            if (buffer.size() > limit) {
                throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, "the picture at the url is over %d bytes".formatted(limit));
            }
        }
        byte[] bytes = buffer.readByteArray();
        if (bytes.length == 0) {
            throw new CertscanException(ErrorCode.URL_RESPONSE_INVALID, "the answer is empty");
        }
        if (PictureFormat.sniff(bytes).isEmpty()) {
            throw new CertscanException(ErrorCode.URL_RESPONSE_INVALID, "the answer is not a jpg, png or bmp picture");
        }
        return bytes;
    }

    private static String describe(IOException failure)
    {
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }
}
