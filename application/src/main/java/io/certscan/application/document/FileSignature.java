package io.certscan.application.document;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a file is, told by its first bytes rather than by any name: the one table of magic bytes,
 * for the documents a request may carry (PDF, an OFD's zip package) and the pictures
 * general_ocr reads (JPEG, PNG, BMP).
 */
public enum FileSignature
{
    JPEG(0xFF, 0xD8, 0xFF),
    PNG(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A),
    BMP('B', 'M'),
    PDF('%', 'P', 'D', 'F'),
    /** A zip archive, which is what an OFD file is; no picture format starts like one. */
    ZIP('P', 'K', 0x03, 0x04);

    private final int[] magic;

    FileSignature(int... magic)
    {
        this.magic = magic;
    }

    /** The signature the bytes start with, if any. */
    public static Optional<FileSignature> of(byte[] bytes)
    {
        return Arrays.stream(values()).filter(signature -> signature.starts(bytes)).findFirst();
    }

    /** Whether this is one of the picture formats general_ocr reads. */
    public boolean isPicture()
    {
        return this == JPEG || this == PNG || this == BMP;
    }

    private boolean starts(byte[] bytes)
    {
        if (bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
