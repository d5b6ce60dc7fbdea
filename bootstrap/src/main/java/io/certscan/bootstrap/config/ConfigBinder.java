package io.certscan.bootstrap.config;

import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.ConfigRecords;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.lang.reflect.RecordComponent;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Builds {@link ConfigPrefix configuration records} from {@link Settings}: converts each value to
 * its component's type and constructs the record as {@link ConfigRecords} does, then checks the
 * record's Jakarta Validation constraints. Problems are collected, not thrown one by one, so the
 * caller reports them all at once.
 */
public final class ConfigBinder
{
    private static final Validator VALIDATOR = validator();

    private ConfigBinder() {}

    /** The settings a configuration record declares. */
    public static List<SettingDefinition> definitions(Class<? extends Record> type)
    {
        ConfigPrefix prefix = requireNonNull(type.getAnnotation(ConfigPrefix.class), () -> type.getName() + " is not annotated @ConfigPrefix");
        return Arrays.stream(type.getRecordComponents())
                .map(component -> SettingDefinition.of(prefix, ConfigRecords.setting(component)))
                .toList();
    }

    /**
     * @param problems receives one line per problem; when any is added the result is empty
     */
    public static <T extends Record> Optional<T> bind(Class<T> type, Settings settings, List<String> problems)
    {
        String prefix = prefixOf(type);
        RecordComponent[] components = type.getRecordComponents();
        Object[] arguments = new Object[components.length];
        int before = problems.size();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            String key = ConfigRecords.key(component);
            Optional<String> value = settings.get(key);
            if (value.isPresent()) {
                try {
                    arguments[i] = ConfigRecords.convert(value.get(), component.getType());
                }
                catch (IllegalArgumentException | DateTimeException invalid) {
                    problems.add(key + ": " + invalid.getMessage() + shown(settings, key));
                }
            }
            else if (component.getType().isPrimitive()) {
                problems.add(key + ": is required");
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        T config;
        try {
            config = ConfigRecords.construct(type, arguments);
        }
        catch (IllegalArgumentException rejected) {
            problems.add(prefix + ": " + rejected.getMessage());
            return Optional.empty();
        }
        for (ConstraintViolation<T> violation : VALIDATOR.validate(config)) {
            String property = violation.getPropertyPath().toString();
            String key = Arrays.stream(components)
                    .filter(component -> component.getName().equals(property))
                    .findFirst()
                    .map(ConfigRecords::key)
                    .orElse(prefix + "." + property);
            problems.add(key + ": " + violation.getMessage() + shown(settings, key));
        }
        return problems.size() > before ? Optional.empty() : Optional.of(config);
    }

    private static String shown(Settings settings, String key)
    {
        SettingDefinition definition = settings.definition(key);
        String origin = settings.origin(key);
        return definition.secret() ? " (" + origin + ")" : " (was '" + settings.display(definition) + "', " + origin + ")";
    }

    private static String prefixOf(Class<?> type)
    {
        ConfigPrefix prefix = type.getAnnotation(ConfigPrefix.class);
        if (prefix == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated @ConfigPrefix");
        }
        return prefix.value();
    }

    private static Validator validator()
    {
        ValidatorFactory factory = Validation.byDefaultProvider()
                .configure()
                .messageInterpolator(new MessageInterpolator()
                {
                    @Override
                    public String interpolate(String template, Context context)
                    {
                        return interpolate(template, context, Locale.ROOT);
                    }

                    @Override
                    public String interpolate(String template, Context context, Locale locale)
                    {
                        // Constraints here carry readable messages, or the default key: name it plainly.
                        if (template.startsWith("{") && template.endsWith("}")) {
                            Map<String, Object> attributes = context.getConstraintDescriptor().getAttributes();
                            List<String> bounds = new ArrayList<>();
                            for (String attribute : List.of("value", "min", "max")) {
                                if (attributes.containsKey(attribute)) {
                                    bounds.add(attribute + " " + attributes.get(attribute));
                                }
                            }
                            String name = context.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
                            return "violates @" + name + (bounds.isEmpty() ? "" : " (" + String.join(", ", bounds) + ")");
                        }
                        return template;
                    }
                })
                .buildValidatorFactory();
        return factory.getValidator();
    }
}
