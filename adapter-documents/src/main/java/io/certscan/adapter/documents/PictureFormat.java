package io.certscan.adapter.documents;

import java.util.Optional;

/** The picture formats general_ocr accepts, told by their magic bytes rather than by any name. */
final class PictureFormat
{
    private PictureFormat() {}

    static Optional<String> sniff(byte[] bytes)
    {
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("jpeg");
        }
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("png");
        }
        if (startsWith(bytes, 'B', 'M')) {
            return Optional.of("bmp");
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] bytes, int... magic)
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
