package io.certscan.spark;

import io.certscan.application.port.in.JudgeCertificates;
import io.certscan.contract.RichResponse;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import org.apache.spark.sql.Row;

import java.io.Serializable;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What {@code judge(certificates, as_of)} does in a task: stored certificates (the rows
 * {@code recognize} returned, or the rich JSON that {@code recognize --format rich} wrote) judged
 * again by this JVM's rules as of the date, without OCR. A row that was an error stays that error;
 * JSON that is no rich result is a row with 216201.
 */
final class Judging
        implements Serializable
{
    private static final long serialVersionUID = 1;

    private final HashMap<String, String> settings;
    private final LocalDate today;

    /** @param today the date when {@code as_of} is null, fixed when the query was planned */
    Judging(Map<String, String> settings, LocalDate today)
    {
        this.settings = new HashMap<>(requireNonNull(settings, "settings is null"));
        this.today = requireNonNull(today, "today is null");
    }

    Object[] rows(Object stored, Object asOf)
    {
        if (stored == null) {
            return null;
        }
        LocalDate date = asOf == null ? today : asOf instanceof Date sql ? sql.toLocalDate() : (LocalDate) asOf;
        JudgeCertificates judge = Engines.judge(settings);
        if (stored instanceof String json) {
            List<Certificate> certificates;
            try {
                certificates = RichResponse.parse(json).certificates();
            }
            catch (IllegalArgumentException notRich) {
                return new Object[] {CertificateRows.failed(null, new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, notRich.getMessage()), date)};
            }
            return CertificateRows.page(null, judge.judge(certificates, date), date).toArray();
        }
        List<Row> rows = new ArrayList<>();
        for (Object value : scala.jdk.javaapi.CollectionConverters.asJava((scala.collection.Seq<?>) stored)) {
            Row row = (Row) value;
            if (CertificateRows.isFailure(row)) {
                rows.add(CertificateRows.failedAsOf(row, date));
                continue;
            }
            Certificate certificate;
            try {
                certificate = CertificateRows.certificate(row);
            }
            catch (IllegalArgumentException | NullPointerException broken) {
                rows.add(CertificateRows.failed(CertificateRows.page(row), new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not a certificate recognize wrote: " + broken.getMessage()), date));
                continue;
            }
            rows.addAll(CertificateRows.page(CertificateRows.page(row), judge.judge(List.of(certificate), date), date));
        }
        return rows.toArray();
    }
}
