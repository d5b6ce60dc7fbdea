package io.certscan.adapter.fixturealpha;

import io.certscan.application.service.LogIds;

/** A deliberate violation for ArchitectureTest: an adapter reaching a service instead of its port. */
public final class AdapterUsingService
{
    public String call(LogIds logIds)
    {
        return logIds.next().toString();
    }
}
