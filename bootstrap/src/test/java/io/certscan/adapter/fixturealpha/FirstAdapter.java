package io.certscan.adapter.fixturealpha;

import io.certscan.adapter.fixturebeta.SecondAdapter;

/** A deliberate violation for ArchitectureTest: one adapter calling another. */
public final class FirstAdapter
{
    public String call()
    {
        return new SecondAdapter().name();
    }
}
