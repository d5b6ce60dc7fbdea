package io.certscan.adapter.documents;

import com.google.inject.AbstractModule;
import com.google.inject.multibindings.OptionalBinder;
import io.certscan.application.config.ConfigProvider;
import io.certscan.application.port.out.FetchRemoteDocument;
import io.certscan.application.port.out.ReadCodes;
import io.certscan.application.port.out.ReadDocument;
import io.certscan.application.port.out.RenderPage;

import static com.google.inject.Scopes.SINGLETON;

/** Documents in: pictures, PDF and OFD pages read within the API's limits, the QR codes on them, and pictures fetched safely from URLs; configured by {@link UrlConfig}. */
public final class DocumentsModule
        extends AbstractModule
{
    @Override
    protected void configure()
    {
        bind(UrlConfig.class).toProvider(ConfigProvider.of(UrlConfig.class)).in(SINGLETON);
        bind(ReadDocument.class).to(DocumentReader.class).in(SINGLETON);
        bind(DocumentReader.class).in(SINGLETON);
        // Optional for the use case: a program with a cloud engine and no documents module still recognises.
        OptionalBinder.newOptionalBinder(binder(), RenderPage.class).setBinding().to(PageRenderer.class);
        bind(PageRenderer.class).in(SINGLETON);
        bind(ReadCodes.class).to(QrCodes.class).in(SINGLETON);
        bind(QrCodes.class).in(SINGLETON);
        bind(FetchRemoteDocument.class).to(SafeUrlFetcher.class).in(SINGLETON);
        bind(SafeUrlFetcher.class).in(SINGLETON);
    }
}
