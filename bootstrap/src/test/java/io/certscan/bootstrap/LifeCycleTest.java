package io.certscan.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import com.google.inject.Stage;
import com.google.inject.name.Named;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.google.inject.Scopes.SINGLETON;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LifeCycleTest
{
    private static final List<String> CLOSED = new CopyOnWriteArrayList<>();

    static final class Sessions
            implements AutoCloseable
    {
        @Inject
        Sessions() {}

        @Override
        public void close()
        {
            CLOSED.add("sessions");
        }
    }

    static final class Server
            implements AutoCloseable
    {
        @Inject
        Server(Sessions sessions) {}

        @Override
        public void close()
        {
            CLOSED.add("server");
        }
    }

    static final class Failing
            implements AutoCloseable
    {
        private final String name;

        Failing(String name)
        {
            this.name = name;
        }

        @Override
        public void close()
        {
            CLOSED.add(name);
            throw new IllegalStateException(name + " failed");
        }
    }

    @Test
    void theSingletonsAnInjectorMadeAreClosedTheLastMadeFirstAndOnlyOnce()
    {
        CLOSED.clear();
        LifeCycle lifeCycle = new LifeCycle();
        Sessions given = new Sessions();
        Injector injector = Guice.createInjector(Stage.PRODUCTION, lifeCycle.module(), new AbstractModule()
        {
            @Override
            protected void configure()
            {
                bind(AutoCloseable.class).to(Server.class).in(SINGLETON);
                bind(Server.class).in(SINGLETON);
                bind(Sessions.class).in(SINGLETON);
                bind(Object.class).toInstance(given);
            }
        });

        assertThat(injector.getInstance(LifeCycle.class)).isSameAs(lifeCycle);
        assertThat(lifeCycle.open()).extracting(open -> open.getClass().getSimpleName()).containsExactly("Sessions", "Server");

        lifeCycle.close();
        lifeCycle.close();

        assertThat(CLOSED).containsExactly("server", "sessions");
        assertThat(lifeCycle.open()).isEmpty();
    }

    @Test
    void everythingIsClosedWhenOneFailsAndTheFailuresAreReportedTogether()
    {
        CLOSED.clear();
        LifeCycle lifeCycle = new LifeCycle();
        Guice.createInjector(Stage.PRODUCTION, lifeCycle.module(), new AbstractModule()
        {
            @Override
            protected void configure()
            {
                bind(Sessions.class).in(SINGLETON);
            }

            @Provides
            @Singleton
            Failing first(Sessions sessions)
            {
                return new Failing("first");
            }

            @Provides
            @Singleton
            @Named("second")
            Failing secondFailing(Failing first)
            {
                return new Failing("second");
            }
        });

        assertThatThrownBy(lifeCycle::close)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("cannot close Failing: second failed")
                .satisfies(failure -> assertThat(failure.getSuppressed()).extracting(Throwable::getMessage).containsExactly("first failed"));
        assertThat(CLOSED).containsExactly("second", "first", "sessions");
    }
}
