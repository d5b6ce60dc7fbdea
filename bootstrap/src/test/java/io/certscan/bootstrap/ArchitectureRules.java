package io.certscan.bootstrap;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/** The dependency rules of STYLE.md §18, shared by the real check and the proof that they bite. */
final class ArchitectureRules
{
    static final ArchRule DOMAIN_DEPENDS_ON_JAVA_ONLY = classes()
            .that().resideInAPackage("io.certscan.domain..")
            .should().onlyDependOnClassesThat().resideInAnyPackage("io.certscan.domain..", "java..")
            .because("the domain is pure model and rules");

    static final ArchRule APPLICATION_DEPENDS_ON_DOMAIN_AND_ANNOTATIONS = classes()
            .that().resideInAPackage("io.certscan.application..")
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    "io.certscan.application..", "io.certscan.domain..", "java..", "jakarta.validation..", "jakarta.inject..")
            .because("use cases and ports know the domain and the standard annotations, nothing else");

    static final ArchRule NO_FRAMEWORKS_IN_THE_CORE = noClasses()
            .that().resideInAnyPackage("io.certscan.domain..", "io.certscan.application..")
            .should().dependOnClassesThat().resideInAnyPackage("com.google.inject..", "retrofit2..", "com.squareup.moshi..", "okhttp3..", "okio..");

    static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("io.certscan.adapter.(*)..")
            .should().notDependOnEachOther();

    static final ArchRule ADAPTERS_REACH_PORTS_NOT_SERVICES = noClasses()
            .that().resideInAnyPackage("io.certscan.adapter..", "io.certscan.contract..")
            .should().dependOnClassesThat().resideInAPackage("io.certscan.application.service..")
            .because("adapters reach the application through its ports (buckpal's DependencyRuleTests); services are the bootstrap's to bind");

    static final ArchRule PORTS_ARE_INTERFACES = classes()
            .that().resideInAnyPackage("..port.in..", "..port.out..")
            .and().areTopLevelClasses()
            .and(DescribedPredicate.not(records()))
            .should().beInterfaces()
            .because("a port is a small interface; the values it carries are records");

    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("Domain").definedBy("io.certscan.domain..")
            .layer("Application").definedBy("io.certscan.application..")
            .layer("Contract").definedBy("io.certscan.contract..")
            .layer("Adapters").definedBy("io.certscan.adapter..")
            .layer("Bootstrap").definedBy("io.certscan.bootstrap..")
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Adapters").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Contract").mayOnlyBeAccessedByLayers("Adapters", "Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Contract", "Adapters", "Bootstrap")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Contract", "Adapters", "Bootstrap");

    private ArchitectureRules() {}

    private static DescribedPredicate<JavaClass> records()
    {
        return DescribedPredicate.describe("records", javaClass -> javaClass.getRawSuperclass()
                .map(superclass -> superclass.isEquivalentTo(Record.class) || superclass.isEquivalentTo(Enum.class))
                .orElse(false));
    }
}
