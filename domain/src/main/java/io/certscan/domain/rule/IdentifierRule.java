package io.certscan.domain.rule;

import io.certscan.domain.certificate.Certificate;
import io.certscan.domain.certificate.ExtractedField;
import io.certscan.domain.certificate.FieldNames;
import io.certscan.domain.identifier.IdentifierCheck;
import io.certscan.domain.identifier.IdentifierProblem;
import io.certscan.domain.identifier.OrganizationCode;
import io.certscan.domain.identifier.ResidentIdNumber;
import io.certscan.domain.identifier.SpecialOperationCertificateNumber;
import io.certscan.domain.identifier.UnifiedSocialCreditCode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks the identifiers printed on a certificate against their standards: resident ID numbers
 * (GB 11643), special-operation numbers (T + ID number), unified social credit codes (GB 32100)
 * and organisation codes (GB 11714), and the formats of numbers without a check character (food
 * business licences, invoices). A credit code whose only fault is its check character is a
 * warning: some genuine early codes fail it. Messages name the fault, never the number.
 */
public final class IdentifierRule
        implements CertificateRule
{
    @Override
    public List<Finding> evaluate(Certificate certificate, LocalDate asOf)
    {
        List<Finding> findings = new ArrayList<>();
        for (ExtractedField field : certificate.fields()) {
            String value = FieldNames.normalize(field.value());
            Optional<IdentifierCheck> check = builtInCheck(field.name(), value);
            if (check.isEmpty()) {
                formatFinding(certificate, field, value).ifPresent(findings::add);
                continue;
            }
            if (!check.get().isValid()) {
                findings.add(finding(field.name(), check.get()));
            }
        }
        return findings;
    }

    /** The check this rule makes of a field, by its name and the shape of its value, if any. */
    static Optional<IdentifierCheck> builtInCheck(String name, String value)
    {
        String canonical = FieldNames.canonical(name).orElse(name);
        if (canonical.equals("公民身份号码")) {
            return Optional.of(ResidentIdNumber.check(value));
        }
        if (canonical.equals("证号") && SpecialOperationCertificateNumber.isWrittenAsOne(value)) {
            return Optional.of(SpecialOperationCertificateNumber.check(value));
        }
        if (canonical.equals("统一社会信用代码") && value.length() == 18) {
            // A person's taxpayer number is their ID number.
            if (taxpayerNumber(name) && ResidentIdNumber.check(value).isValid()) {
                return Optional.empty();
            }
            return Optional.of(UnifiedSocialCreditCode.check(value));
        }
        if (name.equals("组织机构代码")) {
            return Optional.of(OrganizationCode.check(value));
        }
        return Optional.empty();
    }

    /** A value checked against the standard a certificate type names for its field. */
    static IdentifierCheck check(io.certscan.domain.identifier.IdentifierKind kind, String value)
    {
        return switch (kind) {
            case RESIDENT_ID_NUMBER -> ResidentIdNumber.check(value);
            case UNIFIED_SOCIAL_CREDIT_CODE -> UnifiedSocialCreditCode.check(value);
            case ORGANIZATION_CODE -> OrganizationCode.check(value);
            case SPECIAL_OPERATION_CERTIFICATE_NUMBER -> SpecialOperationCertificateNumber.check(value);
        };
    }

    /** 纳税人识别号, with or without its party's section, or the 数电 label that names both numbers. */
    private static boolean taxpayerNumber(String name)
    {
        return FieldNames.normalize(name).endsWith("纳税人识别号");
    }

    /**
     * Numbers with a fixed format but no check character: a food business licence number is JY and
     * 14 digits; an invoice code has 10 or 12 digits, an invoice number 8 (20 on fully digital
     * invoices) and a check code 20; a taxpayer number is a credit code or one of the older 15, 17
     * and 20-character numbers (a region and an organisation code, an ID number and a suffix).
     */
    private static Optional<Finding> formatFinding(Certificate certificate, ExtractedField field, String value)
    {
        String title = certificate.title().map(FieldNames::normalize).orElse("");
        String upper = value.toUpperCase(Locale.ROOT);
        if (title.contains("食品经营许可证") && field.name().equals("许可证编号") && !upper.matches("JY\\d{14}")) {
            return Optional.of(formatFinding(field.name(), "JY 加 14 位数字", "JY followed by 14 digits"));
        }
        if (field.name().equals("发票代码") && !upper.matches("\\d{10}|\\d{12}")) {
            return Optional.of(formatFinding(field.name(), "10 或 12 位数字", "10 or 12 digits"));
        }
        if (field.name().equals("发票号码") && !upper.matches("\\d{8}|\\d{20}")) {
            return Optional.of(formatFinding(field.name(), "8 位（数电发票 20 位）数字", "8 digits (20 on fully digital invoices)"));
        }
        if (field.name().equals("校验码") && !upper.matches("\\d{20}")) {
            return Optional.of(formatFinding(field.name(), "20 位数字", "20 digits"));
        }
        if (taxpayerNumber(field.name()) && !upper.matches("[0-9A-Z]{15}|[0-9A-Z]{17,18}|[0-9A-Z]{20}")) {
            return Optional.of(formatFinding(field.name(), "18 位统一社会信用代码，或 15、17、20 位的旧税号", "an 18-character credit code, or an older 15, 17 or 20-character tax number"));
        }
        return Optional.empty();
    }

    static Finding formatFinding(String field, String chineseFormat, String englishFormat)
    {
        return new Finding(FindingCode.IDENTIFIER_FORMAT, Severity.ERROR, Optional.of(field),
                field + "格式不符，应为" + chineseFormat, field + " does not have the expected format: " + englishFormat);
    }

    static Finding finding(String field, IdentifierCheck check)
    {
        boolean onlyCreditCheckCharacter = check.kind() == io.certscan.domain.identifier.IdentifierKind.UNIFIED_SOCIAL_CREDIT_CODE
                && check.problems().equals(List.of(IdentifierProblem.CHECKSUM_MISMATCH));
        String chinese = check.problems().stream().map(IdentifierRule::chinese).collect(Collectors.joining("；"));
        String english = check.problems().stream().map(IdentifierRule::english).collect(Collectors.joining("; "));
        return new Finding(
                onlyCreditCheckCharacter ? FindingCode.IDENTIFIER_CHECK_CHARACTER_MISMATCH : FindingCode.IDENTIFIER_INVALID,
                onlyCreditCheckCharacter ? Severity.WARNING : Severity.ERROR,
                Optional.of(field),
                field + "不符合" + standard(check) + "：" + chinese + (onlyCreditCheckCharacter ? "（部分早期赋码未通过校验，请人工核对）" : ""),
                field + " fails " + standard(check) + ": " + english + (onlyCreditCheckCharacter ? " (some genuine early codes fail it; check by hand)" : ""));
    }

    private static String standard(IdentifierCheck check)
    {
        return switch (check.kind()) {
            case RESIDENT_ID_NUMBER -> "GB 11643";
            case SPECIAL_OPERATION_CERTIFICATE_NUMBER -> "T+GB 11643";
            case UNIFIED_SOCIAL_CREDIT_CODE -> "GB 32100";
            case ORGANIZATION_CODE -> "GB 11714";
        };
    }

    private static String chinese(IdentifierProblem problem)
    {
        return switch (problem) {
            case WRONG_LENGTH -> "位数不对";
            case ILLEGAL_CHARACTER -> "含非法字符";
            case CHECKSUM_MISMATCH -> "校验位不符";
            case INVALID_BIRTH_DATE -> "出生日期不存在或晚于今天";
            case UNKNOWN_REGION -> "地区码无效";
            case MISSING_PREFIX -> "缺少字母 T 前缀";
            case EMBEDDED_ORGANIZATION_CODE_MISMATCH -> "其中的组织机构代码校验位不符";
            case UNKNOWN_REGISTRATION_AUTHORITY -> "登记管理部门或机构类别代码无效";
        };
    }

    private static String english(IdentifierProblem problem)
    {
        return switch (problem) {
            case WRONG_LENGTH -> "wrong length";
            case ILLEGAL_CHARACTER -> "illegal character";
            case CHECKSUM_MISMATCH -> "check character mismatch";
            case INVALID_BIRTH_DATE -> "the birth date does not exist or is in the future";
            case UNKNOWN_REGION -> "unknown region code";
            case MISSING_PREFIX -> "the T prefix is missing";
            case EMBEDDED_ORGANIZATION_CODE_MISMATCH -> "its organisation code fails its own check";
            case UNKNOWN_REGISTRATION_AUTHORITY -> "no registration authority and entity category of GB 32100";
        };
    }
}
