package io.certscan.domain.invoice;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.FieldNames;

import java.util.Optional;

/**
 * The three families of Chinese VAT invoices: 专票 (special, the buyer deducts its tax), 普票
 * (ordinary, paper or electronic) and 数电 (fully digital: no invoice code, a 20-digit number).
 */
public enum InvoiceKind
{
    SPECIAL("专票"),
    ORDINARY("普票"),
    DIGITAL("数电");

    private final String chineseName;

    InvoiceKind(String chineseName)
    {
        this.chineseName = chineseName;
    }

    public String chineseName()
    {
        return chineseName;
    }

    /**
     * The kind of an invoice, from its QR code when one was read (the invoice type it states),
     * else from its title and numbers; empty for a document that is not a VAT invoice.
     */
    public static Optional<InvoiceKind> of(Certificate certificate)
    {
        Optional<InvoiceKind> fromCode = certificate.codes().stream()
                .flatMap(code -> InvoiceQrCode.parse(code.text()).stream())
                .map(InvoiceQrCode::kind)
                .findFirst();
        if (fromCode.isPresent()) {
            return fromCode;
        }
        if (!Invoices.isInvoice(certificate)) {
            return Optional.empty();
        }
        String title = certificate.title().map(FieldNames::normalize).orElse("");
        boolean twentyDigits = certificate.field("发票号码").map(field -> field.value().replaceAll("\\s", "").matches("\\d{20}")).orElse(false);
        if (title.matches("电子发票[（(].*") || (twentyDigits && certificate.field("发票代码").isEmpty())) {
            return Optional.of(DIGITAL);
        }
        if (title.contains("专用发票")) {
            return Optional.of(SPECIAL);
        }
        if (title.contains("普通发票")) {
            return Optional.of(ORDINARY);
        }
        return Optional.empty();
    }
}
