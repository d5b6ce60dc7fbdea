package io.certscan.domain.rule;

import java.util.List;

/**
 * What a jar on the classpath adds to certscan, found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services/io.certscan.domain.rule.CertscanPlugin}). Every method has a default
 * that adds nothing, so extension points can be added later without breaking existing plugins.
 * A single rule can also be registered directly as a {@link CertificateRule} service.
 */
public interface CertscanPlugin
{
    /** Rules every certificate is judged by, besides the built-in ones. */
    default List<CertificateRule> rules()
    {
        return List.of();
    }
}
