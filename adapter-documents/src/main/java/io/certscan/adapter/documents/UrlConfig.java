package io.certscan.adapter.documents;

import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.ConfigRecords;
import io.certscan.application.config.Setting;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * How {@code url} sources are fetched. By default only public addresses are reached: a URL whose
 * host is, or resolves to, a loopback, private, link-local (cloud metadata), multicast or otherwise
 * internal address is refused, so that nobody can use the service to read the network it runs in.
 */
@ConfigPrefix(value = "url", environment = "CERTSCAN_URL")
public record UrlConfig(
        @Setting(name = "allowed-hosts", defaultValue = "",
                description = "Internal hosts url sources may reach all the same, for intranet deployments: host names, addresses or CIDR blocks, comma-separated (intranet.example, 10.20.0.0/16).")
        @NotNull
        String allowedHosts,
        @Setting(name = "connect-timeout", defaultValue = "5s", description = "Time to connect to the URL's server.")
        @NotNull
        Duration connectTimeout,
        @Setting(name = "read-timeout", defaultValue = "10s", description = "Longest silence while reading the answer.")
        @NotNull
        Duration readTimeout,
        @Setting(name = "download-timeout", defaultValue = "30s", description = "Time for the whole download, redirects included.")
        @NotNull
        Duration downloadTimeout,
        @Setting(name = "max-bytes", defaultValue = "7864320", description = "Largest picture downloaded, in bytes (7.5 MiB: 10 MB once base64-encoded, the API's limit); larger downloads stop there.")
        @Min(1024) @Max(1L << 30)
        long maxBytes)
{
    public UrlConfig
    {
        requireNonNull(allowedHosts, "allowedHosts is null");
        for (Duration duration : new Duration[] {connectTimeout, readTimeout, downloadTimeout}) {
            if (duration != null && (duration.isNegative() || duration.isZero())) {
                throw new IllegalArgumentException("timeouts must be positive, was " + duration);
            }
        }
        // Refuses an allow list it cannot read, at start rather than at the first URL.
        AddressPolicy.parse(allowedHosts);
    }

    /** The declared defaults: public addresses only. */
    public static UrlConfig defaults()
    {
        return ConfigRecords.defaults(UrlConfig.class);
    }

    public UrlConfig withAllowedHosts(String hosts)
    {
        return new UrlConfig(hosts, connectTimeout, readTimeout, downloadTimeout, maxBytes);
    }
}
