package io.certscan.adapter.fixturebeta;

public final class SecondAdapter
{
    public String name()
    {
        return "second";
    }
}
