package io.certscan.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.service.LogIds;
import io.certscan.application.service.RecognitionService;
import io.certscan.bootstrap.config.CertscanConfig;

import java.time.Clock;

import static com.google.inject.Scopes.SINGLETON;
import static java.util.Objects.requireNonNull;

/** The use case and what it needs from the program: the clock of the configured zone, log ids, the rule set. */
public final class ApplicationModule
        extends AbstractModule
{
    private final CertscanConfig config;

    public ApplicationModule(CertscanConfig config)
    {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure()
    {
        bind(CertscanConfig.class).toInstance(config);
        bind(RecognizeDocument.class).to(RecognitionService.class).in(SINGLETON);
        bind(RecognitionService.class).in(SINGLETON);
        bind(LogIds.class).in(SINGLETON);
        // Declares the (possibly empty) rule set so that modules can add to it.
        RuleBinder.ruleBinder(binder());
    }

    @Provides
    @Singleton
    Clock clock()
    {
        return Clock.system(config.timeZone());
    }
}
