package io.certscan.bootstrap;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import io.certscan.adapter.fixturealpha.AdapterUsingService;
import io.certscan.adapter.fixturealpha.FirstAdapter;
import io.certscan.adapter.fixturebeta.SecondAdapter;
import io.certscan.application.archfixture.port.out.PortAsClass;
import io.certscan.domain.archfixture.DomainUsingGuice;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ArchitectureTest
{
    private static JavaClasses production;

    @BeforeAll
    static void importProductionClasses()
    {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.certscan");
    }

    static Stream<Arguments> rules()
    {
        return Stream.of(
                Arguments.of("domain depends on java only", ArchitectureRules.DOMAIN_DEPENDS_ON_JAVA_ONLY),
                Arguments.of("application depends on domain and annotations", ArchitectureRules.APPLICATION_DEPENDS_ON_DOMAIN_AND_ANNOTATIONS),
                Arguments.of("no frameworks in the core", ArchitectureRules.NO_FRAMEWORKS_IN_THE_CORE),
                Arguments.of("adapters do not depend on each other", ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER),
                Arguments.of("adapters reach ports, not services", ArchitectureRules.ADAPTERS_REACH_PORTS_NOT_SERVICES),
                Arguments.of("ports are interfaces", ArchitectureRules.PORTS_ARE_INTERFACES),
                Arguments.of("layers", ArchitectureRules.LAYERS));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rules")
    void productionCodeFollowsTheRule(String name, ArchRule rule)
    {
        rule.check(production);
    }

    @Test
    void everyModuleIsImported()
    {
        assertThat(production.stream().map(javaClass -> javaClass.getPackageName().split("\\.")[2]).distinct())
                .contains("domain", "application", "contract", "adapter", "bootstrap");
    }

    @Test
    void domainClassUsingGuiceBreaksTheRules()
    {
        JavaClasses violating = new ClassFileImporter().importClasses(DomainUsingGuice.class);

        assertThatThrownBy(() -> ArchitectureRules.DOMAIN_DEPENDS_ON_JAVA_ONLY.check(violating))
                .isInstanceOf(AssertionError.class).hasMessageContaining("com.google.inject");
        assertThatThrownBy(() -> ArchitectureRules.NO_FRAMEWORKS_IN_THE_CORE.check(violating))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DomainUsingGuice");
    }

    @Test
    void adapterCallingAnotherAdapterBreaksTheRules()
    {
        JavaClasses violating = new ClassFileImporter().importClasses(FirstAdapter.class, SecondAdapter.class);

        assertThatThrownBy(() -> ArchitectureRules.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER.check(violating))
                .isInstanceOf(AssertionError.class).hasMessageContaining("FirstAdapter");
    }

    @Test
    void adapterUsingAServiceBreaksTheRule()
    {
        JavaClasses violating = new ClassFileImporter().importClasses(AdapterUsingService.class);

        assertThatThrownBy(() -> ArchitectureRules.ADAPTERS_REACH_PORTS_NOT_SERVICES.check(violating))
                .isInstanceOf(AssertionError.class).hasMessageContaining("AdapterUsingService").hasMessageContaining("LogIds");
    }

    @Test
    void domainUsingAnAdapterBreaksTheLayers()
    {
        JavaClasses violating = new ClassFileImporter().importClasses(DomainUsingGuice.class, FirstAdapter.class, SecondAdapter.class);

        assertThatThrownBy(() -> ArchitectureRules.LAYERS.check(violating))
                .isInstanceOf(AssertionError.class).hasMessageContaining("DomainUsingGuice");
    }

    @Test
    void portThatIsAClassBreaksTheRule()
    {
        JavaClasses violating = new ClassFileImporter().importClasses(PortAsClass.class);

        assertThatThrownBy(() -> ArchitectureRules.PORTS_ARE_INTERFACES.check(violating))
                .isInstanceOf(AssertionError.class).hasMessageContaining("PortAsClass");
    }
}
