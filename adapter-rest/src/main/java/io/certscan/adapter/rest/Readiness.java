package io.certscan.adapter.rest;

import jakarta.inject.Inject;

import java.util.function.BooleanSupplier;

/** Whether the server answers recognitions: true from its start until it begins to stop (the health check reads it). */
final class Readiness
        implements BooleanSupplier
{
    private volatile boolean ready;

    @Inject
    Readiness() {}

    void ready(boolean ready)
    {
        this.ready = ready;
    }

    @Override
    public boolean getAsBoolean()
    {
        return ready;
    }
}
