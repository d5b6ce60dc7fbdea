package io.certscan.application.config;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * Marks a record as a configuration class whose components are settings named
 * {@code <prefix>.<name>}: {@code @ConfigPrefix("baidu")} gives {@code baidu.api-key}. The
 * bootstrap binds such records from defaults, the settings file, the environment and flags.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
public @interface ConfigPrefix
{
    String value();
}
