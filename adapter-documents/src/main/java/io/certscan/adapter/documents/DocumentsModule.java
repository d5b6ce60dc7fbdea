package io.certscan.adapter.documents;

import com.google.inject.AbstractModule;
import io.certscan.application.port.out.FetchRemoteDocument;
import io.certscan.application.port.out.ReadDocument;

import static com.google.inject.Scopes.SINGLETON;

/** Documents in: pictures decoded within the API's limits. */
public final class DocumentsModule
        extends AbstractModule
{
    @Override
    protected void configure()
    {
        bind(ReadDocument.class).to(DocumentReader.class).in(SINGLETON);
        bind(DocumentReader.class).in(SINGLETON);
        bind(FetchRemoteDocument.class).to(UnsupportedRemoteDocuments.class).in(SINGLETON);
        bind(UnsupportedRemoteDocuments.class).in(SINGLETON);
    }
}
