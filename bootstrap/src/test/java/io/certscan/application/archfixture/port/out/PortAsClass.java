package io.certscan.application.archfixture.port.out;

/** A deliberate violation for ArchitectureTest: an out-port written as a class. */
public class PortAsClass
{
    public String read()
    {
        return "";
    }
}
