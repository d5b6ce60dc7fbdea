package io.certscan.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.CreationException;
import com.google.inject.Injector;
import com.google.inject.Module;
import io.certscan.application.document.DocumentSource;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.application.port.in.RecognizeCommand;
import io.certscan.application.port.in.RecognizeDocument;
import io.certscan.application.port.out.RecognizeCertificates;
import io.certscan.application.port.out.RecognizedPage;
import io.certscan.bootstrap.config.ConfigurationException;
import io.certscan.bootstrap.config.Settings;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.rule.CertificateRule;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.Severity;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CertscanInjectorTest
{
    @Test
    void theBaiduEngineIsWiredWithItsKeysAndRefusedWithoutThem()
    {
        Settings withKeys = Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(),
                Map.of("BAIDU_API_KEY", "app", "BAIDU_SECRET_KEY", "hunter2"), Map.of("certscan.engine", "baidu", "server.port", "0"));
        Injector server = CertscanInjector.createServer(withKeys);
        assertThat(server.getInstance(RecognizeCertificates.class).getClass().getName()).isEqualTo("io.certscan.adapter.baidu.BaiduCertificateRecognition");
        assertThat(server.getInstance(io.certscan.adapter.rest.RestServer.class)).isNotNull();
        // Stopping the program releases the HTTP client's threads and connections with the rest.
        okhttp3.OkHttpClient client = server.getInstance(okhttp3.OkHttpClient.class);
        LifeCycle lifeCycle = server.getInstance(LifeCycle.class);
        assertThat(lifeCycle.open()).extracting(opened -> opened.getClass().getSimpleName()).contains("ClientShutdown");
        lifeCycle.close();
        assertThat(client.dispatcher().executorService().isShutdown()).isTrue();

        Settings withoutKeys = Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of("BAIDU_API_KEY", "app"), Map.of("certscan.engine", "baidu"));
        assertThatThrownBy(() -> CertscanInjector.create(withoutKeys))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("certscan.engine=baidu needs the Baidu application's keys: baidu.api-key (BAIDU_API_KEY) and baidu.secret-key (BAIDU_SECRET_KEY)");
    }

    @Test
    void theLaunchersJavaOptionsAreNoUnknownSetting()
    {
        // ./certscan reads CERTSCAN_JAVA_OPTS before the JVM starts; the program must not refuse it, nor a misspelling of a setting.
        Settings settings = Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(),
                Map.of("CERTSCAN_JAVA_OPTS", "-Xmx512m", "CERTSCAN_ENGINE", "local"), Map.of());

        assertThat(settings.get("certscan.engine")).contains("local");
        assertThatThrownBy(() -> Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of("CERTSCAN_ENGIN", "local"), Map.of()))
                .hasMessageContaining("unknown environment variable CERTSCAN_ENGIN");
    }

    @Test
    void wiresTheUseCaseToTheEngineAndTheRulesOfEveryModule()
    {
        Injector injector = CertscanInjector.create(settings(Map.of()), config -> List.of(new FixedEngineModule(), new AbstractModule()
        {
            @Override
            protected void configure()
            {
                RuleBinder.ruleBinder(binder()).add(TitleRule.class);
            }
        }));

        RecognitionResult result = injector.getInstance(RecognizeDocument.class)
                .recognize(RecognizeCommand.ofImage("x".getBytes(StandardCharsets.US_ASCII)).withAsOf(LocalDate.of(2025, 1, 1)));

        assertThat(result.certificates()).singleElement().satisfies(judged -> {
            assertThat(judged.certificate().title()).contains("营业执照");
            // The module's rule runs beside the built-in ones; the catalogue knows the title and misses its fields.
            assertThat(judged.findings()).filteredOn(finding -> finding.code().equals("TITLE_SEEN")).hasSize(1);
            assertThat(judged.findings()).filteredOn(finding -> finding.code().equals("REQUIRED_FIELD_MISSING"))
                    .extracting(finding -> finding.field().orElseThrow()).containsExactly("统一社会信用代码", "名称", "法定代表人", "成立日期", "住所");
            assertThat(judged.type()).hasValueSatisfying(type -> assertThat(type.id()).isEqualTo("business-licence"));
        });
        assertThat(injector.getInstance(RecognizeDocument.class)).isSameAs(injector.getInstance(RecognizeDocument.class));
    }

    @Test
    void injectorIsStrictAboutUndeclaredBindings()
    {
        Module implicit = new AbstractModule()
        {
            @Override
            protected void configure()
            {
                bind(RecognizeCertificates.class).to(EngineWithUndeclaredDependency.class);
            }
        };

        assertThatThrownBy(() -> CertscanInjector.create(settings(Map.of()), config -> List.of(implicit)))
                .isInstanceOf(CreationException.class)
                .hasMessageContaining("Explicit bindings are required");
    }

    @Test
    void everyModulesConfigurationProblemIsReportedWithTheOthersBeforeAnythingStarts()
    {
        // The OCR's and the server's settings are the modules' own; a bad one of each comes back in one report.
        assertThatThrownBy(() -> CertscanInjector.createServer(settings(Map.of("ocr.batch-size", "0", "server.port", "port", "url.max-bytes", "10"))))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("ocr.batch-size: violates @Min (value 1) (was '0', flag)")
                .hasMessageContaining("server.port: ")
                .hasMessageContaining("url.max-bytes: violates @Min (value 1024)");
    }

    private static Settings settings(Map<String, String> flags)
    {
        return Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of(), flags);
    }

    static final class FixedEngineModule
            extends AbstractModule
    {
        @Override
        protected void configure()
        {
            bind(RecognizeCertificates.class).toInstance(source -> new RecognizedPage(
                    List.of(new Certificate(0, Optional.of("营业执照"), List.of(), Optional.empty())), OptionalInt.empty()));
        }
    }

    static final class TitleRule
            implements CertificateRule
    {
        @Inject
        TitleRule() {}

        @Override
        public List<Finding> evaluate(Certificate certificate, LocalDate asOf)
        {
            return certificate.title().map(title -> List.of(new Finding("TITLE_SEEN", Severity.INFO, Optional.empty(), title, title))).orElse(List.of());
        }
    }

    static final class Helper {}

    static final class EngineWithUndeclaredDependency
            implements RecognizeCertificates
    {
        @Inject
        EngineWithUndeclaredDependency(Helper helper) {}

        @Override
        public RecognizedPage recognize(DocumentSource source)
        {
            return new RecognizedPage(List.of(), OptionalInt.empty());
        }
    }
}
