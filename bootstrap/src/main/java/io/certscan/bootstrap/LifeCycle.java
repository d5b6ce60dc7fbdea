package io.certscan.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Module;
import com.google.inject.Scopes;
import com.google.inject.matcher.Matchers;
import com.google.inject.spi.InstanceBinding;
import com.google.inject.spi.ProvisionListener;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an injector opened, closed when it stops: every singleton the injector makes that is
 * {@link AutoCloseable} (the ONNX sessions, the HTTP server) is remembered as it is made and
 * closed in the reverse order, the last made first, so the server stops before the models it
 * runs on are released (Airlift's {@code LifeCycleManager}). An instance handed to a module
 * ({@code toInstance}) belongs to whoever made it and is left open.
 */
final class LifeCycle
        implements ProvisionListener, AutoCloseable
{
    /** In the order they were made; identity, since a linked binding provides its target's instance again. */
    private final Map<AutoCloseable, Boolean> opened = new IdentityHashMap<>();
    private final List<AutoCloseable> order = new ArrayList<>();
    private boolean closed;

    /** The module that makes an injector tell this life cycle what it opens. */
    Module module()
    {
        LifeCycle lifeCycle = this;
        return new AbstractModule()
        {
            @Override
            protected void configure()
            {
                bind(LifeCycle.class).toInstance(lifeCycle);
                bindListener(Matchers.any(), lifeCycle);
            }
        };
    }

    @Override
    public <T> void onProvision(ProvisionInvocation<T> provision)
    {
        T instance = provision.provision();
        if (instance instanceof AutoCloseable closeable && Scopes.isSingleton(provision.getBinding()) && !(provision.getBinding() instanceof InstanceBinding)) {
            opened(closeable);
        }
    }

    private synchronized void opened(AutoCloseable closeable)
    {
        if (opened.put(closeable, Boolean.TRUE) == null) {
            order.add(closeable);
        }
    }

    /** What is open, in the order it was made. */
    synchronized List<AutoCloseable> open()
    {
        return List.copyOf(order);
    }

    /**
     * Closes everything opened, the last made first; each is closed even when an earlier one
     * fails. Closing again does nothing.
     *
     * @throws IllegalStateException carrying the first failure, the others suppressed in it
     */
    @Override
    public void close()
    {
        List<AutoCloseable> closing;
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            closing = new ArrayList<>(order);
            order.clear();
            opened.clear();
        }
        IllegalStateException failure = null;
        for (int i = closing.size() - 1; i >= 0; i--) {
            try {
                closing.get(i).close();
            }
            catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("cannot close " + closing.get(i).getClass().getSimpleName() + ": " + e.getMessage(), e);
                }
                else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
