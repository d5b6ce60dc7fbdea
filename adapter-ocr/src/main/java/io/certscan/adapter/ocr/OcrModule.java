package io.certscan.adapter.ocr;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.certscan.application.config.ConfigProvider;
import io.certscan.application.port.out.RecognizeText;

import static com.google.inject.Scopes.SINGLETON;

/** The embedded OCR engine, models loaded once for the process; configured by {@link OcrConfig}. */
public final class OcrModule
        extends AbstractModule
{
    @Override
    protected void configure()
    {
        bind(OcrConfig.class).toProvider(ConfigProvider.of(OcrConfig.class)).in(SINGLETON);
        bind(RecognizeText.class).to(OnnxTextRecognizer.class).in(SINGLETON);
        bind(OnnxTextRecognizer.class).in(SINGLETON);
    }

    @Provides
    @Singleton
    OnnxModels models(OcrConfig config)
    {
        return OnnxModels.load(config);
    }
}
