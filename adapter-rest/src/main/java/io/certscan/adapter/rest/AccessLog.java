package io.certscan.adapter.rest;

import io.certscan.application.port.in.LogId;
import org.eclipse.jetty.server.Request;

import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One line per request: method, path (never the query string, where the access token travels),
 * status, general_ocr error code, log id, sizes and time. Never a field value, an image or a
 * token.
 */
final class AccessLog
{
    static final String LOGGER_NAME = "io.certscan.access";
    private static final Logger LOGGER = Logger.getLogger(LOGGER_NAME);

    /** @param errorDetail which parameter or limit; by contract never document content or personal data */
    void record(Request request, int status, Integer errorCode, String errorDetail, LogId logId, long bytesIn, long bytesOut, long nanos)
    {
        if (!LOGGER.isLoggable(Level.INFO)) {
            return;
        }
        LOGGER.info(String.format(Locale.ROOT, "%s %s %d%s%s in=%d out=%d %.1fms client=%s%s",
                request.getMethod(),
                request.getHttpURI().getPath(),
                status,
                errorCode == null ? "" : " error_code=" + errorCode,
                logId == null ? "" : " log_id=" + logId,
                bytesIn,
                bytesOut,
                nanos / 1e6,
                Request.getRemoteAddr(request),
                errorDetail == null ? "" : " (" + errorDetail + ")"));
    }
}
