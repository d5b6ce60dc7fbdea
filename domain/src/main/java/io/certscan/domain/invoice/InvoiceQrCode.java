package io.certscan.domain.invoice;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The payload of a Chinese VAT invoice's QR code, comma-separated: version {@code 01}, the
 * invoice type ({@code 01} 专票, {@code 04} 普票, {@code 10} 电子普票, {@code 08} 电子专票,
 * {@code 31}/{@code 32} 数电 专票/普票 …), the invoice code (empty on 数电 invoices), the number,
 * an amount, the date ({@code yyyyMMdd}), the check code (empty on 专票 and 数电 invoices), then
 * a checksum. The amount is 合计金额 (before tax), except on 数电 invoices, where it is 价税合计.
 */
public record InvoiceQrCode(String type, Optional<String> code, String number, BigDecimal amount, LocalDate date, Optional<String> checkCode)
{
    private static final DateTimeFormatter COMPACT = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    public InvoiceQrCode
    {
        requireNonNull(type, "type is null");
        requireNonNull(code, "code is null");
        requireNonNull(number, "number is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(date, "date is null");
        requireNonNull(checkCode, "checkCode is null");
    }

    /** The payload read, or empty when the text is not an invoice's QR code. */
    public static Optional<InvoiceQrCode> parse(String text)
    {
        String[] parts = text.strip().split(",", -1);
        if (parts.length < 7 || !parts[0].strip().equals("01")) {
            return Optional.empty();
        }
        String type = parts[1].strip();
        String code = parts[2].strip();
        String number = parts[3].strip();
        String amount = parts[4].strip();
        String date = parts[5].strip();
        String checkCode = parts[6].strip();
        if (!type.matches("\\d{2}") || !code.matches("(\\d{10}|\\d{12})?") || !number.matches("\\d{8}|\\d{20}")
                || !amount.matches("-?\\d{1,13}(\\.\\d{1,2})?") || !checkCode.matches("(\\d{20})?")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new InvoiceQrCode(type, optional(code), number, new BigDecimal(amount).setScale(2), LocalDate.parse(date, COMPACT), optional(checkCode)));
        }
        catch (DateTimeParseException badDate) {
            return Optional.empty();
        }
    }

    private static Optional<String> optional(String text)
    {
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /**
     * The payload written back in the code's own form (without the checksum, which nothing
     * reads): what a stored result keeps so that the invoice can be judged again against its code.
     * {@link #parse} reads it as this code.
     */
    public String payload()
    {
        return String.join(",", "01", type, code.orElse(""), number, amount.toPlainString(), COMPACT.format(date), checkCode.orElse(""), "");
    }

    /** 数电 invoices have a 20-digit number and no code; their QR amount includes the tax. */
    public boolean fullyDigital()
    {
        return code.isEmpty() && number.length() == 20;
    }

    public InvoiceKind kind()
    {
        if (fullyDigital()) {
            return InvoiceKind.DIGITAL;
        }
        return switch (type) {
            case "01", "08" -> InvoiceKind.SPECIAL;
            default -> InvoiceKind.ORDINARY;
        };
    }

    /** The field the QR code's amount is: 价税合计 on 数电 invoices, 合计金额 on the others. */
    public String amountField()
    {
        return fullyDigital() ? "价税合计" : "合计金额";
    }

    /** Never the payload's values: they identify an invoice. */
    @Override
    public String toString()
    {
        return "InvoiceQrCode[type=" + type + "]";
    }
}
