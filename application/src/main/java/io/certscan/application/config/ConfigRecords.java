package io.certscan.application.config;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * {@link ConfigPrefix Configuration records} built from their {@link Setting} annotations, whose
 * {@link Setting#defaultValue() defaults} are the only place a default is stated: tests,
 * benchmarks and hosts that build a record without the bootstrap take the defaults from here
 * instead of repeating them. Values are the settings file's text ({@code 30s}, {@code 8080}), by
 * key ({@code server.port}). The bootstrap's binder converts and constructs the same way and checks
 * the records' constraints ({@code @Min}, {@code @NotNull} …) besides; a record built here is
 * checked only by its own constructor.
 */
public final class ConfigRecords
{
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

    private ConfigRecords() {}

    /** Every setting at its declared default; a setting without one is null. */
    public static <T extends Record> T defaults(Class<T> type)
    {
        return of(type, Map.of());
    }

    /**
     * The declared defaults, with the given settings instead where there are some.
     *
     * @throws IllegalArgumentException naming the key, when a key is not the record's, a value does not convert, or the record refuses the values
     */
    public static <T extends Record> T of(Class<T> type, Map<String, String> settings)
    {
        return build(type, component -> declaredDefault(setting(component)).map(value -> convert(key(component), value, component.getType())).orElse(null), settings);
    }

    /**
     * A record's values, with the given settings instead where there are some: a test's or a
     * host's variation of a configuration ({@code server.shutdown-timeout=2s}).
     *
     * @throws IllegalArgumentException naming the key, when a key is not the record's, a value does not convert, or the record refuses the values
     */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T with(T config, Map<String, String> settings)
    {
        requireNonNull(config, "config is null");
        return build((Class<T>) config.getClass(), component -> value(config, component), settings);
    }

    private static <T extends Record> T build(Class<T> type, Function<RecordComponent, Object> otherwise, Map<String, String> settings)
    {
        requireNonNull(type, "type is null");
        requireNonNull(settings, "settings is null");
        RecordComponent[] components = type.getRecordComponents();
        Set<String> unknown = new TreeSet<>(settings.keySet());
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String key = key(components[i]);
            unknown.remove(key);
            arguments[i] = settings.containsKey(key) ? convert(key, settings.get(key), components[i].getType()) : otherwise.apply(components[i]);
            if (arguments[i] == null && components[i].getType().isPrimitive()) {
                throw new IllegalArgumentException(key + ": is required");
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not settings of " + type.getSimpleName() + ": " + unknown + "; its settings are "
                    + Arrays.stream(components).map(ConfigRecords::key).collect(Collectors.joining(", ")));
        }
        return construct(type, arguments);
    }

    /**
     * Calls a record's canonical constructor.
     *
     * @throws IllegalArgumentException with the constructor's words, when the record refuses the values
     */
    public static <T extends Record> T construct(Class<T> type, Object[] arguments)
    {
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new));
            constructor.setAccessible(true);
            return constructor.newInstance(arguments);
        }
        catch (InvocationTargetException rejected) {
            if (rejected.getCause() instanceof IllegalArgumentException refusal) {
                throw refusal;
            }
            if (rejected.getCause() instanceof RuntimeException refusal) {
                // requireNonNull's NullPointerException, or another check's own exception: a refusal all the same.
                throw new IllegalArgumentException(refusal.getMessage(), refusal);
            }
            throw new IllegalStateException("cannot construct " + type.getName(), rejected.getCause());
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot construct " + type.getName(), e);
        }
    }

    /** What a secret setting's value is printed as. */
    public static final String MASK = "****";

    /**
     * A configuration record's text as a record writes it ({@code RestConfig[host=…, port=8080, …]}),
     * but each {@link Setting#secret() secret} setting that is set written {@value #MASK}: what
     * a record's {@code toString} returns, since configurations are printed in errors and logs.
     */
    public static String toString(Record config)
    {
        requireNonNull(config, "config is null");
        return Arrays.stream(config.getClass().getRecordComponents())
                .map(component -> {
                    Object value = value(config, component);
                    boolean masked = value != null && component.isAnnotationPresent(Setting.class) && setting(component).secret();
                    return component.getName() + "=" + (masked ? MASK : value);
                })
                .collect(Collectors.joining(", ", config.getClass().getSimpleName() + "[", "]"));
    }

    /** A component's key: its record's prefix, a dot and its setting's name ({@code server.port}). */
    public static String key(RecordComponent component)
    {
        Class<?> type = component.getDeclaringRecord();
        ConfigPrefix prefix = requireNonNull(type.getAnnotation(ConfigPrefix.class), () -> type.getName() + " is not annotated @ConfigPrefix");
        return prefix.value() + "." + setting(component).name();
    }

    /** The setting a component is. */
    public static Setting setting(RecordComponent component)
    {
        return requireNonNull(component.getAnnotation(Setting.class), () -> component.getDeclaringRecord().getName() + "." + component.getName() + " is not annotated @Setting");
    }

    /** A setting's declared default, unless it has none. */
    public static Optional<String> declaredDefault(Setting setting)
    {
        return setting.defaultValue().equals(Setting.NO_DEFAULT) ? Optional.empty() : Optional.of(setting.defaultValue());
    }

    private static Object convert(String key, String value, Class<?> type)
    {
        try {
            return convert(value, type);
        }
        catch (IllegalArgumentException | DateTimeException invalid) {
            throw new IllegalArgumentException(key + ": " + invalid.getMessage() + " (was '" + value + "')", invalid);
        }
    }

    /**
     * A setting's text as a component's type: strings, numbers, {@code true}/{@code yes}/{@code on}
     * and their opposites, durations ({@code 500ms}, {@code 10s}, {@code 2m}, {@code 1h},
     * {@code 1d} or ISO 8601), time zones, paths and enum constants in kebab case.
     *
     * @throws IllegalArgumentException saying what the text should have been
     */
    public static Object convert(String value, Class<?> type)
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

    private static Object value(Record config, RecordComponent component)
    {
        try {
            Method accessor = component.getAccessor();
            accessor.setAccessible(true);
            return accessor.invoke(config);
        }
        catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read " + key(component), e);
        }
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

    private static <T> T parse(String value, Function<String, T> parser, String what)
    {
        try {
            return parser.apply(value.strip());
        }
        catch (NumberFormatException e) {
            throw new IllegalArgumentException("must be " + what);
        }
    }
}
