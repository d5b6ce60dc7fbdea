package io.certscan.application.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Counts without building the encoded string: a 10 MB image must not be copied to be measured. */
public final class UrlEncodedSizeValidator
        implements ConstraintValidator<UrlEncodedSize, String>
{
    private long max;
    private boolean raw;

    @Override
    public void initialize(UrlEncodedSize constraint)
    {
        max = constraint.max();
        raw = constraint.raw();
    }

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context)
    {
        return value == null || size(value, raw) <= max;
    }

    static long size(String value, boolean raw)
    {
        long size = 0;
        for (int i = 0; i < value.length(); i++) {
            char character = value.charAt(i);
            int utf8Bytes;
            if (character < 0x80) {
                utf8Bytes = 1;
            }
            else if (character < 0x800) {
                utf8Bytes = 2;
            }
            else if (Character.isHighSurrogate(character)) {
                utf8Bytes = 4;
                i++;
            }
            else {
                utf8Bytes = 3;
            }
            if (raw) {
                size += utf8Bytes;
            }
            else if (utf8Bytes == 1 && unreserved(character)) {
                size += 1;
            }
            else {
                size += 3L * utf8Bytes;
            }
        }
        return size;
    }

    private static boolean unreserved(char character)
    {
        return character >= 'a' && character <= 'z' || character >= 'A' && character <= 'Z' || character >= '0' && character <= '9'
                || character == '-' || character == '_' || character == '.' || character == '*' || character == ' ';
    }
}
