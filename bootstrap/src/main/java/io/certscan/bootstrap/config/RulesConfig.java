package io.certscan.bootstrap.config;

import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.Setting;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

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
        double lowConfidence) {}
