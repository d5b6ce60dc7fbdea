package io.certscan.domain.identifier;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** The number of a 特种作业操作证: T followed by the holder's resident ID number. */
public final class SpecialOperationCertificateNumber
{
    private SpecialOperationCertificateNumber() {}

    public static IdentifierCheck check(String text)
    {
        String value = IdentifierText.fold(requireNonNull(text, "text is null"));
        List<IdentifierProblem> problems = new ArrayList<>();
        String idNumber = value;
        if (value.startsWith("T")) {
            idNumber = value.substring(1);
        }
        else {
            problems.add(IdentifierProblem.MISSING_PREFIX);
        }
        problems.addAll(ResidentIdNumber.check(idNumber).problems());
        return new IdentifierCheck(IdentifierKind.SPECIAL_OPERATION_CERTIFICATE_NUMBER, value, problems);
    }
}
