package io.certscan.application.document;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class FileSignatureTest
{
    @Test
    void eachFormatIsToldByItsFirstBytesAlone()
    {
        assertThat(FileSignature.of(bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10))).contains(FileSignature.JPEG);
        assertThat(FileSignature.of(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0))).contains(FileSignature.PNG);
        assertThat(FileSignature.of("BM6\u0000".getBytes(StandardCharsets.ISO_8859_1))).contains(FileSignature.BMP);
        assertThat(FileSignature.of("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII))).contains(FileSignature.PDF);
        assertThat(FileSignature.of(bytes('P', 'K', 3, 4, 20, 0))).contains(FileSignature.ZIP);
    }

    @Test
    void aTruncatedOrUnknownStartIsNoFormat()
    {
        assertThat(FileSignature.of(bytes(0x89, 'P', 'N', 'G'))).isEmpty();
        assertThat(FileSignature.of(bytes(0xFF, 0xD8))).isEmpty();
        assertThat(FileSignature.of(new byte[0])).isEmpty();
        assertThat(FileSignature.of("GIF89a".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    @Test
    void onlyThePicturesGeneralOcrReadsArePictures()
    {
        assertThat(FileSignature.values()).filteredOn(FileSignature::isPicture).containsExactly(FileSignature.JPEG, FileSignature.PNG, FileSignature.BMP);
    }

    private static byte[] bytes(int... values)
    {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }
}
