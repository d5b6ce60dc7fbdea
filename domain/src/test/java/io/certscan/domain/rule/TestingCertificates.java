package io.certscan.domain.rule;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Certificates for the rules' tests, written as a title and its fields' names and values. */
final class TestingCertificates
{
    private TestingCertificates() {}

    static Certificate card(String title, String... namesAndValues)
    {
        List<ExtractedField> fields = new ArrayList<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.add(ExtractedField.withoutLocation(namesAndValues[i], List.of(namesAndValues[i + 1])));
        }
        return new Certificate(0, Optional.of(title), fields, Optional.empty());
    }
}
