package io.certscan.bootstrap;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import io.certscan.adapter.baidu.BaiduConfig;
import io.certscan.adapter.baidu.BaiduModule;
import io.certscan.adapter.cli.OptionSettings;
import io.certscan.adapter.documents.DocumentsModule;
import io.certscan.adapter.documents.UrlConfig;
import io.certscan.adapter.ocr.OcrConfig;
import io.certscan.adapter.ocr.OcrModule;
import io.certscan.adapter.rest.RestConfig;
import io.certscan.adapter.rest.RestModule;
import io.certscan.application.config.ConfigPrefix;
import io.certscan.bootstrap.config.SettingDefinition;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Each module declares the configuration it is configured by, and the program's list is theirs: no record is left out. */
class ModuleConfigurationsTest
{
    @Test
    void eachAdapterModuleDeclaresTheRecordItIsConfiguredBy()
    {
        assertThat(OcrModule.CONFIGURATIONS).containsExactly(OcrConfig.class);
        assertThat(DocumentsModule.CONFIGURATIONS).containsExactly(UrlConfig.class);
        assertThat(BaiduModule.CONFIGURATIONS).containsExactly(BaiduConfig.class);
        assertThat(RestModule.CONFIGURATIONS).containsExactly(RestConfig.class);
    }

    @Test
    void theSettingsTheCommandLinesOptionsStandForAreSettingsOfTheProgram()
    {
        assertThat(CertscanInjector.settingDefinitions()).extracting(SettingDefinition::key).containsAll(OptionSettings.KEYS);
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
}
