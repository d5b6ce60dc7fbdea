package io.certscan.bootstrap.config;

import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.ConfigRecords;
import io.certscan.application.config.Setting;

import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A setting known to the program: its full key, default, description and whether it is secret. */
public record SettingDefinition(String key, Optional<String> defaultValue, String description, boolean secret, String environmentVariable)
{
    public SettingDefinition
    {
        requireNonNull(key, "key is null");
        requireNonNull(defaultValue, "defaultValue is null");
        requireNonNull(description, "description is null");
        requireNonNull(environmentVariable, "environmentVariable is null");
    }

    /** A setting whose environment variable is its key in capitals: {@code baidu.api-key} → {@code BAIDU_API_KEY}. */
    public SettingDefinition(String key, Optional<String> defaultValue, String description, boolean secret)
    {
        this(key, defaultValue, description, secret, capitals(key));
    }

    static SettingDefinition of(ConfigPrefix prefix, Setting setting)
    {
        Optional<String> defaultValue = ConfigRecords.declaredDefault(setting);
        String key = prefix.value() + "." + setting.name();
        String variable = !setting.environment().isEmpty() ? setting.environment()
                : !prefix.environment().isEmpty() ? prefix.environment() + "_" + capitals(setting.name())
                : capitals(key);
        return new SettingDefinition(key, defaultValue, setting.description(), setting.secret(), variable);
    }

    private static String capitals(String key)
    {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
