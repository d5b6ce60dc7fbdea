package io.certscan.bootstrap.config;

import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.Setting;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Settings of the built-in compliance rules. */
@ConfigPrefix("rules")
public record RulesConfig(
        @Setting(name = "expiring-soon-days", defaultValue = "30", description = "Days before the end of validity from which a certificate is expiring soon.")
        @Min(0) @Max(3650)
        int expiringSoonDays,
        @Setting(name = "review-due-soon-days", defaultValue = "60", description = "Days before a review deadline from which the review is due soon.")
        @Min(0) @Max(3650)
        int reviewDueSoonDays,
        @Setting(name = "low-confidence", defaultValue = "0.8", description = "Recognition confidence below which a field is to be checked by hand.")
        @DecimalMin("0") @DecimalMax("1")
        double lowConfidence,
        @Setting(name = "packs", defaultValue = "", description = "Rule packs (JSON) adding or redefining certificate types, comma-separated paths; --rules FILE adds one.")
        @NotNull
        String packs)
{
    /** The pack files, in the order given. */
    public List<Path> packFiles()
    {
        return Arrays.stream(packs.split(",")).map(String::strip).filter(path -> !path.isEmpty()).map(Path::of).toList();
    }
}
