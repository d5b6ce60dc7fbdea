package io.certscan.application.validation;

import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ConstraintDescriptor;

import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Validates commands with Jakarta Validation and turns violations into one {@link CertscanException}
 * whose code comes from the first violated constraint's {@link ErrorPayload}, and whose detail lists
 * every violation, so a client learns everything wrong with a request at once.
 */
public final class SelfValidation
{
    private SelfValidation() {}

    public static <T> T validate(T object)
    {
        Set<ConstraintViolation<T>> violations = Holder.VALIDATOR.validate(object);
        if (violations.isEmpty()) {
            return object;
        }
        ConstraintViolation<T> first = violations.stream()
                .min(Comparator.comparing(violation -> violation.getPropertyPath().toString()))
                .orElseThrow();
        ErrorCode code = errorCodeOf(first.getConstraintDescriptor());
        String detail = violations.stream()
                .map(violation -> violation.getPropertyPath() + " " + violation.getMessage())
                .sorted()
                .collect(Collectors.joining("; "));
        throw new CertscanException(code, detail);
    }

    private static ErrorCode errorCodeOf(ConstraintDescriptor<?> descriptor)
    {
        return descriptor.getPayload().stream()
                .map(ErrorPayload::errorCodeOf)
                .flatMap(java.util.Optional::stream)
                .findFirst()
                .orElse(ErrorCode.INVALID_PARAM);
    }

    /**
     * Messages are written in full in the constraints; no expression language is needed (or on
     * the classpath), so the template is the message.
     */
    private static final class LiteralMessageInterpolator
            implements MessageInterpolator
    {
        @Override
        public String interpolate(String messageTemplate, Context context)
        {
            return messageTemplate;
        }

        @Override
        public String interpolate(String messageTemplate, Context context, Locale locale)
        {
            return messageTemplate;
        }
    }

    /** Built on first use: bootstrapping a validator costs tens of milliseconds. */
    private static final class Holder
    {
        private static final Validator VALIDATOR;

        static {
            ValidatorFactory factory = Validation.byDefaultProvider()
                    .configure()
                    .messageInterpolator(new LiteralMessageInterpolator())
                    .buildValidatorFactory();
            VALIDATOR = factory.getValidator();
        }
    }
}
