package io.certscan.adapter.baidu;

import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.ConfigRecords;
import io.certscan.application.config.Setting;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

/**
 * Settings of the Baidu AI Cloud engine ({@code certscan.engine=baidu}). The key pair is the
 * application's API Key and Secret Key from the Baidu console; the secret is never printed.
 */
@ConfigPrefix("baidu")
public record BaiduConfig(
        @Setting(name = "base-url", environment = "BAIDU_OCR_BASE_URL", defaultValue = "https://aip.baidubce.com",
                description = "Where the general_ocr API and its token endpoint are: Baidu's cloud, or any server that speaks the protocol.")
        @NotNull
        String baseUrl,
        @Setting(name = "api-key", description = "API Key (client_id) of the Baidu application; required with the baidu engine.")
        String apiKey,
        @Setting(name = "secret-key", secret = true, description = "Secret Key (client_secret) of the Baidu application; required with the baidu engine.")
        String secretKey,
        @Setting(name = "connect-timeout", defaultValue = "5s", description = "Time to connect to the cloud.")
        @NotNull
        Duration connectTimeout,
        @Setting(name = "read-timeout", defaultValue = "30s", description = "Longest silence while waiting for the cloud's answer.")
        @NotNull
        Duration readTimeout,
        @Setting(name = "call-timeout", defaultValue = "60s", description = "Time for one call, from connecting to the last byte of the answer.")
        @NotNull
        Duration callTimeout,
        @Setting(name = "retry-budget", defaultValue = "30s", description = "How long a recognition may keep retrying temporary errors (QPS limit, 1, 2, 4, 282000, HTTP 5xx) before it fails.")
        @NotNull
        Duration retryBudget,
        @Setting(name = "qps", defaultValue = "2", description = "Requests per second this process sends at most (the free tier allows 2).")
        @DecimalMin("0.01") @DecimalMax("1000")
        double qps)
{
    public BaiduConfig
    {
        for (Duration duration : new Duration[] {connectTimeout, readTimeout, callTimeout}) {
            if (duration != null && (duration.isNegative() || duration.isZero())) {
                throw new IllegalArgumentException("timeouts must be positive, was " + duration);
            }
        }
        if (retryBudget != null && retryBudget.isNegative()) {
            throw new IllegalArgumentException("retry-budget must not be negative, was " + retryBudget);
        }
        if (baseUrl != null && okhttp3.HttpUrl.parse(baseUrl) == null) {
            throw new IllegalArgumentException("base-url must be an http or https URL, was '" + baseUrl + "'");
        }
    }

    /** Whether both keys are set: the baidu engine cannot run without them. */
    public boolean hasCredentials()
    {
        return apiKey != null && !apiKey.isBlank() && secretKey != null && !secretKey.isBlank();
    }

    /** Never the secret key: settings are printed in errors and logs. */
    @Override
    public String toString()
    {
        return ConfigRecords.toString(this);
    }
}
