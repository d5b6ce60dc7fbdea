package io.certscan.adapter.cli;

import io.certscan.application.port.in.JudgedCertificate;
import io.certscan.domain.catalogue.CertificateType;
import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.invoice.DuplicateInvoices;
import io.certscan.domain.rule.CertificateFacts;
import io.certscan.domain.rule.Finding;
import io.certscan.domain.rule.Severity;
import io.certscan.domain.rule.Urgency;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * The compliance officer's view of a batch: one row per certificate (file, page, type,
 * holder or company, number, valid until, review by, status, findings), or per file that could not
 * be read, most urgent first. The second and later copies of one invoice are marked
 * {@code DUPLICATE_INVOICE}. As CSV (UTF-8 with a byte-order mark, so spreadsheet programs read
 * the Chinese right) or as one self-contained HTML page that opens offline.
 */
final class ComplianceReport
{
    /**
     * Where a row stands: its file could not be read, or its certificate is as urgent as the
     * domain's {@link Urgency} says, whose order the report follows. Only the words and colours are
     * the report's.
     */
    enum Status
    {
        FAILED(Optional.empty(), "无法识别", "could not be read", "failed"),
        EXPIRED(Optional.of(Urgency.EXPIRED), "已过期", "expired", "expired"),
        REVIEW_OVERDUE(Optional.of(Urgency.REVIEW_OVERDUE), "逾期未复审", "review overdue", "overdue"),
        INVALID(Optional.of(Urgency.INVALID), "有错误", "has errors", "invalid"),
        NOT_YET_VALID(Optional.of(Urgency.NOT_YET_VALID), "尚未生效", "not yet valid", "pending"),
        EXPIRING_SOON(Optional.of(Urgency.EXPIRING_SOON), "即将到期", "expiring soon", "soon"),
        REVIEW_DUE_SOON(Optional.of(Urgency.REVIEW_DUE_SOON), "即将复审", "review due soon", "soon"),
        CHECK(Optional.of(Urgency.CHECK), "需人工核对", "check by hand", "check"),
        VALID(Optional.of(Urgency.VALID), "有效", "valid", "valid");

        /** A file that could not be read first, then the domain's urgency order. */
        static final Comparator<Status> MOST_URGENT_FIRST = Comparator.comparingInt(status -> status.urgency.map(Urgency::ordinal).orElse(-1));

        final Optional<Urgency> urgency;
        final String chinese;
        final String english;
        final String style;

        Status(Optional<Urgency> urgency, String chinese, String english, String style)
        {
            this.urgency = urgency;
            this.chinese = chinese;
            this.english = english;
            this.style = style;
        }

        static Status of(Urgency urgency)
        {
            return Arrays.stream(values()).filter(status -> status.urgency.equals(Optional.of(urgency))).findFirst().orElseThrow();
        }

        String label()
        {
            return chinese + " / " + english;
        }
    }

    /** One line of the report. */
    record Row(String file, int page, int card, String type, String holder, String number, String validUntil, String reviewBy, Status status,
               List<Finding> findings, String error, Optional<Path> picture)
    {
        Row
        {
            requireNonNull(file, "file is null");
            findings = List.copyOf(findings);
        }

        String findingsText()
        {
            if (status == Status.FAILED) {
                return error;
            }
            return findings.stream().filter(finding -> finding.severity() != Severity.INFO)
                    .map(finding -> finding.code() + ": " + finding.message())
                    .collect(Collectors.joining("; "));
        }
    }

    /** Who a certificate is about, by the names certificates print it under. */
    private static final List<String> HOLDER_FIELDS = List.of("姓名", "名称", "企业名称", "单位名称", "经营者名称", "业户名称", "生产者名称", "专利权人", "注册人");
    /** Its number, likewise (证号 stands for 证件号码, 证书编号, 许可证编号 …). */
    private static final List<String> NUMBER_FIELDS = List.of("证号", "发票号码", "统一社会信用代码", "经营许可证号", "专利号", "注册号");

    private final List<Row> rows = new ArrayList<>();
    private final DuplicateInvoices invoices = new DuplicateInvoices();

    void add(String file, int page, JudgedCertificate judged)
    {
        add(file, page, judged, Optional.empty());
    }

    /** @param picture the annotated picture of the page, if one was written */
    void add(String file, int page, JudgedCertificate judged, Optional<Path> picture)
    {
        Certificate certificate = judged.certificate();
        // The dates the rules judged, from the fields they judged: the report never picks its own.
        CertificateFacts facts = judged.facts();
        String validUntil = facts.validity().map(period -> period.isLongTerm() ? "长期" : period.endDate().map(LocalDate::toString).orElse("")).orElse("");
        String reviewBy = facts.reviewDeadline().map(LocalDate::toString).orElse("");
        List<Finding> findings = new ArrayList<>(judged.findings());
        invoices.record(certificate, page == 1 ? file : file + "#" + page).ifPresent(findings::add);
        rows.add(new Row(file, page, certificate.index(),
                judged.type().map(CertificateType::name).orElse(certificate.title().map(title -> title + "（未分类）").orElse("未分类")),
                first(certificate, HOLDER_FIELDS), first(certificate, NUMBER_FIELDS), validUntil, reviewBy, status(findings), findings, "", picture));
    }

    void failed(String file, int page, CertscanException failure)
    {
        rows.add(new Row(file, page, 0, "", "", "", "", "", Status.FAILED, List.of(),
                "error " + failure.errorCode().code() + " (" + failure.errorCode().message() + "): " + failure.detail(), Optional.empty()));
    }

    /** Most urgent first; within one status, by file, page and card. */
    List<Row> rows()
    {
        return rows.stream()
                .sorted(Comparator.comparing(Row::status, Status.MOST_URGENT_FIRST).thenComparing(Row::file).thenComparingInt(Row::page).thenComparingInt(Row::card))
                .toList();
    }

    static Status status(List<Finding> findings)
    {
        return Status.of(Urgency.of(findings));
    }

    private static String first(Certificate certificate, List<String> names)
    {
        return names.stream().map(certificate::field).flatMap(Optional::stream).findFirst().map(ExtractedField::value).orElse("");
    }

    String csv()
    {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append("file,page,card,type,holder,number,valid_until,review_by,status,findings\r\n");
        for (Row row : rows()) {
            csv.append(String.join(",", List.of(cell(row.file()), Integer.toString(row.page()), Integer.toString(row.card()), cell(row.type()), cell(row.holder()),
                    cell(row.number()), cell(row.validUntil()), cell(row.reviewBy()), cell(row.status().name().toLowerCase(Locale.ROOT)), cell(row.findingsText()))));
            csv.append("\r\n");
        }
        return csv.toString();
    }

    /** RFC 4180 quoting, and a leading = + - @ neutralised so a spreadsheet never runs a cell as a formula. */
    private static String cell(String value)
    {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }

    /** @param reportFolder where the page will be, so that links to annotated pictures are relative and the folder can move */
    String html(LocalDate asOf, Path reportFolder)
    {
        List<Row> sorted = rows();
        Map<Status, Long> counts = new TreeMap<>(Status.MOST_URGENT_FIRST);
        counts.putAll(sorted.stream().collect(Collectors.groupingBy(Row::status, Collectors.counting())));
        StringBuilder html = new StringBuilder();
        html.append("""
                <!DOCTYPE html>
                <html lang="zh-CN">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>证照合规报告 / Compliance report</title>
                <style>
                body { font-family: "Noto Sans CJK SC", "WenQuanYi Zen Hei", "Microsoft YaHei", sans-serif; margin: 2em; color: #222; }
                h1 { font-size: 1.4em; margin-bottom: 0.2em; }
                .summary span { display: inline-block; margin: 0.3em 0.6em 0.3em 0; }
                table { border-collapse: collapse; width: 100%; font-size: 0.92em; }
                th, td { border: 1px solid #ccc; padding: 0.35em 0.5em; text-align: left; vertical-align: top; }
                th { background: #f2f2f2; position: sticky; top: 0; }
                .badge { border-radius: 0.8em; padding: 0.1em 0.6em; white-space: nowrap; color: #fff; }
                .failed { background: #6d2aa8; } .expired, .overdue, .invalid { background: #c62828; }
                .pending, .soon { background: #ef8f00; } .check { background: #5c6bc0; } .valid { background: #2e7d32; }
                td.findings { max-width: 40em; }
                </style>
                </head>
                <body>
                """);
        html.append("<h1>证照合规报告 / Compliance report</h1>\n");
        html.append("<p>评估日期 / as of ").append(escape(asOf.toString())).append(" · ").append(sorted.size()).append(" 行 / rows</p>\n");
        html.append("<p class=\"summary\">");
        counts.forEach((status, count) -> html.append("<span class=\"badge ").append(status.style).append("\">").append(escape(status.label()))
                .append(": ").append(count).append("</span>"));
        html.append("</p>\n<table>\n<thead><tr><th>状态 / status</th><th>文件 / file</th><th>页 / page</th><th>类型 / type</th><th>持证人或单位 / holder</th>"
                + "<th>编号 / number</th><th>有效期至 / valid until</th><th>复审 / review by</th><th>问题 / findings</th></tr></thead>\n<tbody>\n");
        for (Row row : sorted) {
            html.append("<tr><td><span class=\"badge ").append(row.status().style).append("\">").append(escape(row.status().label())).append("</span></td>")
                    .append("<td>").append(escape(row.file())).append(row.card() > 0 ? " #" + row.card() : "")
                    .append(row.picture().map(picture -> " <a href=\"" + escape(link(reportFolder, picture)) + "\">图 / picture</a>").orElse("")).append("</td>")
                    .append("<td>").append(row.page()).append("</td>")
                    .append("<td>").append(escape(row.type())).append("</td>")
                    .append("<td>").append(escape(row.holder())).append("</td>")
                    .append("<td>").append(escape(row.number())).append("</td>")
                    .append("<td>").append(escape(row.validUntil())).append("</td>")
                    .append("<td>").append(escape(row.reviewBy())).append("</td>")
                    .append("<td class=\"findings\">").append(escape(row.findingsText())).append("</td></tr>\n");
        }
        html.append("</tbody>\n</table>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String link(Path reportFolder, Path picture)
    {
        Path relative = reportFolder.toAbsolutePath().normalize().relativize(picture.toAbsolutePath().normalize());
        StringBuilder href = new StringBuilder();
        for (Path part : relative) {
            if (!href.isEmpty()) {
                href.append('/');
            }
            href.append(java.net.URLEncoder.encode(part.toString(), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return href.toString();
    }

    private static String escape(String text)
    {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
