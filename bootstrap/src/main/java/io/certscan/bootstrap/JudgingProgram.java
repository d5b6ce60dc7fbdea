package io.certscan.bootstrap;

import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.application.service.CertificateJudgement;
import io.certscan.bootstrap.config.CertscanConfig;
import io.certscan.bootstrap.config.ConfigBinder;
import io.certscan.bootstrap.config.ConfigurationException;
import io.certscan.bootstrap.config.RulesConfig;
import io.certscan.bootstrap.config.Settings;
import io.certscan.bootstrap.rules.RulePacks;
import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.rule.CertificateRule;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The program that judges stored certificates again and recognises nothing: the catalogue with
 * its rule packs, the built-in rules and the plug-ins' rules, as the recognising program has them,
 * and no engine, so no model is loaded and nothing needs closing. The engine's settings are still
 * checked (a settings file shared with {@code recognize} stays valid) but not used.
 */
final class JudgingProgram
{
    private JudgingProgram() {}

    /** @throws ConfigurationException listing every problem with the settings */
    static JudgeCertificates create(Settings settings, ClassLoader plugins)
    {
        List<String> problems = new ArrayList<>();
        Optional<CertscanConfig> certscan = ConfigBinder.bind(CertscanConfig.class, settings, problems);
        Optional<RulesConfig> rules = ConfigBinder.bind(RulesConfig.class, settings, problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        CertificateCatalogue catalogue = RulePacks.catalogue(rules.orElseThrow().packFiles(), problems);
        if (!problems.isEmpty()) {
            throw new ConfigurationException(problems);
        }
        List<CertificateRule> all = new ArrayList<>(ApplicationModule.builtInRules(rules.orElseThrow(), catalogue));
        all.addAll(PluginRules.discover(plugins));
        return new CertificateJudgement(all, catalogue, Clock.system(certscan.orElseThrow().timeZone()));
    }

    static ClassLoader classLoader()
    {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : JudgingProgram.class.getClassLoader();
    }
}
