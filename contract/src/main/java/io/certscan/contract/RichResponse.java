package io.certscan.contract;

import com.squareup.moshi.Json;
import io.certscan.application.document.DocumentKind;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.MachineCode;
import io.certscan.domain.date.ChineseDate;
import io.certscan.domain.date.ValidityPeriod;
import io.certscan.domain.geometry.Point;
import io.certscan.domain.invoice.InvoiceKind;
import io.certscan.domain.invoice.InvoiceQrCode;
import io.certscan.domain.invoice.Invoices;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.layout.Layout;
import io.certscan.domain.rule.Finding;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * certscan's own, richer result: the page as it was read (its size and turn), per card its title, each field with its confidence, its 4-point
 * box and its normalised value where one applies, and the findings of the rules; then every line
 * read on the page with the card and field it went into, so that what was read but not paired can
 * be seen. Absent values are null and left out of the JSON.
 */
public record RichResponse(
        @Json(name = "log_id") LogId logId,
        @Json(name = "source") String source,
        @Json(name = "page_count") Integer pageCount,
        @Json(name = "evaluation_date") String evaluationDate,
        PageView page,
        List<Card> results,
        List<Line> lines)
{
    /**
     * The page as it was read, in whose coordinates every box is: its size, and the degrees
     * clockwise it was turned before it was read (a picture stored sideways: 90 or 270); absent
     * when the engine gives no page (the cloud's).
     */
    public record PageView(double width, double height, int rotation) {}

    /**
     * A line of text as the engine read it, its box and confidence, the card it lies on and the
     * field it went into; {@code card} or {@code field} null for what was read but not paired.
     */
    public record Line(String text, double confidence, List<double[]> box, Integer card, String field) {}

    public record Card(int index, String title, TypeView type, InvoiceView invoice, List<Field> fields, List<FindingView> findings, List<double[]> region)
    {
        /** The certificate as it was recognised (its findings are not part of it). */
        public Certificate certificate()
        {
            List<MachineCode> codes = invoice == null || invoice.qrCode() == null ? List.of() : List.of(new MachineCode(invoice.qrCode().payload(), Optional.empty()));
            List<ExtractedField> read = fields == null ? List.of() : fields.stream().map(Field::extracted).toList();
            return new Certificate(index, Optional.ofNullable(title), read, box(region), codes);
        }
    }

    /**
     * What a card that is a VAT invoice is: its kind ({@code 专票}, {@code 普票}, {@code 数电}) and
     * the payload of its QR code when one was read.
     */
    public record InvoiceView(String kind, @Json(name = "qr_code") QrCodeView qrCode) {}

    /** An invoice's QR code: type code, invoice code, number, amount (合计金额, on 数电 invoices 价税合计), date, check code. */
    public record QrCodeView(String type, String code, String number, BigDecimal amount, @Json(name = "amount_field") String amountField, String date,
                             @Json(name = "check_code") String checkCode)
    {
        /** The code's payload again, from its parts. */
        String payload()
        {
            if (type == null || number == null || amount == null || date == null) {
                throw new IllegalArgumentException("an invoice's qr_code without its type, number, amount or date");
            }
            return new InvoiceQrCode(type, Optional.ofNullable(code), number, amount, LocalDate.parse(date), Optional.ofNullable(checkCode)).payload();
        }
    }

    /** The certificate type the catalogue says a card is: {@code {"id": "special-operation", "name": "特种作业操作证"}}, or id "unclassified". */
    public record TypeView(String id, String name) {}

    /** {@code origin} is "qr_code" for a value the printed text lacked and the invoice's QR code gave; absent for printed values. */
    public record Field(String name, List<String> words, String value, double confidence, List<double[]> location, Normalized normalized, String origin)
    {
        ExtractedField extracted()
        {
            if (name == null) {
                throw new IllegalArgumentException("a field without a name");
            }
            List<String> read = words != null ? words : value != null ? List.of(value) : List.of();
            ExtractedField.Origin from = origin == null ? ExtractedField.Origin.PRINTED : ExtractedField.Origin.valueOf(origin.toUpperCase(Locale.ROOT));
            return new ExtractedField(name, read, confidence, box(location), from);
        }
    }

    /**
     * A value understood as a date ({@code kind} "date") or a period ({@code kind} "period"), in
     * ISO 8601, or as an invoice's amount ({@code kind} "amount", a JSON number in yuan).
     */
    public record Normalized(String kind, String date, String start, String end, String ending, BigDecimal amount) {}

    public record FindingView(String code, String severity, String field, String message, @Json(name = "message_en") String englishMessage) {}

    /**
     * The certificates of a stored result, as they were recognised, to be judged again: titles,
     * fields (words, confidence, box, origin), regions and the invoice's QR code. Their findings
     * and types are the judging's, not read back.
     *
     * @throws IllegalArgumentException when a card is not one certscan writes (a field without a name, a box that is not four points)
     */
    public List<Certificate> certificates()
    {
        return results == null ? List.of() : results.stream().map(Card::certificate).toList();
    }

    /**
     * A rich result read from its JSON, as {@code recognize --format rich} wrote it.
     *
     * @throws IllegalArgumentException when the text is not such a result
     */
    public static RichResponse parse(String json)
    {
        RichResponse response;
        try {
            response = ContractJson.richResponse().fromJson(json);
        }
        catch (IOException | RuntimeException malformed) {
            throw new IllegalArgumentException("not a rich result of certscan: " + malformed.getMessage(), malformed);
        }
        if (response == null || response.results() == null) {
            throw new IllegalArgumentException("not a rich result of certscan: no results");
        }
        return response;
    }

    public static RichResponse from(RecognitionResult result)
    {
        return new RichResponse(
                result.logId(),
                result.sourceKind().name().toLowerCase(Locale.ROOT),
                result.sourceKind() == DocumentKind.IMAGE || result.sourceKind() == DocumentKind.URL || result.pageCount().isEmpty() ? null : result.pageCount().getAsInt(),
                result.evaluationDate().toString(),
                result.page().map(page -> new PageView(tenth(page.width()), tenth(page.height()), page.turned().degrees())).orElse(null),
                result.certificates().stream().map(RichResponse::card).toList(),
                result.lines().stream().map(RichResponse::line).toList());
    }

    private static Line line(Layout.PlacedLine placed)
    {
        return new Line(placed.line().text(), Math.round(placed.line().confidence() * 1000) / 1000.0, corners(placed.line().box()),
                placed.card().isPresent() ? placed.card().getAsInt() : null, placed.field().orElse(null));
    }

    private static Card card(JudgedCertificate judged)
    {
        Certificate certificate = judged.certificate();
        boolean invoice = Invoices.isInvoice(certificate);
        return new Card(
                certificate.index(),
                certificate.title().orElse(null),
                judged.type().map(type -> new TypeView(type.id(), type.name())).orElse(new TypeView(CertificateType.UNCLASSIFIED, null)),
                invoice ? invoice(certificate) : null,
                certificate.fields().stream().map(field -> field(field, invoice)).toList(),
                judged.findings().stream().map(RichResponse::finding).toList(),
                certificate.region().map(RichResponse::corners).orElse(null));
    }

    private static InvoiceView invoice(Certificate certificate)
    {
        QrCodeView qrCode = certificate.codes().stream()
                .flatMap(code -> InvoiceQrCode.parse(code.text()).stream())
                .findFirst()
                .map(code -> new QrCodeView(code.type(), code.code().orElse(null), code.number(), code.amount(), code.amountField(), code.date().toString(),
                        code.checkCode().orElse(null)))
                .orElse(null);
        return new InvoiceView(InvoiceKind.of(certificate).map(InvoiceKind::chineseName).orElse(null), qrCode);
    }

    private static Field field(ExtractedField field, boolean invoice)
    {
        Optional<Normalized> amount = invoice
                ? Invoices.amount(field).map(value -> new Normalized("amount", null, null, null, null, value))
                : Optional.empty();
        return new Field(field.name(), field.words(), field.value(), field.confidence(), field.location().map(RichResponse::corners).orElse(null),
                amount.or(() -> normalize(field.value())).orElse(null),
                field.origin() == ExtractedField.Origin.PRINTED ? null : field.origin().name().toLowerCase(Locale.ROOT));
    }

    static Optional<Normalized> normalize(String value)
    {
        Optional<ChineseDate> date = ChineseDate.parse(value);
        if (date.isPresent()) {
            return Optional.of(new Normalized("date", date.get().toIsoString(), null, null, null, null));
        }
        return ValidityPeriod.parse(value).map(period -> new Normalized(
                "period",
                null,
                period.start().map(ChineseDate::toIsoString).orElse(null),
                period.end().map(ChineseDate::toIsoString).orElse(null),
                period.ending().name().toLowerCase(Locale.ROOT),
                null));
    }

    private static FindingView finding(Finding finding)
    {
        return new FindingView(finding.code(), finding.severity().name().toLowerCase(Locale.ROOT), finding.field().orElse(null), finding.message(),
                finding.englishMessage());
    }

    private static List<double[]> corners(Quadrilateral box)
    {
        return box.corners().stream().map(RichResponse::point).toList();
    }

    private static Optional<Quadrilateral> box(List<double[]> corners)
    {
        if (corners == null) {
            return Optional.empty();
        }
        if (corners.size() != 4 || corners.stream().anyMatch(corner -> corner == null || corner.length != 2)) {
            throw new IllegalArgumentException("a box that is not four points");
        }
        List<Point> points = corners.stream().map(corner -> new Point(corner[0], corner[1])).toList();
        return Optional.of(new Quadrilateral(points.get(0), points.get(1), points.get(2), points.get(3)));
    }

    private static double[] point(Point point)
    {
        return new double[] {tenth(point.x()), tenth(point.y())};
    }

    private static double tenth(double value)
    {
        return Math.round(value * 10) / 10.0;
    }
}
