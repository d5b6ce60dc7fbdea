package io.certscan.adapter.baidu;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.port.out.RecognizedPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real Baidu AI Cloud, only when a key pair is in the environment:
 * {@code BAIDU_API_KEY=… BAIDU_SECRET_KEY=… mvn -B test -pl adapter-baidu -Dtest=BaiduCloudTest}.
 * Without the keys it is skipped and says why; it costs one call of the account's quota.
 */
class BaiduCloudTest
{
    @Test
    void theBundledSampleIsRecognisedByTheRealCloud()
            throws IOException
    {
        String apiKey = System.getenv("BAIDU_API_KEY");
        String secretKey = System.getenv("BAIDU_SECRET_KEY");
        Assumptions.assumeTrue(apiKey != null && !apiKey.isBlank() && secretKey != null && !secretKey.isBlank(),
                "BAIDU_API_KEY and BAIDU_SECRET_KEY are not set: the real Baidu cloud is not called");
        String baseUrl = System.getenv().getOrDefault("BAIDU_OCR_BASE_URL", "https://aip.baidubce.com");
        BaiduConfig config = new BaiduConfig(baseUrl, apiKey, secretKey, Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60), Duration.ofSeconds(30), 2);
        BaiduCertificateRecognition engine = new BaiduCertificateRecognition(BaiduModule.api(BaiduModule.client(config), config), config);

        RecognizedPage page = engine.recognize(new DocumentSource.Image(Files.readAllBytes(Path.of("..", "samples", "low-voltage-electrician.png"))));

        assertThat(page.certificates()).isNotEmpty();
        assertThat(page.certificates().get(0).fields()).isNotEmpty();
    }
}
