package io.certscan.application.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

/**
 * The size a string takes once UTF-8 encoded and then URL-encoded, as general_ocr counts its
 * limits ("base64 编码和 urlencode 后大小不超过 10M", "url 长度不超过 1024 字节").
 */
@Documented
@Constraint(validatedBy = UrlEncodedSizeValidator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RUNTIME)
public @interface UrlEncodedSize
{
    long max();

    /** Count raw UTF-8 bytes instead of URL-encoded ones. */
    boolean raw() default false;

    String message();

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
