package io.certscan.domain.error;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorCodeTest
{
    @Test
    void everyCodeTheIssueNamesIsInTheTableWithItsDocumentedMessage()
    {
        int[] required = {4, 6, 14, 17, 18, 19, 100, 110, 111, 216100, 216101, 216102, 216103, 216110, 216200, 216201, 216202,
                216203, 216630, 216631, 216633, 216634, 282000, 282003, 282004, 282102, 282103, 282110, 282111, 282112, 282113, 282114};

        assertThat(Arrays.stream(required).filter(code -> ErrorCode.fromCode(code).isEmpty())).isEmpty();
        assertThat(ErrorCode.fromCode(110)).map(ErrorCode::message).contains("Access token invalid or no longer valid");
        assertThat(ErrorCode.fromCode(282110)).map(ErrorCode::message).contains("urls not exit");
        assertThat(ErrorCode.fromCode(216202)).contains(ErrorCode.IMAGE_SIZE_ERROR);
        assertThat(ErrorCode.fromCode(999)).isEmpty();
    }

    @Test
    void codesAreUnique()
    {
        assertThat(Arrays.stream(ErrorCode.values()).map(ErrorCode::code)).doesNotHaveDuplicates();
    }

    @Test
    void exceptionCarriesCodeAndDetail()
    {
        CertscanException exception = new CertscanException(ErrorCode.NOT_ENOUGH_PARAM, "no image, url, pdf_file or ofd_file");

        assertThat(exception.errorCode()).isEqualTo(ErrorCode.NOT_ENOUGH_PARAM);
        assertThat(exception).hasMessage("216101 not enough param: no image, url, pdf_file or ofd_file");
    }
}
