package io.certscan.application.config;

import jakarta.inject.Inject;
import jakarta.inject.Provider;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static java.util.Objects.requireNonNull;

/**
 * How a module declares the configuration record it is configured by, as Airlift's
 * {@code configBinder(binder()).bindConfig(…)} does:
 * {@code bind(OcrConfig.class).toProvider(ConfigProvider.of(OcrConfig.class))}. The bootstrap
 * finds these bindings among a module's elements, so the module's own code is the one list of its
 * settings: they are bound, checked, listed in {@code --help} and in the README from there.
 * What the module needs of the record beyond its own constraints is stated with
 * {@link #requiring}, and checked with them, before anything starts.
 */
public final class ConfigProvider<T extends Record>
        implements Provider<T>
{
    private final Class<T> type;
    private final List<Requirement<T>> requirements;
    private Configurations configurations;

    private ConfigProvider(Class<T> type, List<Requirement<T>> requirements)
    {
        this.type = requireNonNull(type, "type is null");
        this.requirements = List.copyOf(requirements);
        if (type.getAnnotation(ConfigPrefix.class) == null) {
            throw new IllegalArgumentException(type.getName() + " is not annotated @ConfigPrefix");
        }
    }

    public static <T extends Record> ConfigProvider<T> of(Class<T> type)
    {
        return new ConfigProvider<>(type, List.of());
    }

    /**
     * The same, the module refusing a record that does not meet {@code requirement}: the baidu
     * engine's module needs both keys, though the record itself is valid without them.
     *
     * @param problem the line reported when the requirement is not met, saying what to set
     */
    public ConfigProvider<T> requiring(Predicate<? super T> requirement, String problem)
    {
        List<Requirement<T>> all = new ArrayList<>(requirements);
        all.add(new Requirement<>(requirement, problem));
        return new ConfigProvider<>(type, all);
    }

    /** What the module finds wrong with a record built from the settings: one line per requirement not met. */
    public List<String> problems(Record config)
    {
        T typed = type.cast(config);
        return requirements.stream().filter(requirement -> !requirement.test().test(typed)).map(Requirement::problem).toList();
    }

    /** The record this provider gives. */
    public Class<T> type()
    {
        return type;
    }

    @Inject
    void setConfigurations(Configurations configurations)
    {
        this.configurations = requireNonNull(configurations, "configurations is null");
    }

    @Override
    public T get()
    {
        if (configurations == null) {
            throw new IllegalStateException(type.getSimpleName() + " is asked for before the injector gave its configurations");
        }
        return configurations.get(type);
    }

    @Override
    public String toString()
    {
        return "ConfigProvider[" + type.getSimpleName() + "]";
    }

    private record Requirement<T>(Predicate<? super T> test, String problem)
    {
        Requirement
        {
            requireNonNull(test, "test is null");
            requireNonNull(problem, "problem is null");
        }
    }
}
