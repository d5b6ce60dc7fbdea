package io.certscan.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.spi.Element;
import com.google.inject.spi.Elements;
import com.google.inject.spi.Message;
import io.certscan.adapter.baidu.BaiduModule;
import io.certscan.adapter.documents.DocumentsModule;
import io.certscan.adapter.ocr.OcrModule;
import io.certscan.adapter.rest.RestModule;
import io.certscan.application.config.Configurations;
import io.certscan.bootstrap.config.CertscanConfig;
import io.certscan.bootstrap.config.ConfigBinder;
import io.certscan.bootstrap.config.ConfigurationException;
import io.certscan.bootstrap.config.ModuleConfigurations;
import io.certscan.bootstrap.config.RulesConfig;
import io.certscan.bootstrap.config.SettingDefinition;
import io.certscan.bootstrap.config.Settings;
import io.certscan.bootstrap.rules.RulePacks;
import io.certscan.domain.catalogue.CertificateCatalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the program from its settings: binds and validates the bootstrap's own configuration,
 * chooses the modules of the configured engine, builds every configuration record those modules
 * declare (all problems reported together), then creates a strict injector (production stage,
 * explicit bindings only, no circular proxies) from the application module and the engine's
 * modules. The injector's {@link LifeCycle} closes what it opened: {@code injector.getInstance(LifeCycle.class).close()}.
 */
final class CertscanInjector
{
    /** The bootstrap's own configuration: it needs it to choose the engine's modules and to load the rule packs. */
    private static final List<Class<? extends Record>> BOOTSTRAP_CONFIGURATIONS = List.of(CertscanConfig.class, RulesConfig.class);

    /** Every configuration record of the program: the bootstrap's, then those each module it may run with declares. */
    static final List<Class<? extends Record>> CONFIGURATIONS = Stream.concat(BOOTSTRAP_CONFIGURATIONS.stream(),
            ModuleConfigurations.declaredBy(Elements.getElements(new OcrModule(), new DocumentsModule(), new BaiduModule(), new RestModule())).stream()).toList();

    private CertscanInjector() {}

    static List<SettingDefinition> settingDefinitions()
    {
        return CONFIGURATIONS.stream().flatMap(type -> ConfigBinder.definitions(type).stream()).toList();
    }

    static Injector create(Settings settings)
    {
        return create(settings, CertscanInjector::engineModules, classLoader());
    }

    static Injector create(Settings settings, EngineModules engines)
    {
        return create(settings, engines, classLoader());
    }

    /** The program with its HTTP server: the engine's modules and the REST module, every setting checked together. */
    static Injector createServer(Settings settings)
    {
        return createServer(settings, CertscanInjector::engineModules);
    }

    static Injector createServer(Settings settings, EngineModules engines)
    {
        return create(settings, config -> Stream.concat(engines.modules(config).stream(), Stream.of(new RestModule())).toList(), classLoader());
    }

    /** The modules that provide the configured engine; they declare their own configuration. */
    @FunctionalInterface
    interface EngineModules
    {
        List<Module> modules(CertscanConfig config);
    }

    /**
     * @param engines the modules of the configured engine
     * @param plugins where {@link io.certscan.domain.rule.CertscanPlugin} and rule services are looked up
     */
    static Injector create(Settings settings, EngineModules engines, ClassLoader plugins)
    {
        List<String> problems = new ArrayList<>();
        Foundation foundation = Foundation.bind(settings, problems);
        List<Module> modules = new ArrayList<>();
        modules.add(new ApplicationModule(foundation.certscan(), foundation.rules(), PluginRules.discover(plugins), foundation.catalogue()));
        modules.addAll(engines.modules(foundation.certscan()));
        // Recorded once: the configurations the modules declare are found here, and the injector is made from the same elements.
        List<Element> elements = Elements.getElements(Stage.PRODUCTION, modules);
        Configurations configurations = ModuleConfigurations.bind(ModuleConfigurations.providers(elements), settings, problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        LifeCycle lifeCycle = new LifeCycle();
        try {
            return Guice.createInjector(Stage.PRODUCTION, strictness(), lifeCycle.module(), Elements.getModule(elements),
                    binder -> binder.bind(Configurations.class).toInstance(configurations));
        }
        catch (CreationException failed) {
            closeAfterFailure(lifeCycle, failed);
            Throwable cause = failed.getErrorMessages().stream().map(Message::getCause).filter(Objects::nonNull).findFirst().orElse(null);
            if (cause instanceof RuntimeException runtime && !(cause instanceof com.google.inject.ProvisionException)) {
                throw runtime;
            }
            throw failed;
        }
    }

    /**
     * The bootstrap's own configuration and the catalogue its rule packs make: bound before any
     * module, since it chooses the engine's modules and gives the rules their catalogue.
     */
    record Foundation(CertscanConfig certscan, RulesConfig rules, CertificateCatalogue catalogue)
    {
        /**
         * @param problems receives the rule packs' problems, to be reported with the modules'
         * @throws ConfigurationException at once when the configuration itself is invalid (no module can be chosen)
         */
        static Foundation bind(Settings settings, List<String> problems)
        {
            Optional<CertscanConfig> certscan = ConfigBinder.bind(CertscanConfig.class, settings, problems);
            Optional<RulesConfig> rules = ConfigBinder.bind(RulesConfig.class, settings, problems);
            if (!problems.isEmpty()) {
                throw new ConfigurationException(problems);
            }
            return new Foundation(certscan.orElseThrow(), rules.orElseThrow(), RulePacks.catalogue(rules.orElseThrow().packFiles(), problems));
        }
    }

    /** What was opened before the injector failed is closed; the failure to create it is the one reported. */
    private static void closeAfterFailure(LifeCycle lifeCycle, Exception failed)
    {
        try {
            lifeCycle.close();
        }
        catch (RuntimeException alsoFailed) {
            failed.addSuppressed(alsoFailed);
        }
    }

    /** The modules of the configured engine. The cloud recognises with Baidu; the documents module still draws pages for annotated pictures and the console. */
    static List<Module> engineModules(CertscanConfig config)
    {
        return switch (config.engine()) {
            case LOCAL -> List.of(new OcrModule(), new DocumentsModule(), new LocalEngineModule());
            case BAIDU -> List.of(new BaiduModule(), new DocumentsModule());
        };
    }

    static ClassLoader classLoader()
    {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : CertscanInjector.class.getClassLoader();
    }

    private static Module strictness()
    {
        return new AbstractModule()
        {
            @Override
            protected void configure()
            {
                binder().requireExplicitBindings();
                binder().disableCircularProxies();
                binder().requireAtInjectOnConstructors();
            }
        };
    }
}
