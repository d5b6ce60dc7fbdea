package io.certscan.application.port.in;

/**
 * Gives each request its general_ocr {@code log_id}: what an inbound adapter asks for when it
 * answers something the use case did not (a refused body, a wrong token, a full queue).
 */
public interface IssueLogIds
{
    /** A log id no other request of this process has had. */
    LogId next();
}
