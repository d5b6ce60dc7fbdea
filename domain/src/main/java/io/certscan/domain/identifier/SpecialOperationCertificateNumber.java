package io.certscan.domain.identifier;

import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/** The number of a 特种作业操作证: T followed by the holder's resident ID number. */
public final class SpecialOperationCertificateNumber
{
    /**
     * The fewest characters, T included, of a number that is meant as one: T and 14 of the 18
     * characters of an ID number. Recognition drops or doubles digits, so a number a few short is
     * still this kind of number, to be checked and reported as misread rather than taken for
     * another; what is shorter is some other number that happens to start with T.
     */
    private static final int SHORTEST_MEANT = 15;

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

    /**
     * Whether a certificate number is written as a special-operation number, valid or not: T and at
     * least 14 more characters once spaces and dashes are folded away as {@link #check} folds them.
     * The one test of "this is a special-operation number" that the rules share: it decides both
     * that the number is checked against T + GB 11643 and that its certificate is a 特种作业操作证.
     */
    public static boolean isWrittenAsOne(String text)
    {
        String value = IdentifierText.fold(requireNonNull(text, "text is null"));
        return value.startsWith("T") && value.length() >= SHORTEST_MEANT;
    }
}
