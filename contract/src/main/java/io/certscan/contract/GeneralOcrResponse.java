package io.certscan.contract;

import io.certscan.application.document.DocumentKind;
import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.application.port.in.LogId;
import io.certscan.application.port.in.RecognitionResult;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * general_ocr's success body: {@code log_id}, {@code pdf_file_size} (a string, only for PDF
 * sources) and {@code results}, an object keyed "0", "1", … (one per document in the picture) whose
 * values map each field name to a list of {@code {"words": [...]}}, "标题" first, then the fields
 * in the order they were read. A name printed twice on a card keeps both values in its list.
 */
public record GeneralOcrResponse(LogId logId, Optional<String> pdfFileSize, List<Map<String, List<Words>>> results)
{
    public GeneralOcrResponse
    {
        requireNonNull(logId, "logId is null");
        requireNonNull(pdfFileSize, "pdfFileSize is null");
        results = requireNonNull(results, "results is null").stream()
                .map(card -> Collections.unmodifiableMap(new LinkedHashMap<>(card)))
                .toList();
    }

    /** One entry of a field's value list. */
    public record Words(List<String> words)
    {
        public Words
        {
            words = List.copyOf(requireNonNull(words, "words is null"));
        }
    }

    public static GeneralOcrResponse from(RecognitionResult result)
    {
        Optional<String> pdfFileSize = result.sourceKind() == DocumentKind.PDF && result.pageCount().isPresent()
                ? Optional.of(Integer.toString(result.pageCount().getAsInt()))
                : Optional.empty();
        List<Map<String, List<Words>>> results = result.certificates().stream()
                .map(JudgedCertificate::certificate)
                .map(GeneralOcrResponse::card)
                .toList();
        return new GeneralOcrResponse(result.logId(), pdfFileSize, results);
    }

    private static Map<String, List<Words>> card(Certificate certificate)
    {
        Map<String, List<Words>> card = new LinkedHashMap<>();
        certificate.title().ifPresent(title -> card.put(FieldNames.TITLE, new ArrayList<>(List.of(new Words(List.of(title))))));
        for (ExtractedField field : certificate.fields()) {
            card.computeIfAbsent(field.name(), name -> new ArrayList<>()).add(new Words(field.words()));
        }
        card.replaceAll((name, values) -> List.copyOf(values));
        return card;
    }

    /** The cards as domain certificates, for an engine that receives this body from the cloud. */
    public List<Certificate> certificates()
    {
        List<Certificate> certificates = new ArrayList<>();
        for (int index = 0; index < results.size(); index++) {
            Optional<String> title = Optional.empty();
            List<ExtractedField> fields = new ArrayList<>();
            for (Map.Entry<String, List<Words>> entry : results.get(index).entrySet()) {
                for (Words words : entry.getValue()) {
                    if (entry.getKey().equals(FieldNames.TITLE) && title.isEmpty()) {
                        title = Optional.of(String.join("", words.words()));
                    }
                    else if (!FieldNames.normalize(entry.getKey()).isEmpty()) {
                        fields.add(ExtractedField.withoutLocation(entry.getKey(), words.words()));
                    }
                }
            }
            certificates.add(new Certificate(index, title, fields, Optional.empty()));
        }
        return certificates;
    }
}
