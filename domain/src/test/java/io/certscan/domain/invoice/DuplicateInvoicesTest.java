package io.certscan.domain.invoice;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.FindingCode;
import org.junit.jupiter.api.Test;

import static io.certscan.domain.invoice.InvoicesTest.card;
import static io.certscan.domain.invoice.InvoicesTest.field;
import static org.assertj.core.api.Assertions.assertThat;

class DuplicateInvoicesTest
{
    @Test
    void theSecondAndLaterCopiesAreDuplicatesOfTheFirst()
    {
        DuplicateInvoices batch = new DuplicateInvoices();
        Certificate invoice = card(0, "增值税电子普通发票", Quadrilateral.rectangle(0, 0, 1, 1), field("发票代码", "044031900111"), field("发票号码", "12345678"));
        Certificate sameWithSpaces = card(0, "增值税电子普通发票", Quadrilateral.rectangle(0, 0, 1, 1), field("发票代码", "0440 3190 0111"), field("发票号码", "1234 5678"));
        Certificate other = card(0, "增值税电子普通发票", Quadrilateral.rectangle(0, 0, 1, 1), field("发票代码", "044031900111"), field("发票号码", "12345679"));

        assertThat(batch.record(invoice, "a.pdf")).isEmpty();
        assertThat(batch.record(other, "b.ofd")).isEmpty();
        assertThat(batch.record(sameWithSpaces, "c.jpg")).hasValueSatisfying(finding -> {
            assertThat(finding.code()).isEqualTo(FindingCode.DUPLICATE_INVOICE.code());
            assertThat(finding.message()).contains("a.pdf").doesNotContain("12345678");
        });
        assertThat(batch.record(invoice, "d.pdf#2")).map(Finding::englishMessage).hasValueSatisfying(message -> assertThat(message).contains("a.pdf"));
    }

    @Test
    void certificatesAreNeverDuplicates()
    {
        DuplicateInvoices batch = new DuplicateInvoices();
        Certificate licence = card(0, "营业执照", Quadrilateral.rectangle(0, 0, 1, 1), field("统一社会信用代码", "91350100M000100Y43"));

        assertThat(batch.record(licence, "a.jpg")).isEmpty();
        assertThat(batch.record(licence, "b.jpg")).isEmpty();
    }
}
