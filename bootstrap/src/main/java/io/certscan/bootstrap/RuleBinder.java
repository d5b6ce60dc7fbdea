package io.certscan.bootstrap;

import com.google.inject.Binder;
import com.google.inject.multibindings.Multibinder;
import io.certscan.domain.rule.CertificateRule;

import static com.google.inject.Scopes.SINGLETON;
import static java.util.Objects.requireNonNull;

/**
 * Adds compliance rules to the set every certificate is judged by:
 * {@code RuleBinder.ruleBinder(binder()).add(MyRule.class)} in any module.
 */
public final class RuleBinder
{
    private final Multibinder<CertificateRule> rules;
    private final Binder binder;

    private RuleBinder(Binder binder)
    {
        this.binder = binder;
        this.rules = Multibinder.newSetBinder(binder, CertificateRule.class);
    }

    public static RuleBinder ruleBinder(Binder binder)
    {
        return new RuleBinder(requireNonNull(binder, "binder is null").skipSources(RuleBinder.class));
    }

    public RuleBinder add(Class<? extends CertificateRule> rule)
    {
        binder.bind(rule).in(SINGLETON);
        rules.addBinding().to(rule);
        return this;
    }

    public RuleBinder add(CertificateRule rule)
    {
        rules.addBinding().toInstance(rule);
        return this;
    }
}
