package io.certscan.synthetic;

import io.certscan.bootstrap.Certscan;
import io.certscan.bootstrap.CertscanFactory;

import java.util.Map;

/**
 * The program at its default settings, for every test of this module that recognises: its models
 * are loaded once for the test JVM, on first use; the JVM's exit releases them.
 */
final class SharedEngine
{
    private SharedEngine() {}

    static Certscan get()
    {
        return Holder.ENGINE;
    }

    private static final class Holder
    {
        static final Certscan ENGINE = CertscanFactory.create(Map.of());

        private Holder() {}
    }
}
