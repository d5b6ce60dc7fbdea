package io.certscan.bootstrap;

import com.google.inject.Guice;
import com.google.inject.Module;
import com.google.inject.spi.Elements;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.certscan.adapter.baidu.BaiduConfig;
import io.certscan.adapter.baidu.BaiduModule;
import io.certscan.adapter.documents.DocumentsModule;
import io.certscan.adapter.documents.UrlConfig;
import io.certscan.adapter.ocr.OcrConfig;
import io.certscan.adapter.ocr.OcrModule;
import io.certscan.adapter.rest.RestConfig;
import io.certscan.adapter.rest.RestModule;
import io.certscan.application.config.ConfigPrefix;
import io.certscan.application.config.Configurations;
import io.certscan.bootstrap.config.ModuleConfigurations;
import io.certscan.bootstrap.config.Settings;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Each module declares the configuration it is configured by in its own bindings, and the program's list is theirs: no record is left out. */
class ModuleConfigurationsTest
{
    @Test
    void eachAdapterModuleDeclaresTheRecordItIsConfiguredBy()
    {
        assertThat(declaredBy(new OcrModule())).containsExactly(OcrConfig.class);
        assertThat(declaredBy(new DocumentsModule())).containsExactly(UrlConfig.class);
        assertThat(declaredBy(new BaiduModule())).containsExactly(BaiduConfig.class);
        assertThat(declaredBy(new RestModule())).containsExactly(RestConfig.class);
        // The bootstrap's own modules bind no configuration this way: it binds theirs itself.
        assertThat(declaredBy(new LocalEngineModule())).isEmpty();
    }

    @Test
    void everyConfigurationRecordOfTheProgramIsDeclaredByAModule()
    {
        List<Class<?>> records = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.certscan")
                .stream()
                .filter(javaClass -> javaClass.isAnnotatedWith(ConfigPrefix.class))
                .map(JavaClass::reflect)
                .toList();

        assertThat(records).isNotEmpty();
        assertThat(List.<Class<?>>copyOf(CertscanInjector.CONFIGURATIONS)).containsExactlyInAnyOrderElementsOf(records).doesNotHaveDuplicates();
    }

    @Test
    void aModulesRecordIsTheOneBuiltFromTheSettings()
    {
        Settings settings = Settings.load(CertscanInjector.settingDefinitions(), Optional.empty(), Map.of(), Map.of("url.max-bytes", "2048"));
        List<String> problems = new ArrayList<>();
        Configurations configurations = ModuleConfigurations.bind(ModuleConfigurations.providers(Elements.getElements(new DocumentsModule())), settings, problems);

        assertThat(problems).isEmpty();
        assertThat(Guice.createInjector(new DocumentsModule(), binder -> binder.bind(Configurations.class).toInstance(configurations))
                .getInstance(UrlConfig.class).maxBytes()).isEqualTo(2048L);
        assertThatThrownBy(() -> configurations.get(OcrConfig.class)).isInstanceOf(IllegalStateException.class).hasMessageContaining("no OcrConfig was configured");
    }

    private static List<Class<? extends Record>> declaredBy(Module module)
    {
        return ModuleConfigurations.declaredBy(Elements.getElements(module));
    }
}
