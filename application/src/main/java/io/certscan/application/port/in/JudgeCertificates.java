package io.certscan.application.port.in;

import io.certscan.domain.certificate.Certificate;

import java.time.LocalDate;
import java.util.List;

/**
 * The second use case: certificates already recognised (stored results) judged again as of a
 * date, without reading or recognising anything: each classified by the catalogue and judged by
 * every rule, exactly as a recognition judges what it found.
 */
public interface JudgeCertificates
{
    /** The certificates in their order, each with its facts and the findings of the rules as of {@code asOf}. */
    List<JudgedCertificate> judge(List<Certificate> certificates, LocalDate asOf);

    /** The date a judging is as of when none is given: today in the program's time zone. */
    LocalDate today();
}
