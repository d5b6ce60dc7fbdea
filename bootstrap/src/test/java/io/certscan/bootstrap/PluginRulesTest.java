package io.certscan.bootstrap;

import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.bootstrap.config.Settings;
import io.certscan.domain.rule.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rules from a separate jar, compiled here, found on the classpath through ServiceLoader. */
class PluginRulesTest
{
    @TempDir
    Path directory;

    @Test
    void aPluginAndARuleServiceInASeparateJarJudgeEveryCertificate()
            throws Exception
    {
        Path jar = pluginJar(Map.of(
                "acme/AcmePlugin.java", """
                        package acme;
                        import io.certscan.domain.rule.*;
                        import java.util.*;
                        public class AcmePlugin implements CertscanPlugin {
                            @Override public List<CertificateRule> rules() {
                                return List.of((certificate, asOf) -> List.of(new Finding("ACME_SEEN", Severity.INFO, Optional.empty(),
                                        "已检查：" + certificate.title().orElse(""), "checked: " + certificate.title().orElse(""))));
                            }
                        }
                        """,
                "acme/OnlyRule.java", """
                        package acme;
                        import io.certscan.domain.certificate.Certificate;
                        import io.certscan.domain.rule.*;
                        import java.time.LocalDate;
                        import java.util.*;
                        public class OnlyRule implements CertificateRule {
                            @Override public List<Finding> evaluate(Certificate certificate, LocalDate asOf) {
                                return List.of(new Finding("ACME_RULE", Severity.WARNING, Optional.empty(), "规则", "rule"));
                            }
                        }
                        """),
                Map.of("io.certscan.domain.rule.CertscanPlugin", "acme.AcmePlugin", "io.certscan.domain.rule.CertificateRule", "acme.OnlyRule"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            RecognizeDocument recognizer = CertscanInjector.create(settings(), config -> List.of(new CertscanInjectorTest.FixedEngineModule()), loader)
                    .getInstance(RecognizeDocument.class);

            List<Finding> findings = recognizer.recognize(RecognizeCommand.ofImage(new byte[] {1}).withAsOf(LocalDate.of(2026, 11, 23)))
                    .certificates().stream().flatMap(judged -> judged.findings().stream()).toList();

            assertThat(findings).extracting(Finding::code).contains("ACME_SEEN", "ACME_RULE");
            assertThat(findings).filteredOn(finding -> finding.code().equals("ACME_SEEN")).singleElement()
                    .extracting(Finding::englishMessage).isEqualTo("checked: 营业执照");
        }
    }

    @Test
    void aPluginRuleThatReadsTheFactsIsGivenTheTypeTheCatalogueDecided()
            throws Exception
    {
        Path jar = pluginJar(Map.of(
                "acme/TypeRule.java", """
                        package acme;
                        import io.certscan.domain.certificate.Certificate;
                        import io.certscan.domain.catalogue.CertificateType;
                        import io.certscan.domain.rule.*;
                        import java.time.LocalDate;
                        import java.util.*;
                        public class TypeRule implements CertificateRule {
                            @Override public List<Finding> evaluate(Certificate certificate, LocalDate asOf) {
                                return List.of(new Finding("ACME_ALONE", Severity.INFO, Optional.empty(), "单独", "alone"));
                            }
                            @Override public List<Finding> evaluate(CertificateFacts facts, LocalDate asOf) {
                                String type = facts.type().map(CertificateType::id).orElse("none");
                                return List.of(new Finding("ACME_TYPE", Severity.INFO, Optional.empty(), type, type));
                            }
                        }
                        """),
                Map.of("io.certscan.domain.rule.CertificateRule", "acme.TypeRule"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            RecognizeDocument recognizer = CertscanInjector.create(settings(), config -> List.of(new CertscanInjectorTest.FixedEngineModule()), loader)
                    .getInstance(RecognizeDocument.class);

            assertThat(recognizer.recognize(RecognizeCommand.ofImage(new byte[] {1})).certificates()).singleElement().satisfies(judged -> {
                assertThat(judged.findings()).extracting(Finding::code).contains("ACME_TYPE").doesNotContain("ACME_ALONE");
                assertThat(judged.findings()).filteredOn(finding -> finding.code().equals("ACME_TYPE")).singleElement()
                        .extracting(Finding::englishMessage).isEqualTo("business-licence");
            });
        }
    }

    @Test
    void theReadmesJavaRuleWorksAsWritten()
            throws Exception
    {
        String readme = Files.readString(Path.of("..", "README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("```java\npackage com.example;");
        String source = readme.substring(start + "```java\n".length(), readme.indexOf("```", start + 7));
        Path jar = pluginJar(Map.of("com/example/FireSafetyRule.java", source), Map.of("io.certscan.domain.rule.CertificateRule", "com.example.FireSafetyRule"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            RecognizeDocument recognizer = CertscanInjector.create(settings(), config -> List.of(new CertscanInjectorTest.FixedEngineModule()), loader)
                    .getInstance(RecognizeDocument.class);

            assertThat(recognizer.recognize(RecognizeCommand.ofImage(new byte[] {1})).certificates()).singleElement()
                    .satisfies(judged -> assertThat(judged.findings()).extracting(Finding::code).contains("FIRE_SAFETY_OFFICER_MISSING"));
        }
    }

    @Test
    void withoutPluginsOnlyTheBuiltInRulesRun()
    {
        assertThat(PluginRules.discover(getClass().getClassLoader())).isEmpty();
    }

    @Test
    void aPluginThatCannotBeLoadedStopsTheStartWithItsName()
            throws Exception
    {
        Path jar = pluginJar(Map.of(), Map.of("io.certscan.domain.rule.CertscanPlugin", "acme.Missing"));

        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, getClass().getClassLoader())) {
            assertThatThrownBy(() -> PluginRules.discover(loader)).isInstanceOf(IllegalStateException.class).hasMessageContaining("acme.Missing");
        }
    }

    private Path pluginJar(Map<String, String> sources, Map<String, String> services)
            throws IOException
    {
        Path sourceRoot = Files.createDirectories(directory.resolve("src"));
        Path classes = Files.createDirectories(directory.resolve("classes"));
        List<String> arguments = new java.util.ArrayList<>(List.of("-d", classes.toString(), "-cp", System.getProperty("java.class.path")));
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = sourceRoot.resolve(source.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
            arguments.add(file.toString());
        }
        if (!sources.isEmpty()) {
            JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
            assertThat(compiler.run(null, null, null, arguments.toArray(String[]::new))).isZero();
        }
        Path jar = directory.resolve("acme-rules.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Map.Entry<String, String> service : services.entrySet()) {
                out.putNextEntry(new JarEntry("META-INF/services/" + service.getKey()));
                out.write((service.getValue() + "\n").getBytes(StandardCharsets.UTF_8));
                out.closeEntry();
            }
            try (var files = Files.walk(classes)) {
                for (Path file : files.filter(Files::isRegularFile).toList()) {
                    out.putNextEntry(new JarEntry(classes.relativize(file).toString().replace('\\', '/')));
                    Files.copy(file, (OutputStream) out);
                    out.closeEntry();
                }
            }
        }
        return jar;
    }

    private static Settings settings()
    {
        return Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of(), Map.of());
    }
}
