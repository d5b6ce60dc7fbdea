package io.certscan.adapter.documents;

import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * Whether a picture file is whole. The decoders do not say: a JPEG cut short decodes with its
 * missing rows grey, and a PNG's checksums are never looked at, so a scan that lost its bottom
 * half would be judged as if nothing were missing. One pass over the bytes, before decoding.
 */
final class PictureIntegrity
{
    private static final int JPEG_END_OF_IMAGE = 0xD9;
    private static final int JPEG_START_OF_SCAN = 0xDA;

    private PictureIntegrity() {}

    /** @throws CertscanException 216201 when the picture of that format is truncated or fails its checksums */
    static void check(String format, byte[] bytes)
    {
        switch (format) {
            case "jpeg" -> {
                if (!jpegComplete(bytes)) {
                    throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the jpeg picture is truncated: it ends before its end-of-image marker");
                }
            }
            case "png" -> checkPng(bytes);
            default -> {
                // BMP rows are read as the header says and a short file fails to decode.
            }
        }
    }

    /**
     * Walks the JPEG's segments by their lengths and each scan's entropy-coded data to the next
     * marker, and says whether an end-of-image marker is reached. An EXIF thumbnail's own markers
     * lie inside the APP1 segment and are skipped with it.
     */
    static boolean jpegComplete(byte[] bytes)
    {
        int position = 2;
        while (true) {
            while (position < bytes.length && (bytes[position] & 0xFF) != 0xFF) {
                // Stray bytes between segments: decoders skip them, and so does this.
                position++;
            }
            while (position < bytes.length && (bytes[position] & 0xFF) == 0xFF) {
                position++;
            }
            if (position >= bytes.length) {
                return false;
            }
            int marker = bytes[position++] & 0xFF;
            if (marker == JPEG_END_OF_IMAGE) {
                return true;
            }
            if (marker == 0x01 || marker >= 0xD0 && marker <= 0xD7) {
                continue;
            }
            if (position + 2 > bytes.length) {
                return false;
            }
            int length = (bytes[position] & 0xFF) << 8 | bytes[position + 1] & 0xFF;
            if (length < 2) {
                return false;
            }
            position += length;
            if (marker == JPEG_START_OF_SCAN) {
                position = endOfEntropyCodedData(bytes, position);
            }
        }
    }

    /** The position of the first marker after a scan's data: a 0xFF not followed by a stuffed zero or a restart marker. */
    private static int endOfEntropyCodedData(byte[] bytes, int position)
    {
        while (position + 1 < bytes.length) {
            if ((bytes[position] & 0xFF) == 0xFF) {
                int next = bytes[position + 1] & 0xFF;
                if (next != 0x00 && (next < 0xD0 || next > 0xD7)) {
                    return position;
                }
                position += 2;
                continue;
            }
            position++;
        }
        return bytes.length;
    }

    /** Every chunk within the file and matching its CRC, up to and including IEND. */
    private static void checkPng(byte[] bytes)
    {
        int position = 8;
        CRC32 crc = new CRC32();
        while (position + 12 <= bytes.length) {
            long length = readInt(bytes, position) & 0xFFFFFFFFL;
            if (length > bytes.length - position - 12L) {
                break;
            }
            String type = new String(bytes, position + 4, 4, StandardCharsets.ISO_8859_1);
            crc.reset();
            crc.update(bytes, position + 4, 4 + (int) length);
            if ((int) crc.getValue() != readInt(bytes, position + 8 + (int) length)) {
                throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the png picture is corrupt: its " + printable(type) + " chunk fails its checksum");
            }
            if (type.equals("IEND")) {
                return;
            }
            position += 12 + (int) length;
        }
        throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the png picture is truncated: it ends before its IEND chunk");
    }

    private static String printable(String type)
    {
        return type.chars().allMatch(c -> c >= 'A' && c <= 'z') ? type : "unnamed";
    }

    private static int readInt(byte[] bytes, int position)
    {
        return (bytes[position] & 0xFF) << 24 | (bytes[position + 1] & 0xFF) << 16 | (bytes[position + 2] & 0xFF) << 8 | bytes[position + 3] & 0xFF;
    }
}
