package io.certscan.spark;

import io.certscan.application.document.DocumentKind;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.contract.RichResponse;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.MachineCode;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.rule.Urgency;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.math.RoundingMode;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The certificates of a file as Spark rows: one struct per certificate, in the rich format's
 * words (index, title, type, fields with their normalised values, findings), with its page, its
 * status (the domain's {@link Urgency}), the date it was judged as of and the invoice QR codes it
 * carries (so that it can be judged again); or one struct with the error code and message of a
 * file or page that could not be read. Boxes stay in the rich JSON: no rule reads them.
 */
final class CertificateRows
{
    static final StructType TYPE = new StructType()
            .add("id", DataTypes.StringType)
            .add("name", DataTypes.StringType);

    static final StructType NORMALIZED = new StructType()
            .add("kind", DataTypes.StringType)
            .add("date", DataTypes.StringType)
            .add("start", DataTypes.StringType)
            .add("end", DataTypes.StringType)
            .add("ending", DataTypes.StringType)
            .add("amount", DataTypes.createDecimalType(20, 2));

    static final StructType FIELD = new StructType()
            .add("name", DataTypes.StringType, false)
            .add("value", DataTypes.StringType)
            .add("words", DataTypes.createArrayType(DataTypes.StringType))
            .add("confidence", DataTypes.DoubleType, false)
            .add("normalized", NORMALIZED)
            .add("origin", DataTypes.StringType);

    static final StructType FINDING = new StructType()
            .add("code", DataTypes.StringType, false)
            .add("severity", DataTypes.StringType)
            .add("field", DataTypes.StringType)
            .add("message", DataTypes.StringType)
            .add("message_en", DataTypes.StringType);

    static final StructType CERTIFICATE = new StructType()
            .add("page", DataTypes.IntegerType)
            .add("index", DataTypes.IntegerType)
            .add("title", DataTypes.StringType)
            .add("type", TYPE)
            .add("fields", DataTypes.createArrayType(FIELD))
            .add("findings", DataTypes.createArrayType(FINDING))
            .add("status", DataTypes.StringType)
            .add("as_of", DataTypes.DateType)
            .add("qr_codes", DataTypes.createArrayType(DataTypes.StringType))
            .add("error_code", DataTypes.IntegerType)
            .add("error_message", DataTypes.StringType);

    /** What {@code recognize} and {@code judge} return: the certificates of one file. */
    static final ArrayType CERTIFICATES = DataTypes.createArrayType(CERTIFICATE);

    private CertificateRows() {}

    /** One page's certificates, judged as the recognition judged them. */
    static List<Row> page(Integer page, List<JudgedCertificate> judged, LocalDate asOf)
    {
        // The rich format's own views: the rows say what `recognize --format rich` says.
        RichResponse rich = RichResponse.from(new RecognitionResult(new LogId(0), DocumentKind.IMAGE, OptionalInt.empty(), judged, asOf));
        List<Row> rows = new ArrayList<>();
        for (int at = 0; at < judged.size(); at++) {
            rows.add(row(page, rich.results().get(at), judged.get(at), asOf));
        }
        return rows;
    }

    /** A file or page that could not be read: its error code and message, nothing else. */
    static Row failed(Integer page, CertscanException failure, LocalDate asOf)
    {
        return RowFactory.create(page, null, null, null, null, null, null, Date.valueOf(asOf), null, failure.errorCode().code(), message(failure));
    }

    /** The message a report shows: general_ocr's words, then what was wrong. */
    static String message(CertscanException failure)
    {
        return failure.errorCode().message() + (failure.detail().isEmpty() ? "" : ": " + failure.detail());
    }

    static boolean isFailure(Row row)
    {
        return !row.isNullAt(row.fieldIndex("error_code"));
    }

    static Integer page(Row row)
    {
        int at = row.fieldIndex("page");
        return row.isNullAt(at) ? null : row.getInt(at);
    }

    /** The error row again, as of another date (it stays what it was: nothing was read). */
    static Row failedAsOf(Row row, LocalDate asOf)
    {
        return RowFactory.create(page(row), null, null, null, null, null, null, Date.valueOf(asOf), null, row.getInt(row.fieldIndex("error_code")),
                row.getString(row.fieldIndex("error_message")));
    }

    /** The certificate a stored row holds, as it was recognised, to be judged again. */
    static Certificate certificate(Row row)
    {
        int index = row.getInt(row.fieldIndex("index"));
        Optional<String> title = Optional.ofNullable(row.getString(row.fieldIndex("title")));
        List<ExtractedField> fields = new ArrayList<>();
        for (Object value : list(row, "fields")) {
            Row field = (Row) value;
            List<String> words = new ArrayList<>();
            list(field, "words").forEach(word -> words.add((String) word));
            String origin = field.getString(field.fieldIndex("origin"));
            fields.add(new ExtractedField(field.getString(field.fieldIndex("name")), words.isEmpty() ? List.of(nullToEmpty(field.getString(field.fieldIndex("value")))) : words,
                    field.getDouble(field.fieldIndex("confidence")), Optional.empty(),
                    origin == null ? ExtractedField.Origin.PRINTED : ExtractedField.Origin.valueOf(origin.toUpperCase(Locale.ROOT))));
        }
        List<MachineCode> codes = new ArrayList<>();
        for (Object code : list(row, "qr_codes")) {
            codes.add(new MachineCode((String) code, Optional.empty()));
        }
        return new Certificate(index, title, fields, Optional.empty(), codes);
    }

    private static Row row(Integer page, RichResponse.Card card, JudgedCertificate judged, LocalDate asOf)
    {
        Object[] fields = card.fields().stream().map(CertificateRows::field).toArray();
        Object[] findings = card.findings().stream()
                .map(finding -> RowFactory.create(finding.code(), finding.severity(), finding.field(), finding.message(), finding.englishMessage()))
                .toArray();
        Object[] codes = judged.certificate().codes().stream().map(MachineCode::text).toArray();
        return RowFactory.create(page, card.index(), card.title(), RowFactory.create(card.type().id(), card.type().name()), fields, findings,
                Urgency.of(judged.findings()).name(), Date.valueOf(asOf), codes, null, null);
    }

    private static Row field(RichResponse.Field field)
    {
        RichResponse.Normalized normalized = field.normalized();
        Row normal = normalized == null ? null : RowFactory.create(normalized.kind(), normalized.date(), normalized.start(), normalized.end(), normalized.ending(),
                normalized.amount() == null ? null : normalized.amount().setScale(2, RoundingMode.UNNECESSARY));
        return RowFactory.create(field.name(), field.value(), field.words().toArray(), field.confidence(), normal, field.origin());
    }

    /** An array column of a row as a Java list (empty when null). */
    static List<Object> list(Row row, String name)
    {
        int at = row.fieldIndex(name);
        if (row.isNullAt(at)) {
            return List.of();
        }
        return new ArrayList<>(row.getList(at));
    }

    private static String nullToEmpty(String text)
    {
        return text == null ? "" : text;
    }

    /** Whether a column of this type holds what {@code recognize} returned. */
    static boolean holdsCertificates(DataType type)
    {
        return type instanceof ArrayType array && array.elementType() instanceof StructType element
                && List.of(element.fieldNames()).containsAll(List.of("page", "index", "title", "fields", "qr_codes", "error_code", "error_message"));
    }
}
