package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.zip.CRC32;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

class DocumentReaderTest
{
    private final DocumentReader reader = new DocumentReader();

    @ParameterizedTest
    @ValueSource(strings = {"png", "jpg", "bmp"})
    void acceptedFormatsDecodeToTheirSize(String format)
            throws IOException
    {
        LoadedPage page = reader.read(new DocumentSource.Image(encode(new BufferedImage(120, 80, BufferedImage.TYPE_3BYTE_BGR), format)));

        assertThat(page.content()).isInstanceOfSatisfying(PageContent.Raster.class, raster -> {
            assertThat(raster.image().getWidth()).isEqualTo(120);
            assertThat(raster.image().getHeight()).isEqualTo(80);
        });
        assertThat(page.pageCount()).isEmpty();
    }

    @Test
    void gifAndGarbageAreFormatErrors()
            throws IOException
    {
        assertCode(encode(new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB), "gif"), ErrorCode.IMAGE_FORMAT_ERROR);
        assertCode("just some text".getBytes(java.nio.charset.StandardCharsets.US_ASCII), ErrorCode.IMAGE_FORMAT_ERROR);
    }

    @Test
    void truncatedPicturesAreFormatErrors()
            throws IOException
    {
        byte[] png = encode(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png");
        byte[] jpeg = encode(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "jpg");

        assertCode(Arrays.copyOf(png, 40), ErrorCode.IMAGE_FORMAT_ERROR);
        assertCode(Arrays.copyOf(jpeg, 10), ErrorCode.IMAGE_FORMAT_ERROR);
    }

    @Test
    void tooSmallOrTooLargeIsASizeError()
            throws IOException
    {
        assertCode(encode(new BufferedImage(14, 200, BufferedImage.TYPE_INT_RGB), "png"), ErrorCode.IMAGE_SIZE_ERROR);
        assertCode(encode(new BufferedImage(8193, 16, BufferedImage.TYPE_BYTE_BINARY), "png"), ErrorCode.IMAGE_SIZE_ERROR);
    }

    @Test
    void decompressionBombIsRefusedFromItsHeader()
    {
        // A valid PNG header declaring 20000 × 20000 pixels and no data: decoding it would need 1.6 GB.
        byte[] bomb = pngHeader(20000, 20000);

        assertCode(bomb, ErrorCode.IMAGE_SIZE_ERROR);
    }

    @Test
    void emptyPictureAndATwoByteOfd()
    {
        assertCode(new byte[0], ErrorCode.EMPTY_IMAGE);
        assertThatThrownBy(() -> reader.read(new DocumentSource.Ofd(new byte[] {'P', 'K'}, 1)))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.IMAGE_FORMAT_ERROR);
    }

    private void assertCode(byte[] bytes, ErrorCode code)
    {
        assertThatThrownBy(() -> reader.read(new DocumentSource.Image(bytes)))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(code);
    }

    private static byte[] encode(BufferedImage image, String format)
            throws IOException
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    static byte[] pngHeader(int width, int height)
    {
        ByteBuffer header = ByteBuffer.allocate(8 + 25);
        header.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        ByteBuffer chunk = ByteBuffer.allocate(17);
        chunk.put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(chunk.array());
        header.putInt(13).put(chunk.array()).putInt((int) crc.getValue());
        return header.array();
    }
}
