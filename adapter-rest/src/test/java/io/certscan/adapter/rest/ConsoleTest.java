package io.certscan.adapter.rest;

import io.certscan.application.document.DocumentSource;
import io.certscan.domain.geometry.QuarterTurns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The console's files and the page endpoint it draws on. */
class ConsoleTest
{
    private final TestingServer server = new TestingServer();

    @AfterEach
    void stop()
    {
        server.close();
    }

    @Test
    void theConsoleIsServedFromTheJarAndMayFetchNothingElse()
    {
        HttpResponse<String> page = server.get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("default-src 'none'", "script-src 'self'", "connect-src 'self'"));
        // Nothing from elsewhere: every script, style and picture comes from this server (http:// only names the SVG namespace).
        assertThat(page.body()).contains("<script src=\"/console/console.js\" defer></script>", "证照识别控制台", "recognition console")
                .doesNotContainPattern("(src|href)=\"(https?:)?//");
        assertThat(server.get("/console/console.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(server.get("/console/console.js").body()).contains("fetch('/oauth/2.0/token'", "post('/v1/recognize'", "post('/v1/page?rotation='")
                .doesNotContainPattern("fetch\\(['\"](https?:)?//");
        assertThat(server.get("/console/console.css").body()).contains("[hidden]");
        assertThat(server.post("/", "text/plain", new byte[0]).statusCode()).isEqualTo(405);
    }

    @Test
    void thePageOfAnUploadIsAPng()
            throws IOException
    {
        byte[] body = TestingServer.multipart("page", Map.of("page", "2"), "file", "licence.pdf", "%PDF-1.7 fake".getBytes(java.nio.charset.StandardCharsets.US_ASCII));

        HttpResponse<byte[]> response = server.sendBytes(HttpRequest.newBuilder(server.uri.resolve("/v1/page"))
                .header("Content-Type", "multipart/form-data; boundary=page")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(picture.getWidth()).isEqualTo(120);
        assertThat(picture.getRGB(10, 10) & 0xFFFFFF).isEqualTo(0xFF8F00);
        assertThat(server.recognizer.lastCommand().source()).isInstanceOfSatisfying(DocumentSource.Pdf.class, pdf -> assertThat(pdf.page()).isEqualTo(2));
        assertThat(server.get("/v1/page").statusCode()).isEqualTo(405);
    }

    @Test
    void aPhotosPageIsAJpegTurnedAsItsRecognitionReadItAndNoLargerThanAsked()
            throws IOException
    {
        byte[] body = TestingServer.multipart("page", Map.of(), "file", "card.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});

        HttpResponse<byte[]> response = server.sendBytes(HttpRequest.newBuilder(server.uri.resolve("/v1/page?rotation=90&max_side=64"))
                .header("Content-Type", "multipart/form-data; boundary=page")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
        assertThat(server.recognizer.turns).containsExactly(QuarterTurns.CLOCKWISE);
        // The renderer's page turned is 80 × 120; its longest side brought to 64.
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(picture.getWidth()).isEqualTo(43);
        assertThat(picture.getHeight()).isEqualTo(64);
        assertThat(new java.awt.Color(picture.getRGB(20, 30)).getRed()).isGreaterThan(200);
    }

    @Test
    void aRotationOrSizeThatIsNoneIsRefusedWithWhatItMustBe()
    {
        byte[] body = TestingServer.multipart("page", Map.of(), "file", "card.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3});

        for (String query : new String[] {"rotation=45", "rotation=left", "max_side=10", "max_side=big"}) {
            HttpResponse<String> response = server.send(HttpRequest.newBuilder(server.uri.resolve("/v1/page?" + query))
                    .header("Content-Type", "multipart/form-data; boundary=page")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)));

            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("\"error_code\":216100").contains(query.substring(0, query.indexOf('=')));
        }
        assertThat(server.recognizer.turns).isEmpty();
    }
}
