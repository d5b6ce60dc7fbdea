package io.certscan.bootstrap.config;

import io.certscan.application.config.Setting;

import java.util.Locale;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/** A setting known to the program: its full key, default, description and whether it is secret. */
public record SettingDefinition(String key, Optional<String> defaultValue, String description, boolean secret)
{
    public SettingDefinition
    {
        requireNonNull(key, "key is null");
        requireNonNull(defaultValue, "defaultValue is null");
        requireNonNull(description, "description is null");
    }

    static SettingDefinition of(String prefix, Setting setting)
    {
        Optional<String> defaultValue = setting.defaultValue().equals(Setting.NO_DEFAULT) ? Optional.empty() : Optional.of(setting.defaultValue());
        return new SettingDefinition(prefix + "." + setting.name(), defaultValue, setting.description(), setting.secret());
    }

    /** {@code baidu.api-key} → {@code BAIDU_API_KEY}. */
    public String environmentVariable()
    {
        return key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
    }
}
