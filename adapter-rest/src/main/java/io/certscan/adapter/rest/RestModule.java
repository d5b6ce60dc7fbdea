package io.certscan.adapter.rest;

import com.google.inject.AbstractModule;

import static com.google.inject.Scopes.SINGLETON;
import static java.util.Objects.requireNonNull;

/** The HTTP server, over the application's {@code RecognizeDocument}, {@code IssueLogIds} and {@code Clock}. */
public final class RestModule
        extends AbstractModule
{
    private final RestConfig config;

    public RestModule(RestConfig config)
    {
        this.config = requireNonNull(config, "config is null");
    }

    @Override
    protected void configure()
    {
        bind(RestConfig.class).toInstance(config);
        bind(RestServer.class).in(SINGLETON);
    }
}
