package io.certscan.bootstrap;

import com.google.inject.AbstractModule;
import io.certscan.application.port.out.RecognizeCertificates;
import io.certscan.application.service.LocalCertificateRecognition;

import static com.google.inject.Scopes.SINGLETON;

/** The embedded engine: certificates from the local OCR and the domain's layout extraction. */
public final class LocalEngineModule
        extends AbstractModule
{
    @Override
    protected void configure()
    {
        bind(RecognizeCertificates.class).to(LocalCertificateRecognition.class).in(SINGLETON);
        bind(LocalCertificateRecognition.class).in(SINGLETON);
    }
}
