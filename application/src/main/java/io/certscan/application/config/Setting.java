package io.certscan.application.config;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * One setting of a {@link ConfigPrefix configuration record}. Its key is the prefix, a dot and
 * {@link #name()}; its environment variable is the key in capitals with dots and dashes as
 * underscores ({@code baidu.api-key} → {@code BAIDU_API_KEY}).
 */
@Documented
@Target(RECORD_COMPONENT)
@Retention(RUNTIME)
public @interface Setting
{
    /** Marks a setting with no default: its component is null unless set. */
    String NO_DEFAULT = "\u0000no default";

    /** The name after the prefix, in kebab case: {@code api-key}. */
    String name();

    String defaultValue() default NO_DEFAULT;

    /** One sentence for {@code --help} and error messages. */
    String description();

    /** A secret is never printed: not in errors, not in the effective configuration. */
    boolean secret() default false;

    /**
     * The environment variable, when it is not the one derived from the key: names that
     * deployments already know ({@code CERTSCAN_API_KEY}) or that must not collide with other
     * programs' variables.
     */
    String environment() default "";
}
