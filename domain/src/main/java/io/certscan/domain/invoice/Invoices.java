package io.certscan.domain.invoice;

import io.certscan.domain.amount.ChineseAmount;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.certificate.MachineCode;
import io.certscan.domain.geometry.Point;
import io.certscan.domain.geometry.Quadrilateral;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an invoice's QR code adds to the certificates of a page: each code goes to the card it lies
 * on (the nearest one, or the only invoice when its place is unknown), and an invoice field the
 * printed text lacks (发票代码, 发票号码, 开票日期, 校验码, the amount) is filled from it, marked
 * {@link ExtractedField.Origin#QR_CODE}. Whether the printed fields agree with the code is the
 * rule {@link io.certscan.domain.rule.InvoiceQrCodeRule}'s to judge.
 */
public final class Invoices
{
    private static final DateTimeFormatter PRINTED_DATE = DateTimeFormatter.ofPattern("uuuu年MM月dd日");
    /** The fields of an invoice that hold an amount in figures. */
    private static final Set<String> AMOUNTS = Set.of("价税合计", "合计金额", "合计税额", "金额", "税额", "单价");

    private Invoices() {}

    /** A VAT invoice or another 发票: by its title, or by an invoice number when the title was not read. */
    public static boolean isInvoice(Certificate certificate)
    {
        return certificate.title().map(FieldNames::normalize).filter(title -> title.contains("发票")).isPresent()
                || certificate.field("发票号码").isPresent();
    }

    /**
     * What tells one invoice from every other: its 20-digit number (数电), or its code and its
     * number; empty when they were not read in full.
     */
    public static Optional<String> identity(Certificate certificate)
    {
        if (!isInvoice(certificate)) {
            return Optional.empty();
        }
        String number = certificate.field("发票号码").map(field -> field.value().replaceAll("\\s", "")).orElse("");
        if (number.matches("\\d{20}")) {
            return Optional.of(number);
        }
        String code = certificate.field("发票代码").map(field -> field.value().replaceAll("\\s", "")).orElse("");
        if (number.matches("\\d{8}") && code.matches("\\d{10}|\\d{12}")) {
            return Optional.of(code + "-" + number);
        }
        return Optional.empty();
    }

    /**
     * The amount an invoice field holds, exact: the figures of 价税合计, 合计金额, 合计税额, 金额,
     * 税额 and 单价, the capital numerals of 价税合计（大写）.
     */
    public static Optional<BigDecimal> amount(ExtractedField field)
    {
        String name = FieldNames.normalize(field.name());
        String value = FieldNames.normalize(field.value());
        if (name.matches("价税合计[（(]大写[）)]")) {
            return ChineseAmount.capital(value);
        }
        return AMOUNTS.contains(name) ? ChineseAmount.figure(value) : Optional.empty();
    }

    /** True when codes are worth looking for on this page: one of its certificates is an invoice. */
    public static boolean anyInvoice(List<Certificate> certificates)
    {
        return certificates.stream().anyMatch(Invoices::isInvoice);
    }

    /** The certificates with the invoice QR codes among {@code codes} attached and their missing fields filled. */
    public static List<Certificate> withCodes(List<Certificate> certificates, List<MachineCode> codes)
    {
        List<List<MachineCode>> attached = new ArrayList<>();
        certificates.forEach(certificate -> attached.add(new ArrayList<>(certificate.codes())));
        for (MachineCode code : codes) {
            if (InvoiceQrCode.parse(code.text()).isEmpty()) {
                continue;
            }
            owner(certificates, code).ifPresent(index -> attached.get(index).add(code));
        }
        List<Certificate> result = new ArrayList<>();
        for (int i = 0; i < certificates.size(); i++) {
            Certificate certificate = certificates.get(i).withCodes(attached.get(i));
            result.add(filled(certificate));
        }
        return result;
    }

    private static Optional<Integer> owner(List<Certificate> certificates, MachineCode code)
    {
        List<Integer> invoices = new ArrayList<>();
        for (int i = 0; i < certificates.size(); i++) {
            if (isInvoice(certificates.get(i))) {
                invoices.add(i);
            }
        }
        if (invoices.isEmpty()) {
            return Optional.empty();
        }
        if (code.box().isEmpty() || invoices.size() == 1) {
            return Optional.of(invoices.get(0));
        }
        Point middle = code.box().get().center();
        return invoices.stream().min(Comparator.comparingDouble(index -> certificates.get(index).region()
                .map(region -> distance(region, middle))
                .orElse(Double.MAX_VALUE)));
    }

    /** 0 inside the box, else how far the point is from it. */
    private static double distance(Quadrilateral box, Point point)
    {
        double dx = Math.max(0, Math.max(box.left() - point.x(), point.x() - box.right()));
        double dy = Math.max(0, Math.max(box.top() - point.y(), point.y() - box.bottom()));
        return Math.hypot(dx, dy);
    }

    private static Certificate filled(Certificate certificate)
    {
        Optional<MachineCode> first = certificate.codes().stream().filter(code -> InvoiceQrCode.parse(code.text()).isPresent()).findFirst();
        if (first.isEmpty()) {
            return certificate;
        }
        InvoiceQrCode payload = InvoiceQrCode.parse(first.get().text()).orElseThrow();
        List<ExtractedField> fields = new ArrayList<>(certificate.fields());
        payload.code().ifPresent(code -> fill(certificate, fields, "发票代码", code, first.get()));
        fill(certificate, fields, "发票号码", payload.number(), first.get());
        fill(certificate, fields, "开票日期", PRINTED_DATE.format(payload.date()), first.get());
        payload.checkCode().ifPresent(checkCode -> fill(certificate, fields, "校验码", checkCode, first.get()));
        fill(certificate, fields, payload.amountField(), "¥" + payload.amount().toPlainString(), first.get());
        return certificate.withFields(fields);
    }

    private static void fill(Certificate certificate, List<ExtractedField> fields, String name, String value, MachineCode code)
    {
        if (certificate.field(name).isEmpty()) {
            fields.add(new ExtractedField(name, List.of(value), 1.0, code.box(), ExtractedField.Origin.QR_CODE));
        }
    }
}
