package io.certscan.adapter.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Tiny files that ask for a great deal: PDFs written object by object (with a correct cross
 * reference table, so no parser leniency is needed to read them) and PNGs written chunk by chunk,
 * their pixel rows deflated as they are produced so that even a 16-bit 8192 × 8192 picture costs
 * the test a few hundred kilobytes.
 */
final class HostileFiles
{
    private HostileFiles() {}

    /** A PDF of the given objects, numbered from 1; object 1 must be the catalogue. */
    static byte[] pdf(String... objects)
    {
        return pdf(List.of(objects), List.of());
    }

    /**
     * @param streams for each object that is a stream, its dictionary (without {@code /Length})
     * and its data; these objects follow the plain ones in numbering
     */
    static byte[] pdf(List<String> objects, List<Stream> streams)
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<Integer> offsets = new ArrayList<>();
        write(out, "%PDF-1.7\n");
        for (String object : objects) {
            offsets.add(out.size());
            write(out, (offsets.size()) + " 0 obj\n" + object + "\nendobj\n");
        }
        for (Stream stream : streams) {
            offsets.add(out.size());
            write(out, offsets.size() + " 0 obj\n<< " + stream.dictionary() + " /Length " + stream.data().length + " >>\nstream\n");
            out.writeBytes(stream.data());
            write(out, "\nendstream\nendobj\n");
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
        for (int offset : offsets) {
            table.append("%010d 00000 n \n".formatted(offset));
        }
        table.append("trailer\n<< /Size ").append(offsets.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        write(out, table.toString());
        return out.toByteArray();
    }

    record Stream(String dictionary, byte[] data) {}

    /** A one-page PDF whose page is {@code width} × {@code height} points and draws nothing. */
    static byte[] pdfPage(int width, int height)
    {
        return pdf("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + width + " " + height + "] >>");
    }

    /** An A4 page that draws one image XObject whose dictionary declares the size and filter given, over a few bytes of data. */
    static byte[] pdfImage(int width, int height, String filterAndColour, byte[] data)
    {
        return pdf(List.of("<< /Type /Catalog /Pages 2 0 R >>",
                        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 5 0 R >> >> /Contents 4 0 R >>"),
                List.of(new Stream("", ascii("q 500 0 0 700 40 60 cm /Im1 Do Q")),
                        new Stream("/Type /XObject /Subtype /Image /Width " + width + " /Height " + height + " " + filterAndColour, data)));
    }

    /** A PDF whose catalogue holds an array (or dictionary) nested {@code depth} deep. */
    static byte[] pdfNested(int depth, boolean dictionaries)
    {
        String open = dictionaries ? "<< /A " : "[";
        String close = dictionaries ? " >>" : "]";
        return pdf("<< /Type /Catalog /Pages 2 0 R /Deep " + open.repeat(depth) + "0" + close.repeat(depth) + " >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
    }

    /** A PDF of {@code pages} blank pages whose page tree's {@code /Count} says {@code count}. */
    static byte[] pdfCounting(int pages, int count)
    {
        List<String> objects = new ArrayList<>();
        objects.add("<< /Type /Catalog /Pages 2 0 R >>");
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < pages; i++) {
            kids.append(3 + i).append(" 0 R ");
        }
        objects.add("<< /Type /Pages /Kids [" + kids + "] /Count " + count + " >>");
        for (int i = 0; i < pages; i++) {
            objects.add("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>");
        }
        return pdf(objects.toArray(String[]::new));
    }

    /** Data compressed with zlib, as a FlateDecode stream holds it. */
    static byte[] deflated(byte[] data)
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(out)) {
            deflater.write(data);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * A valid grey-to-white gradient PNG of the size and bit depth given (colour type 2, RGB),
     * written row by row: a 16-bit 8192 × 8192 picture (400 MB of pixels) is a few hundred kilobytes.
     */
    static byte[] png(int width, int height, int bitDepth)
    {
        int bytesPerPixel = 3 * bitDepth / 8;
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (DeflaterOutputStream deflater = new DeflaterOutputStream(compressed, new Deflater(Deflater.BEST_SPEED), 1 << 16)) {
            byte[] row = new byte[1 + width * bytesPerPixel];
            for (int y = 0; y < height; y++) {
                byte shade = (byte) (128 + y * 127 / height);
                for (int i = 1; i < row.length; i++) {
                    row[i] = shade;
                }
                deflater.write(row);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A});
        chunk(png, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) bitDepth).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(png, "IDAT", compressed.toByteArray());
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    /** The PNG with one bit of its first IDAT chunk's CRC flipped: every byte of the picture is there, and one checksum is wrong. */
    static byte[] withBadCrc(byte[] png)
    {
        byte[] broken = png.clone();
        int offset = 8;
        while (offset + 8 <= broken.length) {
            int length = ByteBuffer.wrap(broken, offset, 4).getInt();
            String type = new String(broken, offset + 4, 4, StandardCharsets.US_ASCII);
            if (type.equals("IDAT") && length > 0) {
                broken[offset + 8 + length] ^= 0x10;
                return broken;
            }
            offset += 12 + length;
        }
        throw new IllegalArgumentException("no IDAT chunk");
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data)
    {
        byte[] typeBytes = ascii(type);
        png.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(typeBytes);
        png.writeBytes(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        png.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    private static void write(ByteArrayOutputStream out, String text)
    {
        out.writeBytes(ascii(text));
    }

    private static byte[] ascii(String text)
    {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
