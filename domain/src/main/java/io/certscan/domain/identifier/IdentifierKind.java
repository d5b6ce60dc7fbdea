package io.certscan.domain.identifier;

/** The identifier standards certscan checks. */
public enum IdentifierKind
{
    /** 公民身份号码, GB 11643-1999. */
    RESIDENT_ID_NUMBER,
    /** 统一社会信用代码, GB 32100-2015. */
    UNIFIED_SOCIAL_CREDIT_CODE,
    /** 组织机构代码, GB 11714-1997. */
    ORGANIZATION_CODE,
    /** 特种作业操作证 number: T followed by the holder's resident ID number. */
    SPECIAL_OPERATION_CERTIFICATE_NUMBER,
}
