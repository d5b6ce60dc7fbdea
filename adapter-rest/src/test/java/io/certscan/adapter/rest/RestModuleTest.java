package io.certscan.adapter.rest;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Stage;
import io.certscan.application.config.ConfigRecords;
import io.certscan.application.config.Configurations;
import io.certscan.application.port.in.IssueLogIds;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognizeDocument;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The module binds its configuration and the server's collaborators, one of each, over the application's bindings, in a strict injector. */
class RestModuleTest
{
    @Test
    void theServerAndItsCollaboratorsAreWiredOnceFromTheConfiguration()
    {
        Injector injector = strictInjector(RestConfig.loopbackForTesting().withPool(3, 7));

        RestServer server = injector.getInstance(RestServer.class);

        assertThat(injector.getInstance(RestServer.class)).isSameAs(server);
        assertThat(injector.getInstance(WorkerPool.class)).isSameAs(injector.getInstance(WorkerPool.class))
                .satisfies(pool -> assertThat(pool.workers()).isEqualTo(3))
                .satisfies(pool -> assertThat(pool.queueCapacity()).isEqualTo(7));
        assertThat(injector.getInstance(RichApi.class)).isSameAs(injector.getInstance(RichApi.class));
        assertThat(server.securityNotes()).contains("3 workers, up to 7 waiting requests, bodies up to 11010048 bytes");
    }

    @Test
    void aCollaboratorsRefusalStopsTheInjectorWithItsWords()
    {
        RestConfig open = ConfigRecords.with(RestConfig.loopbackForTesting(), Map.of("server.host", "0.0.0.0"));

        assertThatThrownBy(() -> strictInjector(open))
                .isInstanceOf(CreationException.class)
                .hasMessageContaining("--insecure-no-auth");
    }

    private static Injector strictInjector(RestConfig config)
    {
        AtomicLong ids = new AtomicLong();
        return Guice.createInjector(Stage.PRODUCTION, new RestModule(), new AbstractModule()
        {
            @Override
            protected void configure()
            {
                binder().requireExplicitBindings();
                binder().requireAtInjectOnConstructors();
                binder().disableCircularProxies();
                bind(Configurations.class).toInstance(Configurations.of(config));
                bind(RecognizeDocument.class).toInstance(new TestingRecognizer());
                bind(IssueLogIds.class).toInstance(() -> new LogId(ids.incrementAndGet()));
                bind(Clock.class).toInstance(Clock.systemUTC());
            }
        });
    }
}
