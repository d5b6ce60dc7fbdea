package io.certscan.adapter.documents;

import io.certscan.application.document.FileSignature;

import java.util.Locale;
import java.util.Optional;

/** The picture formats general_ocr accepts, told by their magic bytes ({@link FileSignature}) rather than by any name. */
final class PictureFormat
{
    private PictureFormat() {}

    /** The picture's format as ImageIO names it ({@code jpeg}, {@code png}, {@code bmp}), if the bytes are one of those. */
    static Optional<String> sniff(byte[] bytes)
    {
        return FileSignature.of(bytes).filter(FileSignature::isPicture).map(signature -> signature.name().toLowerCase(Locale.ROOT));
    }
}
