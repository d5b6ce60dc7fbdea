package io.certscan.contract;

import io.certscan.application.document.DocumentKind;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.MachineCode;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.invoice.InvoiceQrCode;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A rich result written as JSON and read back gives the certificates it was written from, to be judged again. */
class StoredRichResultTest
{
    private static final String QR_CODE = "01,10,061427623980,96924183,7379.28,20230711,12559259874251016443,A1B2,";

    @Test
    void aWrittenResultReadBackHoldsTheSameCertificates()
    {
        Certificate invoice = new Certificate(0, Optional.of("广东增值税电子普通发票"), List.of(
                new ExtractedField("发票号码", List.of("96924183"), 0.987654321, Quadrilateral.rectangle(10, 20, 110, 40)),
                new ExtractedField("校验码", List.of("12559 25987", " 42510 16443"), 0.75, Optional.empty(), ExtractedField.Origin.QR_CODE)),
                Optional.of(Quadrilateral.rectangle(0, 0, 800, 500)), List.of(new MachineCode(QR_CODE, Optional.empty())));
        Certificate card = new Certificate(1, Optional.empty(), List.of(ExtractedField.withoutLocation("姓名", List.of("张敞"))), Optional.empty());
        RecognitionResult result = new RecognitionResult(new LogId(-1), DocumentKind.PDF, OptionalInt.of(1),
                List.of(new JudgedCertificate(invoice, List.of()), new JudgedCertificate(card, List.of())), LocalDate.of(2026, 11, 23));

        List<Certificate> read = RichResponse.parse(ContractJson.richResponse().toJson(RichResponse.from(result))).certificates();

        assertThat(read).hasSize(2);
        assertThat(read.get(0).index()).isZero();
        assertThat(read.get(0).title()).contains("广东增值税电子普通发票");
        assertThat(read.get(0).fields()).extracting(ExtractedField::name, ExtractedField::words, ExtractedField::confidence, ExtractedField::origin)
                .containsExactly(
                        org.assertj.core.api.Assertions.tuple("发票号码", List.of("96924183"), 0.987654321, ExtractedField.Origin.PRINTED),
                        org.assertj.core.api.Assertions.tuple("校验码", List.of("12559 25987", " 42510 16443"), 0.75, ExtractedField.Origin.QR_CODE));
        assertThat(read.get(0).fields().get(0).location()).contains(Quadrilateral.rectangle(10, 20, 110, 40));
        assertThat(read.get(0).region()).contains(Quadrilateral.rectangle(0, 0, 800, 500));
        // The code is the same code again (its checksum, which nothing reads, aside).
        assertThat(read.get(0).codes()).singleElement().satisfies(code -> assertThat(InvoiceQrCode.parse(code.text())).isEqualTo(InvoiceQrCode.parse(QR_CODE)));
        assertThat(read.get(1)).isEqualTo(card);
    }

    @Test
    void textThatIsNoRichResultIsRefusedWithWhatIsWrong()
    {
        assertThatThrownBy(() -> RichResponse.parse("{\"log_id\": 1}")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no results");
        assertThatThrownBy(() -> RichResponse.parse("not json")).isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("not a rich result of certscan");
        assertThatThrownBy(() -> RichResponse.parse("{\"results\": [{\"index\": 0, \"fields\": [{\"value\": \"x\", \"confidence\": 1}]}]}").certificates())
                .isInstanceOf(IllegalArgumentException.class).hasMessage("a field without a name");
        assertThatThrownBy(() -> RichResponse.parse("{\"results\": [{\"index\": -1}]}").certificates()).isInstanceOf(IllegalArgumentException.class);
    }
}
