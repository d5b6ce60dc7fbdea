package io.certscan.bootstrap;

import io.certscan.domain.rule.CertificateRule;
import io.certscan.domain.rule.CertscanPlugin;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import static java.util.Objects.requireNonNull;

/**
 * Rules from jars on the classpath: {@link CertificateRule} services and the rules of
 * {@link CertscanPlugin} services. A plugin that cannot be loaded stops the start with its name,
 * rather than judging certificates with a rule silently missing.
 */
final class PluginRules
{
    private PluginRules() {}

    static List<CertificateRule> discover(ClassLoader classLoader)
    {
        requireNonNull(classLoader, "classLoader is null");
        List<CertificateRule> rules = new ArrayList<>();
        try {
            ServiceLoader.load(CertificateRule.class, classLoader).forEach(rules::add);
            for (CertscanPlugin plugin : ServiceLoader.load(CertscanPlugin.class, classLoader)) {
                rules.addAll(requireNonNull(plugin.rules(), () -> plugin.getClass().getName() + ".rules() returned null"));
            }
        }
        catch (ServiceConfigurationError broken) {
            throw new IllegalStateException("cannot load a certscan plugin: " + broken.getMessage(), broken);
        }
        return rules;
    }
}
