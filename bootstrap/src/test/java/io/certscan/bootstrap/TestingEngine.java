package io.certscan.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Module;
import io.certscan.adapter.documents.DocumentsModule;
import io.certscan.adapter.ocr.OcrConfig;
import io.certscan.adapter.ocr.OcrModule;
import io.certscan.application.config.ConfigProvider;
import io.certscan.application.config.Configurations;
import io.certscan.application.port.out.RecognizeText;
import io.certscan.bootstrap.config.CertscanConfig;
import jakarta.inject.Inject;

import java.util.List;

import static com.google.inject.Scopes.SINGLETON;

/**
 * The embedded engine for the tests that run the whole program many times: its models are
 * loaded once for the test JVM and handed to every injector (an instance a module is given is
 * not the injector's to close), instead of once per injector. The OCR settings are still bound
 * and checked from the program's settings; only the default ones are shared, and the program
 * refuses to start on others (a test of other OCR settings uses the program's own modules).
 */
final class TestingEngine
{
    private static final OcrConfig SHARED_CONFIG = OcrConfig.defaults();

    private TestingEngine() {}

    /** The engine modules of the program, the OCR's models shared. */
    static CertscanInjector.EngineModules modules()
    {
        return TestingEngine::modules;
    }

    /** The program, as {@code certscan} runs it from this environment, on the shared models. */
    static Main.EnvironmentLauncher launcher()
    {
        return new Main.EnvironmentLauncher(java.util.Map.of(), modules());
    }

    private static List<Module> modules(CertscanConfig config)
    {
        if (config.engine() != CertscanConfig.Engine.LOCAL) {
            return CertscanInjector.engineModules(config);
        }
        return List.of(new AbstractModule()
        {
            @Override
            protected void configure()
            {
                bind(OcrConfig.class).toProvider(ConfigProvider.of(OcrConfig.class)).in(SINGLETON);
                bind(RecognizeText.class).toInstance(Shared.TEXT);
                bind(DefaultOcrSettings.class).asEagerSingleton();
            }
        }, new DocumentsModule(), new LocalEngineModule());
    }

    /** Made when the injector is: the shared models are the default settings' models. */
    static final class DefaultOcrSettings
    {
        @Inject
        DefaultOcrSettings(OcrConfig config)
        {
            if (!config.equals(SHARED_CONFIG)) {
                throw new IllegalStateException("TestingEngine shares the models of the default OCR settings only, not of " + config);
            }
        }
    }

    /** Loaded on first use; the JVM's exit releases it. */
    private static final class Shared
    {
        static final RecognizeText TEXT = Guice.createInjector(new OcrModule(), binder -> binder.bind(Configurations.class).toInstance(Configurations.of(SHARED_CONFIG)))
                .getInstance(RecognizeText.class);
    }
}
