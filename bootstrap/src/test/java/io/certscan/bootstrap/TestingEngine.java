package io.certscan.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Module;
import io.certscan.adapter.documents.DocumentsModule;
import io.certscan.adapter.documents.UrlConfig;
import io.certscan.adapter.ocr.OcrConfig;
import io.certscan.adapter.ocr.OcrModule;
import io.certscan.application.port.out.RecognizeText;
import io.certscan.bootstrap.config.CertscanConfig;
import io.certscan.bootstrap.config.ConfigBinder;
import io.certscan.bootstrap.config.Settings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The embedded engine for the tests that run the whole program many times: its models are
 * loaded once for the test JVM and handed to every injector (an instance a module is given is
 * not the injector's to close), instead of once per injector. Settings that change the OCR, or
 * another engine, get the program's own modules.
 */
final class TestingEngine
{
    private static final OcrConfig SHARED_CONFIG = OcrConfig.defaults();

    private TestingEngine() {}

    /** The engine modules of the program, with the shared models when the settings are the default OCR's. */
    static CertscanInjector.EngineModules modules()
    {
        return TestingEngine::modules;
    }

    /** The program, as {@code certscan} runs it from this environment, on the shared models. */
    static Main.EnvironmentLauncher launcher()
    {
        return new Main.EnvironmentLauncher(java.util.Map.of(), modules());
    }

    private static List<Module> modules(CertscanConfig config, Settings settings, List<String> problems)
    {
        if (config.engine() != CertscanConfig.Engine.LOCAL) {
            return CertscanInjector.engineModules(config, settings, problems);
        }
        List<String> own = new ArrayList<>();
        Optional<OcrConfig> ocr = ConfigBinder.bind(OcrConfig.class, settings, own);
        Optional<UrlConfig> url = ConfigBinder.bind(UrlConfig.class, settings, own);
        if (!own.isEmpty() || !ocr.orElseThrow().equals(SHARED_CONFIG)) {
            return CertscanInjector.engineModules(config, settings, problems);
        }
        RecognizeText text = Shared.TEXT;
        return List.of(new AbstractModule()
        {
            @Override
            protected void configure()
            {
                bind(OcrConfig.class).toInstance(SHARED_CONFIG);
                bind(RecognizeText.class).toInstance(text);
            }
        }, new DocumentsModule(url.orElseThrow()), new LocalEngineModule());
    }

    /** Loaded on first use; the JVM's exit releases it. */
    private static final class Shared
    {
        static final RecognizeText TEXT = Guice.createInjector(new OcrModule(SHARED_CONFIG)).getInstance(RecognizeText.class);
    }
}
