package io.certscan.adapter.ocr;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.certscan.application.port.out.RecognizeText;

import java.util.List;

import static com.google.inject.Scopes.SINGLETON;
import static java.util.Objects.requireNonNull;

/** The embedded OCR engine, models loaded once for the process. */
public final class OcrModule
        extends AbstractModule
{
    /** The settings this module is configured by: the bootstrap binds and checks them, and lists them in {@code --help} and the README. */
    public static final List<Class<? extends Record>> CONFIGURATIONS = List.of(OcrConfig.class);

    private final OcrConfig config;

    public OcrModule(OcrConfig config)
    {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure()
    {
        bind(OcrConfig.class).toInstance(config);
        bind(RecognizeText.class).to(OnnxTextRecognizer.class).in(SINGLETON);
        bind(OnnxTextRecognizer.class).in(SINGLETON);
    }

    @Provides
    @Singleton
    OnnxModels models()
    {
        return OnnxModels.load(config);
    }
}
