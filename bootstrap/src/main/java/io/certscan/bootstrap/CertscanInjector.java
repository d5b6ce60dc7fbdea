package io.certscan.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.Stage;
import com.google.inject.spi.Message;
import io.certscan.adapter.baidu.BaiduConfig;
import io.certscan.adapter.baidu.BaiduModule;
import io.certscan.adapter.documents.DocumentsModule;
import io.certscan.adapter.documents.UrlConfig;
import io.certscan.adapter.ocr.OcrConfig;
import io.certscan.adapter.ocr.OcrModule;
import io.certscan.adapter.rest.RestConfig;
import io.certscan.adapter.rest.RestModule;
import io.certscan.bootstrap.config.CertscanConfig;
import io.certscan.bootstrap.config.ConfigBinder;
import io.certscan.bootstrap.config.ConfigurationException;
import io.certscan.bootstrap.config.RulesConfig;
import io.certscan.bootstrap.config.SettingDefinition;
import io.certscan.bootstrap.rules.RulePacks;
import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.bootstrap.config.Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Builds the program from its settings: binds and validates every configuration record (all
 * problems reported together), then creates a strict injector (production stage, explicit
 * bindings only, no circular proxies) from the application module and the engine's modules.
 * The injector's {@link LifeCycle} closes what it opened: {@code injector.getInstance(LifeCycle.class).close()}.
 */
final class CertscanInjector
{
    /** Every configuration record of the program: those each module declares it is configured by. */
    static final List<Class<? extends Record>> CONFIGURATIONS = Stream.of(ApplicationModule.CONFIGURATIONS, OcrModule.CONFIGURATIONS, DocumentsModule.CONFIGURATIONS,
            BaiduModule.CONFIGURATIONS, RestModule.CONFIGURATIONS).flatMap(List::stream).toList();

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
        return create(settings, (config, all, problems) -> {
            List<Module> modules = new ArrayList<>(engines.modules(config, all, problems));
            ConfigBinder.bind(RestConfig.class, all, problems).ifPresent(rest -> modules.add(new RestModule(rest)));
            return modules;
        }, classLoader());
    }

    /** The modules that provide the configured engine, or problems saying why it cannot be had. */
    @FunctionalInterface
    interface EngineModules
    {
        List<Module> modules(CertscanConfig config, Settings settings, List<String> problems);
    }

    /**
     * @param engines the modules of the configured engine
     * @param plugins where {@link io.certscan.domain.rule.CertscanPlugin} and rule services are looked up
     */
    static Injector create(Settings settings, EngineModules engines, ClassLoader plugins)
    {
        List<String> problems = new ArrayList<>();
        Optional<CertscanConfig> certscan = ConfigBinder.bind(CertscanConfig.class, settings, problems);
        Optional<RulesConfig> rules = ConfigBinder.bind(RulesConfig.class, settings, problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        CertificateCatalogue catalogue = RulePacks.catalogue(rules.orElseThrow().packFiles(), problems);
        List<Module> modules = new ArrayList<>();
        modules.add(new ApplicationModule(certscan.orElseThrow(), rules.orElseThrow(), PluginRules.discover(plugins), catalogue));
        modules.addAll(engines.modules(certscan.orElseThrow(), settings, problems));
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        LifeCycle lifeCycle = new LifeCycle();
        try {
            return Guice.createInjector(Stage.PRODUCTION, Stream.concat(Stream.of(strictness(), lifeCycle.module()), modules.stream()).toList());
        }
        catch (CreationException failed) {
            closeAfterFailure(lifeCycle, failed);
            Throwable cause = failed.getErrorMessages().stream().map(Message::getCause).filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (cause instanceof RuntimeException runtime && !(cause instanceof com.google.inject.ProvisionException)) {
                throw runtime;
            }
            throw failed;
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

    /** The modules of the configured engine; every setting of it is checked, problems collected. */
    static List<Module> engineModules(CertscanConfig config, Settings settings, List<String> problems)
    {
        return switch (config.engine()) {
            case LOCAL -> {
                Optional<OcrConfig> ocr = ConfigBinder.bind(OcrConfig.class, settings, problems);
                Optional<UrlConfig> url = ConfigBinder.bind(UrlConfig.class, settings, problems);
                yield ocr.isPresent() && url.isPresent()
                        ? List.of(new OcrModule(ocr.get()), new DocumentsModule(url.get()), new LocalEngineModule())
                        : List.of();
            }
            case BAIDU -> {
                Optional<BaiduConfig> baidu = ConfigBinder.bind(BaiduConfig.class, settings, problems);
                Optional<UrlConfig> url = ConfigBinder.bind(UrlConfig.class, settings, problems);
                if (baidu.isPresent() && !baidu.get().hasCredentials()) {
                    problems.add("certscan.engine=baidu needs the Baidu application's keys: baidu.api-key (BAIDU_API_KEY) and baidu.secret-key (BAIDU_SECRET_KEY)");
                    yield List.of();
                }
                // The cloud recognises; the documents module still draws pages for annotated pictures and the console.
                yield baidu.isPresent() && url.isPresent() ? List.of(new BaiduModule(baidu.get()), new DocumentsModule(url.get())) : List.of();
            }
        };
    }

    private static ClassLoader classLoader()
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
