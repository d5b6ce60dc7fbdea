package io.certscan.contract;

import com.squareup.moshi.Json;
import io.certscan.application.document.DocumentKind;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.date.ChineseDate;
import io.certscan.domain.date.ValidityPeriod;
import io.certscan.domain.geometry.Point;
import io.certscan.domain.invoice.InvoiceKind;
import io.certscan.domain.invoice.InvoiceQrCode;
import io.certscan.domain.invoice.Invoices;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.layout.Layout;
import io.certscan.domain.rule.Finding;

import java.math.BigDecimal;
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

    public record Card(int index, String title, TypeView type, InvoiceView invoice, List<Field> fields, List<FindingView> findings, List<double[]> region) {}

    /**
     * What a card that is a VAT invoice is: its kind ({@code 专票}, {@code 普票}, {@code 数电}) and
     * the payload of its QR code when one was read.
     */
    public record InvoiceView(String kind, @Json(name = "qr_code") QrCodeView qrCode) {}

    /** An invoice's QR code: type code, invoice code, number, amount (合计金额, on 数电 invoices 价税合计), date, check code. */
    public record QrCodeView(String type, String code, String number, BigDecimal amount, @Json(name = "amount_field") String amountField, String date,
                             @Json(name = "check_code") String checkCode) {}

    /** The certificate type the catalogue says a card is: {@code {"id": "special-operation", "name": "特种作业操作证"}}, or id "unclassified". */
    public record TypeView(String id, String name) {}

    /** {@code origin} is "qr_code" for a value the printed text lacked and the invoice's QR code gave; absent for printed values. */
    public record Field(String name, List<String> words, String value, double confidence, List<double[]> location, Normalized normalized, String origin) {}

    /**
     * A value understood as a date ({@code kind} "date") or a period ({@code kind} "period"), in
     * ISO 8601, or as an invoice's amount ({@code kind} "amount", a JSON number in yuan).
     */
    public record Normalized(String kind, String date, String start, String end, String ending, BigDecimal amount) {}

    public record FindingView(String code, String severity, String field, String message, @Json(name = "message_en") String englishMessage) {}

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

    private static double[] point(Point point)
    {
        return new double[] {tenth(point.x()), tenth(point.y())};
    }

    private static double tenth(double value)
    {
        return Math.round(value * 10) / 10.0;
    }
}
