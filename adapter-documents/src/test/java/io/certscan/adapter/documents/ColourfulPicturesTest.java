package io.certscan.adapter.documents;

import org.junit.jupiter.api.Test;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pictures from print workflows and old scanners, decoded by TwelveMonkeys' readers: CMYK JPEGs
 * with Adobe's inverted samples, and BMPs with an OS/2 2.x header, which the JDK refuses.
 */
class ColourfulPicturesTest
{
    @Test
    void cmykJpegDecodesInItsColours()
            throws IOException
    {
        // Left half pure cyan-free red (C 0, M 100 %, Y 100 %, K 0), right half black (K 100 %), in Adobe's inverted CMYK as Photoshop writes it.
        WritableRaster cmyk = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, 64, 32, 4, null);
        for (int y = 0; y < 32; y++) {
            for (int x = 0; x < 64; x++) {
                boolean red = x < 32;
                cmyk.setPixel(x, y, red ? new int[] {255, 0, 0, 255} : new int[] {255, 255, 255, 0});
            }
        }
        byte[] jpeg = withAdobeMarker(jpegOfRaster(cmyk));

        BufferedImage decoded = Pictures.decode(jpeg);

        assertThat(decoded.getWidth()).isEqualTo(64);
        int red = decoded.getRGB(10, 16);
        int black = decoded.getRGB(50, 16);
        assertThat((red >> 16) & 0xFF).as("red channel of the red half").isGreaterThan(180);
        assertThat((red >> 8) & 0xFF).as("green channel of the red half").isLessThan(90);
        assertThat(brightness(black)).as("black half").isLessThan(80);
    }

    @Test
    void os2Version2BitmapDecodes()
    {
        BufferedImage decoded = Pictures.decode(os2Bitmap(40, 20));

        assertThat(decoded.getWidth()).isEqualTo(40);
        assertThat(decoded.getHeight()).isEqualTo(20);
        // Left half blue, right half white, as written.
        assertThat(decoded.getRGB(5, 10) & 0xFFFFFF).isEqualTo(0x0000FF);
        assertThat(decoded.getRGB(35, 10) & 0xFFFFFF).isEqualTo(0xFFFFFF);
    }

    @Test
    void theJdksOwnReaderRefusesTheOs2Bitmap()
            throws IOException
    {
        assertThat(readWithTheJdk(os2Bitmap(40, 20), "bmp")).isEmpty();
    }

    private static java.util.Optional<BufferedImage> readWithTheJdk(byte[] bytes, String format)
            throws IOException
    {
        javax.imageio.ImageReader jdk = java.util.stream.StreamSupport.stream(
                        java.util.Spliterators.spliteratorUnknownSize(ImageIO.getImageReadersByFormatName(format), 0), false)
                .filter(reader -> reader.getClass().getName().startsWith("com.sun.imageio"))
                .findFirst().orElseThrow();
        try (javax.imageio.stream.ImageInputStream input = ImageIO.createImageInputStream(new java.io.ByteArrayInputStream(bytes))) {
            jdk.setInput(input);
            return java.util.Optional.of(jdk.read(0));
        }
        catch (IOException | RuntimeException refused) {
            return java.util.Optional.empty();
        }
        finally {
            jdk.dispose();
        }
    }

    private static int brightness(int rgb)
    {
        return (((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF)) / 3;
    }

    static byte[] jpegOfRaster(Raster raster)
            throws IOException
    {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            writer.write(null, new IIOImage(raster, null, null), writer.getDefaultWriteParam());
        }
        finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    /** The APP14 segment Photoshop writes: "Adobe", version 100, no flags, transform 0 (the samples are CMYK, not YCCK). */
    static byte[] withAdobeMarker(byte[] jpeg)
    {
        byte[] marker = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
        byte[] marked = new byte[jpeg.length + marker.length];
        System.arraycopy(jpeg, 0, marked, 0, 2);
        System.arraycopy(marker, 0, marked, 2, marker.length);
        System.arraycopy(jpeg, 2, marked, 2 + marker.length, jpeg.length - 2);
        return marked;
    }

    /** A 24-bit BMP with the 64-byte OS/2 2.x information header, bottom-up rows padded to 4 bytes. */
    static byte[] os2Bitmap(int width, int height)
    {
        int rowBytes = (width * 3 + 3) / 4 * 4;
        int offset = 14 + 64;
        ByteBuffer bmp = ByteBuffer.allocate(offset + rowBytes * height).order(ByteOrder.LITTLE_ENDIAN);
        bmp.put((byte) 'B').put((byte) 'M').putInt(bmp.capacity()).putInt(0).putInt(offset);
        bmp.putInt(64).putInt(width).putInt(height).putShort((short) 1).putShort((short) 24).putInt(0).putInt(rowBytes * height);
        bmp.position(offset);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean blue = x < width / 2;
                bmp.put((byte) 255).put((byte) (blue ? 0 : 255)).put((byte) (blue ? 0 : 255));
            }
            bmp.position(bmp.position() + rowBytes - width * 3);
        }
        return bmp.array();
    }
}
