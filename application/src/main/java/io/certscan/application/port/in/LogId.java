package io.certscan.application.port.in;

import static java.util.Objects.requireNonNull;

/**
 * general_ocr's {@code log_id}: an unsigned 64-bit number. Held in a long whose bits are read as
 * unsigned, so values above 2^63 survive; never passed through a double.
 */
public record LogId(long bits)
{
    public static LogId parse(String text)
    {
        requireNonNull(text, "text is null");
        return new LogId(Long.parseUnsignedLong(text.strip()));
    }

    @Override
    public String toString()
    {
        return Long.toUnsignedString(bits);
    }
}
