package io.certscan.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.multibindings.OptionalBinder;
import com.google.inject.Singleton;
import io.certscan.application.port.in.IssueLogIds;
import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.in.RenderDocument;
import io.certscan.application.port.out.RenderPage;
import io.certscan.application.service.LogIds;
import io.certscan.application.service.RecognitionService;
import io.certscan.bootstrap.config.CertscanConfig;
import io.certscan.bootstrap.config.RulesConfig;
import io.certscan.domain.catalogue.CertificateCatalogue;
import io.certscan.domain.rule.CatalogueRule;
import io.certscan.domain.rule.CertificateRule;
import io.certscan.domain.rule.IdentifierRule;
import io.certscan.domain.rule.InvoiceAmountsRule;
import io.certscan.domain.rule.InvoiceDateRule;
import io.certscan.domain.rule.InvoiceQrCodeRule;
import io.certscan.domain.rule.LowConfidenceRule;
import io.certscan.domain.rule.ReviewDateRule;
import io.certscan.domain.rule.ValidityRule;

import java.time.Clock;
import java.util.List;

import static com.google.inject.Scopes.SINGLETON;
import static java.util.Objects.requireNonNull;

/** The use case and what it needs from the program: the clock of the configured zone, log ids, the certificate catalogue, the built-in rules. */
public final class ApplicationModule
        extends AbstractModule
{
    private final CertscanConfig config;
    private final RulesConfig rules;
    private final List<CertificateRule> pluginRules;
    private final CertificateCatalogue catalogue;

    public ApplicationModule(CertscanConfig config, RulesConfig rules, List<CertificateRule> pluginRules, CertificateCatalogue catalogue)
    {
        this.config = requireNonNull(config, "config is null");
        this.rules = requireNonNull(rules, "rules is null");
        this.pluginRules = List.copyOf(requireNonNull(pluginRules, "pluginRules is null"));
        this.catalogue = requireNonNull(catalogue, "catalogue is null");
    }

    @Override
    protected void configure()
    {
        bind(CertscanConfig.class).toInstance(config);
        bind(RecognizeDocument.class).to(RecognitionService.class).in(SINGLETON);
        bind(RenderDocument.class).to(RecognitionService.class).in(SINGLETON);
        bind(JudgeCertificates.class).to(RecognitionService.class).in(SINGLETON);
        bind(RecognitionService.class).in(SINGLETON);
        bind(IssueLogIds.class).to(LogIds.class).in(SINGLETON);
        bind(LogIds.class).in(SINGLETON);
        // The built-in rules and those of plugins on the classpath; any module can add its own.
        bind(CertificateCatalogue.class).toInstance(catalogue);
        // Pages are drawn when the documents module is there (it sets this binding).
        OptionalBinder.newOptionalBinder(binder(), RenderPage.class);
        RuleBinder ruleBinder = RuleBinder.ruleBinder(binder());
        builtInRules(rules, catalogue).forEach(ruleBinder::add);
        pluginRules.forEach(ruleBinder::add);
    }

    /** The rules certscan brings, in the order they judge: the same for a recognition and for a stored result judged again. */
    static List<CertificateRule> builtInRules(RulesConfig rules, CertificateCatalogue catalogue)
    {
        return List.of(
                new ValidityRule(rules.expiringSoonDays(), catalogue),
                new ReviewDateRule(rules.reviewDueSoonDays(), catalogue),
                new IdentifierRule(),
                new InvoiceAmountsRule(),
                new InvoiceQrCodeRule(),
                new InvoiceDateRule(),
                new LowConfidenceRule(rules.lowConfidence()),
                new CatalogueRule(catalogue));
    }

    @Provides
    @Singleton
    Clock clock()
    {
        return Clock.system(config.timeZone());
    }
}
