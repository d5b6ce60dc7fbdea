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

    /**
     * The prefix of the settings' environment variables when it is not the key prefix in
     * capitals: {@code CERTSCAN_SERVER} makes {@code server.port} {@code CERTSCAN_SERVER_PORT},
     * so a variable another program set ({@code SERVER_PORT}) is never taken for ours.
     */
    String environment() default "";
}
