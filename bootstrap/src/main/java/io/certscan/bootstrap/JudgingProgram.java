package io.certscan.bootstrap;

import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.application.service.CertificateJudgement;
import io.certscan.bootstrap.config.ConfigurationException;
import io.certscan.bootstrap.config.Settings;
import io.certscan.domain.rule.CertificateRule;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The program that judges stored certificates again and recognises nothing: the catalogue with
 * its rule packs, the built-in rules and the plug-ins' rules, as the recognising program has them,
 * and no engine, so no model is loaded and nothing needs closing. The engine's settings are not
 * bound: a settings file shared with {@code recognize} is taken as it is (an unknown key is still refused).
 */
final class JudgingProgram
{
    private JudgingProgram() {}

    /** @throws ConfigurationException listing every problem with the settings */
    static JudgeCertificates create(Settings settings, ClassLoader plugins)
    {
        List<String> problems = new ArrayList<>();
        CertscanInjector.Foundation foundation = CertscanInjector.Foundation.bind(settings, problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        List<CertificateRule> all = new ArrayList<>(ApplicationModule.builtInRules(foundation.rules(), foundation.catalogue()));
        all.addAll(PluginRules.discover(plugins));
        return new CertificateJudgement(all, foundation.catalogue(), Clock.system(foundation.certscan().timeZone()));
    }
}
