package io.certscan.bootstrap.config;

import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.Setting;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * Builds {@link ConfigPrefix configuration records} from {@link Settings}: converts each value to
 * its component's type, then checks the record's Jakarta Validation constraints. Problems are
 * collected, not thrown one by one, so the caller reports them all at once.
 */
public final class ConfigBinder
{
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");
    private static final Validator VALIDATOR = validator();

    private ConfigBinder() {}

    /** The settings a configuration record declares. */
    public static List<SettingDefinition> definitions(Class<? extends Record> type)
    {
        ConfigPrefix prefix = requireNonNull(type.getAnnotation(ConfigPrefix.class), () -> type.getName() + " is not annotated @ConfigPrefix");
        return Arrays.stream(type.getRecordComponents())
                .map(component -> SettingDefinition.of(prefix, settingOf(component)))
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
            String key = prefix + "." + settingOf(component).name();
            Optional<String> value = settings.get(key);
            if (value.isPresent()) {
                try {
                    arguments[i] = convert(value.get(), component.getType());
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
            Constructor<T> constructor = type.getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            config = constructor.newInstance(arguments);
        }
        catch (InvocationTargetException rejected) {
            problems.add(prefix + ": " + rejected.getCause().getMessage());
            return Optional.empty();
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
        for (ConstraintViolation<T> violation : VALIDATOR.validate(config)) {
            String property = violation.getPropertyPath().toString();
            String key = Arrays.stream(components)
                    .filter(component -> component.getName().equals(property))
                    .findFirst()
                    .map(component -> prefix + "." + settingOf(component).name())
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

    static Object convert(String value, Class<?> type)
    {
        if (type == String.class) {
            return value;
        }
        if (type == int.class || type == Integer.class) {
            return parse(value, Integer::parseInt, "an integer");
        }
        if (type == long.class || type == Long.class) {
            return parse(value, Long::parseLong, "an integer");
        }
        if (type == double.class || type == Double.class) {
            return parse(value, Double::parseDouble, "a number");
        }
        if (type == boolean.class || type == Boolean.class) {
            return switch (value.toLowerCase(Locale.ROOT)) {
                case "true", "yes", "on" -> true;
                case "false", "no", "off" -> false;
                default -> throw new IllegalArgumentException("must be true or false");
            };
        }
        if (type == Duration.class) {
            return duration(value);
        }
        if (type == ZoneId.class) {
            try {
                return ZoneId.of(value);
            }
            catch (DateTimeException e) {
                throw new IllegalArgumentException("is not a time zone (such as Asia/Shanghai or +08:00)");
            }
        }
        if (type == Path.class) {
            return Path.of(value);
        }
        if (type.isEnum()) {
            return enumValue(value, type.asSubclass(Enum.class));
        }
        throw new IllegalStateException("no conversion to " + type.getName());
    }

    private static <E extends Enum<E>> E enumValue(String value, Class<E> type)
    {
        String wanted = value.strip().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(wanted)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("must be one of " + Arrays.stream(type.getEnumConstants())
                .map(constant -> constant.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .collect(Collectors.joining(", ")));
    }

    /** 500ms, 10s, 2m, 1h, 1d, or ISO 8601 (PT10S). */
    private static Duration duration(String value)
    {
        Matcher matcher = DURATION.matcher(value.strip().toLowerCase(Locale.ROOT));
        if (matcher.matches()) {
            long amount = Long.parseLong(matcher.group(1));
            return switch (matcher.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
        }
        try {
            return Duration.parse(value.strip());
        }
        catch (DateTimeException e) {
            throw new IllegalArgumentException("is not a duration (such as 500ms, 10s, 2m)");
        }
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> parser, String what)
    {
        try {
            return parser.apply(value.strip());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be " + what);
        }
    }

    private static String prefixOf(Class<?> type)
    {
        ConfigPrefix prefix = type.getAnnotation(ConfigPrefix.class);
        if (prefix == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated @ConfigPrefix");
        }
        return prefix.value();
    }

    private static Setting settingOf(RecordComponent component)
    {
        return requireNonNull(component.getAnnotation(Setting.class),
                () -> component.getDeclaringRecord().getName() + "." + component.getName() + " is not annotated @Setting");
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
