package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** The url fetcher against a real local HTTP server: loopback is refused unless allowed, then every failure has its code. */
class SafeUrlFetcherTest
{
    private static final UrlConfig LOOPBACK_ALLOWED = UrlConfig.defaults().withAllowedHosts("127.0.0.1");

    private MockWebServer server;
    private byte[] png;

    @BeforeEach
    void start()
            throws IOException
    {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        BufferedImage picture = new BufferedImage(60, 40, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", bytes);
        png = bytes.toByteArray();
    }

    @AfterEach
    void stop()
            throws IOException
    {
        server.shutdown();
    }

    private DocumentSource.RemoteUrl url(String path)
    {
        return remote("http://127.0.0.1:" + server.getPort() + path);
    }

    private static DocumentSource.RemoteUrl remote(String url)
    {
        return new DocumentSource.RemoteUrl(url);
    }

    @Test
    void loopbackIsRefusedByDefaultBeforeAnythingIsSent()
    {
        server.enqueue(picture());
        SafeUrlFetcher fetcher = new SafeUrlFetcher(UrlConfig.defaults());

        assertCode(() -> fetcher.fetch(url("/card.png")), ErrorCode.URL_FORMAT_ILLEGAL, "loopback");
        assertCode(() -> fetcher.fetch(remote("http://localhost:" + server.getPort() + "/card.png")), ErrorCode.URL_FORMAT_ILLEGAL, "loopback");
        assertCode(() -> fetcher.fetch(remote("http://[::1]:" + server.getPort() + "/card.png")), ErrorCode.URL_FORMAT_ILLEGAL, "loopback");
        assertCode(() -> fetcher.fetch(remote("http://169.254.169.254/latest/meta-data/")), ErrorCode.URL_FORMAT_ILLEGAL, "link-local");
        assertCode(() -> fetcher.fetch(remote("http://[::ffff:127.0.0.1]:" + server.getPort() + "/card.png")), ErrorCode.URL_FORMAT_ILLEGAL, "loopback");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void loopbackIsReachedWhenExplicitlyAllowed()
            throws InterruptedException
    {
        server.enqueue(picture());

        byte[] fetched = new SafeUrlFetcher(LOOPBACK_ALLOWED).fetch(url("/certificates/card.png?size=large"));

        assertThat(fetched).isEqualTo(png);
        RecordedRequest request = server.takeRequest(1, TimeUnit.SECONDS);
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getPath()).isEqualTo("/certificates/card.png?size=large");
        assertThat(request.getHeader("User-Agent")).isEqualTo("certscan");
    }

    @Test
    void aHostNameIsAllowedByNameAndPinnedToTheAddressItWasCheckedWith()
    {
        // The first answer is 127.0.0.2, where nothing listens; every later answer is 127.0.0.1, where the server is.
        AtomicInteger lookups = new AtomicInteger();
        SafeUrlFetcher.HostResolver rebinding = host -> List.of(InetAddress.getByName(lookups.getAndIncrement() == 0 ? "127.0.0.2" : "127.0.0.1"));
        SafeUrlFetcher fetcher = new SafeUrlFetcher(UrlConfig.defaults().withAllowedHosts("pictures.example"), rebinding);
        server.enqueue(picture());

        assertCode(() -> fetcher.fetch(remote("http://pictures.example:" + server.getPort() + "/card.png")), ErrorCode.URL_NOT_EXIST, "could not be reached");
        assertThat(lookups).hasValue(1);
        assertThat(server.getRequestCount()).isZero();

        // Asked again, the name now resolves to the server, and the picture comes.
        assertThat(fetcher.fetch(remote("http://pictures.example:" + server.getPort() + "/card.png"))).isEqualTo(png);
        assertThat(lookups).hasValue(2);
    }

    @Test
    void aRedirectIntoLoopbackIsRefused()
    {
        SafeUrlFetcher.HostResolver resolver = host -> List.of(InetAddress.getByName("127.0.0.1"));
        SafeUrlFetcher fetcher = new SafeUrlFetcher(UrlConfig.defaults().withAllowedHosts("pictures.example"), resolver);
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", url("/admin/secret.png").url()));
        server.enqueue(picture());

        assertCode(() -> fetcher.fetch(remote("http://pictures.example:" + server.getPort() + "/card.png")), ErrorCode.URL_FORMAT_ILLEGAL, "loopback");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void upToThreeRedirectsAreFollowedAndAFourthIsRefused()
            throws InterruptedException
    {
        SafeUrlFetcher fetcher = new SafeUrlFetcher(LOOPBACK_ALLOWED);
        server.enqueue(new MockResponse().setResponseCode(301).setHeader("Location", "/one"));
        server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", url("/two").url()));
        server.enqueue(new MockResponse().setResponseCode(307).setHeader("Location", "three"));
        server.enqueue(picture());

        assertThat(fetcher.fetch(url("/start"))).isEqualTo(png);
        assertThat(List.of(server.takeRequest().getPath(), server.takeRequest().getPath(), server.takeRequest().getPath(), server.takeRequest().getPath()))
                .containsExactly("/start", "/one", "/two", "/three");

        for (int i = 0; i < 4; i++) {
            server.enqueue(new MockResponse().setResponseCode(302).setHeader("Location", "/again" + i));
        }
        assertCode(() -> fetcher.fetch(url("/loop")), ErrorCode.URL_RESPONSE_INVALID, "more than 3 redirects");
    }

    @Test
    void errorStatusesAndAnswersThatAreNoPicturesAreInvalidResponses()
    {
        SafeUrlFetcher fetcher = new SafeUrlFetcher(LOOPBACK_ALLOWED);
        server.enqueue(new MockResponse().setResponseCode(404).setBody("not found"));
        server.enqueue(new MockResponse().setResponseCode(500));
        server.enqueue(new MockResponse().setHeader("Content-Type", "image/png").setBody("<html>a login page</html>"));
        server.enqueue(new MockResponse().setResponseCode(200));
        server.enqueue(new MockResponse().setResponseCode(302));

        assertCode(() -> fetcher.fetch(url("/a")), ErrorCode.URL_RESPONSE_INVALID, "HTTP 404");
        assertCode(() -> fetcher.fetch(url("/b")), ErrorCode.URL_RESPONSE_INVALID, "HTTP 500");
        assertCode(() -> fetcher.fetch(url("/c")), ErrorCode.URL_RESPONSE_INVALID, "not a jpg, png or bmp picture");
        assertCode(() -> fetcher.fetch(url("/d")), ErrorCode.URL_RESPONSE_INVALID, "empty");
        assertCode(() -> fetcher.fetch(url("/e")), ErrorCode.URL_RESPONSE_INVALID, "without a Location");
    }

    @Test
    void aPictureOverTheCapIsRefusedFromItsLengthOrWhileItStreams()
    {
        SafeUrlFetcher fetcher = new SafeUrlFetcher(new UrlConfig("127.0.0.1", Duration.ofSeconds(5), Duration.ofSeconds(5), Duration.ofSeconds(10), 4096));
        byte[] large = new byte[200_000];
        System.arraycopy(png, 0, large, 0, png.length);
        server.enqueue(new MockResponse().setBody(new Buffer().write(large)));
        server.enqueue(new MockResponse().setChunkedBody(new Buffer().write(large), 1024));

        assertCode(() -> fetcher.fetch(url("/declared")), ErrorCode.IMAGE_SIZE_ERROR, "200000 bytes");
        assertCode(() -> fetcher.fetch(url("/chunked")), ErrorCode.IMAGE_SIZE_ERROR, "over 4096 bytes");
    }

    @Test
    void aSilentServerAndASlowDownloadTimeOut()
    {
        SafeUrlFetcher silent = new SafeUrlFetcher(new UrlConfig("127.0.0.1", Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(10), 1 << 20));
        server.enqueue(picture().setHeadersDelay(2, TimeUnit.SECONDS));
        assertCode(() -> silent.fetch(url("/silent")), ErrorCode.URL_DOWNLOAD_TIMEOUT, "in time");

        // Each byte arrives before the read timeout, but the whole download takes longer than allowed.
        SafeUrlFetcher trickle = new SafeUrlFetcher(new UrlConfig("127.0.0.1", Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofMillis(600), 1 << 20));
        byte[] padded = java.util.Arrays.copyOf(png, 6400);
        server.enqueue(new MockResponse().setBody(new Buffer().write(padded)).throttleBody(64, 100, TimeUnit.MILLISECONDS));
        assertCode(() -> trickle.fetch(url("/trickle")), ErrorCode.URL_DOWNLOAD_TIMEOUT, "in time");
    }

    @Test
    void unreachableServersAndUnknownHosts()
            throws IOException
    {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }
        assertCode(() -> new SafeUrlFetcher(LOOPBACK_ALLOWED).fetch(remote("http://127.0.0.1:" + closedPort + "/card.png")), ErrorCode.URL_NOT_EXIST, "could not be reached");

        SafeUrlFetcher.HostResolver nowhere = host -> {
            throw new UnknownHostException(host);
        };
        assertCode(() -> new SafeUrlFetcher(UrlConfig.defaults(), nowhere).fetch(remote("https://no-such-host.example/card.png")), ErrorCode.URL_NOT_EXIST, "does not resolve");
    }

    @Test
    void aConnectionDroppedMidAnswerIsAnInvalidResponse()
    {
        server.enqueue(picture().setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY));

        assertCode(() -> new SafeUrlFetcher(LOOPBACK_ALLOWED).fetch(url("/dropped")), ErrorCode.URL_RESPONSE_INVALID, "broke off");
    }

    @Test
    void malformedAndOverlongUrls()
    {
        SafeUrlFetcher fetcher = new SafeUrlFetcher(UrlConfig.defaults());

        assertCode(() -> fetcher.fetch(remote("ftp://pictures.example/card.png")), ErrorCode.URL_FORMAT_ILLEGAL, "not an http or https URL");
        assertCode(() -> fetcher.fetch(remote("file:///etc/passwd")), ErrorCode.URL_FORMAT_ILLEGAL, "not an http or https URL");
        assertCode(() -> fetcher.fetch(remote("http://")), ErrorCode.URL_FORMAT_ILLEGAL, "not an http or https URL");
        assertCode(() -> fetcher.fetch(remote("a picture, please")), ErrorCode.URL_FORMAT_ILLEGAL, "not an http or https URL");
        assertCode(() -> fetcher.fetch(remote("https://pictures.example/" + "a".repeat(1024))), ErrorCode.URL_SIZE_ERROR, "1024 bytes");
    }

    private MockResponse picture()
    {
        return new MockResponse().setHeader("Content-Type", "image/png").setBody(new Buffer().write(png));
    }

    private static void assertCode(Executable fetch, ErrorCode code, String detail)
    {
        assertThatThrownBy(fetch::execute)
                .isExactlyInstanceOf(CertscanException.class)
                .asInstanceOf(type(CertscanException.class))
                .satisfies(failure -> {
                    assertThat(failure.errorCode()).isEqualTo(code);
                    assertThat(failure.detail()).contains(detail);
                });
    }
}
