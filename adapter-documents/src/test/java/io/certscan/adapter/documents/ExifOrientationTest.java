package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;

import static org.assertj.core.api.Assertions.assertThat;

class ExifOrientationTest
{
    /**
     * A 200 × 100 picture whose left quarter is red, stored with an EXIF orientation: once upright
     * the red stripe must be where the orientation puts the stored left edge.
     */
    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({
            "1, 200, 100, 10, 50",
            "3, 200, 100, 190, 50",
            "6, 100, 200, 50, 10",
            "8, 100, 200, 50, 190",
            "2, 200, 100, 190, 50"})
    void picturesAreTurnedAsTheirExifSays(int orientation, int width, int height, int redX, int redY)
            throws IOException
    {
        byte[] jpeg = withOrientation(stripedJpeg(), orientation);

        assertThat(ExifOrientation.of(jpeg)).isEqualTo(orientation);
        BufferedImage upright = ((PageContent.Raster) new DocumentReader().read(new DocumentSource.Image(jpeg)).content()).image();

        assertThat(upright.getWidth()).isEqualTo(width);
        assertThat(upright.getHeight()).isEqualTo(height);
        assertThat(new Color(upright.getRGB(redX, redY)).getRed()).isGreaterThan(200);
        assertThat(new Color(upright.getRGB(width - 1 - redX, height - 1 - redY)).getRed()).isLessThan(80);
    }

    @Test
    void missingOrBrokenMetadataMeansAsStored()
            throws IOException
    {
        assertThat(ExifOrientation.of(stripedJpeg())).isEqualTo(1);
        assertThat(ExifOrientation.of(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE1, 0, 4, 'E', 'x'})).isEqualTo(1);
    }

    private static byte[] stripedJpeg()
            throws IOException
    {
        BufferedImage image = new BufferedImage(200, 100, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.BLUE);
        graphics.fillRect(0, 0, 200, 100);
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 50, 100);
        graphics.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }

    /** Inserts an APP1 Exif segment (big-endian TIFF, one IFD entry: Orientation) after the JPEG's start marker. */
    static byte[] withOrientation(byte[] jpeg, int orientation)
    {
        ByteBuffer tiff = ByteBuffer.allocate(26);
        tiff.put(new byte[] {'M', 'M', 0, 42}).putInt(8).putShort((short) 1)
                .putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0)
                .putInt(0);
        byte[] exif = new byte[6 + tiff.capacity()];
        System.arraycopy(new byte[] {'E', 'x', 'i', 'f', 0, 0}, 0, exif, 0, 6);
        System.arraycopy(tiff.array(), 0, exif, 6, tiff.capacity());
        ByteBuffer result = ByteBuffer.allocate(jpeg.length + 4 + exif.length);
        result.put(jpeg, 0, 2).put((byte) 0xFF).put((byte) 0xE1).putShort((short) (exif.length + 2)).put(exif).put(jpeg, 2, jpeg.length - 2);
        return result.array();
    }
}
