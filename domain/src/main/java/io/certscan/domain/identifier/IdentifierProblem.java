package io.certscan.domain.identifier;

/** Why an identifier fails its standard's checks. */
public enum IdentifierProblem
{
    WRONG_LENGTH,
    ILLEGAL_CHARACTER,
    CHECKSUM_MISMATCH,
    /** The birth date inside a resident ID number is not a real date, or is in the future. */
    INVALID_BIRTH_DATE,
    /** The first two digits name no province-level region. */
    UNKNOWN_REGION,
    /** A special-operation certificate number must start with T. */
    MISSING_PREFIX,
    /** The organisation code embedded in a unified social credit code fails its own check. */
    EMBEDDED_ORGANIZATION_CODE_MISMATCH,
    /** A unified social credit code's first two characters name no registration authority and entity category of GB 32100. */
    UNKNOWN_REGISTRATION_AUTHORITY,
}
