package io.certscan.application.port.out;

import io.certscan.application.document.DocumentSource;

/** Downloads the picture a {@code url} parameter names, safely (size cap, timeouts, no internal addresses). */
public interface FetchRemoteDocument
{
    /**
     * @throws io.certscan.domain.error.CertscanException with one of the 2821xx URL errors
     */
    byte[] fetch(DocumentSource.RemoteUrl url);
}
