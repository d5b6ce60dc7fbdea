package io.certscan.adapter.rest;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.multibindings.OptionalBinder;
import io.certscan.application.config.ConfigProvider;
import io.certscan.application.port.in.IssueLogIds;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.in.RenderDocument;

import java.time.Clock;
import java.util.Optional;

import static com.google.inject.Scopes.SINGLETON;

/**
 * The HTTP server and its collaborators, configured by {@link RestConfig} (key pairs, token key, worker pool, metrics,
 * authentication, the two APIs), over the application's {@code RecognizeDocument},
 * {@code IssueLogIds} and {@code Clock}. The pool and the server are closed by the injector's
 * life cycle, the server first.
 */
public final class RestModule
        extends AbstractModule
{
    @Override
    protected void configure()
    {
        bind(RestConfig.class).toProvider(ConfigProvider.of(RestConfig.class)).in(SINGLETON);
        bind(Readiness.class).in(SINGLETON);
        bind(ServerMetrics.class).in(SINGLETON);
        bind(CompatibleApi.class).in(SINGLETON);
        bind(RestServer.class).in(SINGLETON);
        // /v1/page draws with the RenderDocument bound beside the recogniser, when the program binds one.
        OptionalBinder.newOptionalBinder(binder(), RenderDocument.class);
    }

    /** @throws IllegalArgumentException when a keys file is unreadable or holds a weak secret */
    @Provides
    @Singleton
    ApiKeys keys(RestConfig config)
    {
        return ApiKeys.load(config);
    }

    /** @throws IllegalArgumentException when the token key file is unreadable or short */
    @Provides
    @Singleton
    TokenKey tokenKey(RestConfig config)
    {
        return config.tokenKeyFile() == null ? TokenKey.random() : TokenKey.load(config.tokenKeyFile());
    }

    @Provides
    @Singleton
    WorkerPool pool(RestConfig config)
    {
        return new WorkerPool(config.effectiveWorkers(), config.queueCapacity());
    }

    @Provides
    @Singleton
    Authentication authentication(RestConfig config, ApiKeys keys, TokenKey tokenKey, Clock clock)
    {
        return new Authentication(keys, tokenKey, config.tokenLifetime(), clock);
    }

    @Provides
    @Singleton
    RecognitionFlow flow(RestConfig config, RecognizeDocument recognizer, WorkerPool pool, ServerMetrics metrics, IssueLogIds logIds)
    {
        return new RecognitionFlow(recognizer, pool, metrics, logIds, config.maxRequestBytes());
    }

    /** The console's pictures when the use case draws pages. */
    @Provides
    @Singleton
    RichApi richApi(RecognitionFlow flow, Authentication authentication, IssueLogIds logIds, Optional<RenderDocument> renderer)
    {
        return new RichApi(flow, authentication, logIds, renderer);
    }

    @Provides
    @Singleton
    RestHandler handler(RestConfig config, CompatibleApi compatible, RichApi rich, ServerMetrics metrics, IssueLogIds logIds, Readiness readiness)
    {
        return new RestHandler(compatible, rich, metrics, new AccessLog(), logIds, readiness, new RequestBodies(),
                Optional.ofNullable(config.metricsToken()).filter(token -> !token.isBlank()));
    }
}
