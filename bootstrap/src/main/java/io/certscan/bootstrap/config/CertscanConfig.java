package io.certscan.bootstrap.config;

import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.Setting;
import jakarta.validation.constraints.NotNull;

import java.time.ZoneId;

/** The settings of the program as a whole: which engine recognises, and whose "today" rules use. */
@ConfigPrefix("certscan")
public record CertscanConfig(
        @Setting(name = "engine", defaultValue = "local", description = "Recognition engine: local (embedded, offline) or baidu (Baidu AI Cloud).")
        @NotNull
        Engine engine,
        @Setting(name = "time-zone", defaultValue = "Asia/Shanghai", description = "Time zone of 'today' when validity is judged without --as-of.")
        @NotNull
        ZoneId timeZone)
{
    public enum Engine
    {
        LOCAL, BAIDU
    }
}
