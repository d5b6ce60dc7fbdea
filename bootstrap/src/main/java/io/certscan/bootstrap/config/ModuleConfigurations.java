package io.certscan.bootstrap.config;

import com.google.inject.spi.Element;
import com.google.inject.spi.ProviderInstanceBinding;
import io.certscan.application.config.ConfigProvider;
import io.certscan.application.config.Configurations;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The configuration records modules declare by binding them to a {@link ConfigProvider}, found
 * among the modules' recorded elements (Airlift's configuration binder works the same way), and
 * built from the settings before the injector is made, so every problem of every module is
 * reported at once and nothing starts on a half-valid configuration.
 */
public final class ModuleConfigurations
{
    private ModuleConfigurations() {}

    /** The {@link ConfigProvider}s the elements bind, in the order they are bound. */
    public static List<ConfigProvider<?>> providers(Collection<? extends Element> elements)
    {
        List<ConfigProvider<?>> providers = new ArrayList<>();
        for (Element element : elements) {
            if (element instanceof ProviderInstanceBinding<?> binding && binding.getUserSuppliedProvider() instanceof ConfigProvider<?> provider) {
                providers.add(provider);
            }
        }
        return List.copyOf(providers);
    }

    /** The records the elements bind through a {@link ConfigProvider}, each once, in the order they are bound. */
    public static List<Class<? extends Record>> declaredBy(Collection<? extends Element> elements)
    {
        Set<Class<? extends Record>> types = new LinkedHashSet<>();
        providers(elements).forEach(provider -> types.add(provider.type()));
        return List.copyOf(types);
    }

    /**
     * Every record the providers give, built from the settings, checked by its constraints and by
     * what its module requires of it.
     *
     * @param problems receives one line per problem; when any is added the configurations are incomplete and must not be used
     */
    public static Configurations bind(Collection<ConfigProvider<?>> providers, Settings settings, List<String> problems)
    {
        Map<Class<? extends Record>, Record> records = new LinkedHashMap<>();
        for (ConfigProvider<?> provider : providers) {
            Optional<? extends Record> record = records.containsKey(provider.type())
                    ? Optional.of(records.get(provider.type()))
                    : ConfigBinder.bind(provider.type(), settings, problems);
            record.ifPresent(config -> {
                records.put(provider.type(), config);
                provider.problems(config).stream().filter(problem -> !problems.contains(problem)).forEach(problems::add);
            });
        }
        return Configurations.of(records.values().toArray(Record[]::new));
    }
}
