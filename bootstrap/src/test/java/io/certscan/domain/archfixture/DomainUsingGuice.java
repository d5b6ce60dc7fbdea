package io.certscan.domain.archfixture;

import com.google.inject.Injector;
import io.certscan.adapter.fixturealpha.FirstAdapter;

/** A deliberate violation for ArchitectureTest: domain code reaching for Guice and an adapter. */
public final class DomainUsingGuice
{
    public Object lookup(Injector injector)
    {
        return injector.getInstance(FirstAdapter.class);
    }
}
