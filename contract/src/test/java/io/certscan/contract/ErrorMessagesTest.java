package io.certscan.contract;

import io.certscan.application.port.in.LogId;
import io.certscan.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorMessagesTest
{
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    /** What a person never has to know: the API's parameter names, settings, counts of bytes. */
    private static final Pattern DEVELOPER_WORDS = Pattern.compile("pdf_file|ofd_file|_num|\\b(url|server|ocr|baidu)\\.[a-z]|\\bbytes?\\b|base64|\\bnull\\b");

    @Test
    void everyErrorCodeTellsAPersonInChineseAndEnglishWhatToDo()
    {
        assertThat(ErrorCode.values()).allSatisfy(code -> {
            ErrorMessages.Message message = ErrorMessages.of(code);
            assertThat(message.chinese()).as("%s in Chinese", code).containsPattern(CHINESE).doesNotContainPattern(DEVELOPER_WORDS);
            assertThat(message.english()).as("%s in English", code).doesNotContainPattern(CHINESE).doesNotContainPattern(DEVELOPER_WORDS)
                    .isNotEqualToIgnoringCase(code.message()).endsWith(".");
        });
        // No two codes say the same thing in words a person could not tell apart.
        assertThat(Arrays.stream(ErrorCode.values()).map(code -> ErrorMessages.of(code).english()).distinct().count())
                .isEqualTo(ErrorCode.values().length);
    }

    @Test
    void aFileThatCannotBeReadNamesEveryKindOfFileThatCan()
    {
        ErrorMessages.Message message = ErrorMessages.of(ErrorCode.IMAGE_FORMAT_ERROR);

        assertThat(message.chinese()).contains("JPG", "PNG", "BMP", "PDF", "OFD");
        assertThat(message.english()).contains("JPG", "PNG", "BMP", "PDF", "OFD");
    }

    @Test
    void problemDetailsCarryThePersonsMessagesBesideTheDocumentedOne()
    {
        String json = ContractJson.problemResponse().toJson(ProblemResponse.of(400, ErrorCode.IMAGE_FORMAT_ERROR, "not a jpg, png or bmp picture", new LogId(5)));

        assertThat(json).contains("\"title\":\"image format error\"", "\"error_code\":216201", "\"detail\":\"not a jpg, png or bmp picture\"",
                "\"message\":\"" + ErrorMessages.of(ErrorCode.IMAGE_FORMAT_ERROR).chinese() + "\"",
                "\"message_en\":\"" + ErrorMessages.of(ErrorCode.IMAGE_FORMAT_ERROR).english() + "\"");
    }
}
