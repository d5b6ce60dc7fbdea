package io.certscan.adapter.documents;

import io.certscan.application.port.out.FetchRemoteDocument;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import jakarta.inject.Inject;

/**
 * Refuses url sources with the local engine until the safe fetcher (size cap, timeouts, no
 * private or loopback addresses, pinned resolution) exists: fetching without those protections
 * would open the server to request forgery.
 */
final class UnsupportedRemoteDocuments
        implements FetchRemoteDocument
{
    @Inject
    UnsupportedRemoteDocuments() {}

    @Override
    public byte[] fetch(String url)
    {
        throw new CertscanException(ErrorCode.SERVICE_NOT_SUPPORT, "url sources are not supported by the local engine yet; send the picture itself");
    }
}
