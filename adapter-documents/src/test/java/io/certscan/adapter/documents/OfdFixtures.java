package io.certscan.adapter.documents;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Minimal OFD packages written here, entry by entry, and the real e-invoices of the repository's testdata/ofd-einvoices. */
final class OfdFixtures
{
    static final String NAMESPACE = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";

    private OfdFixtures() {}

    /** The repository's folder of real OFD e-invoices with their ground truth, found above the module. */
    static Path invoices()
    {
        for (Path folder = Path.of("").toAbsolutePath(); folder != null; folder = folder.getParent()) {
            Path candidate = folder.resolve("testdata/ofd-einvoices");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("testdata/ofd-einvoices of the repository was not found above " + Path.of("").toAbsolutePath());
    }

    /** A one-document package whose pages have the given Content.xml bodies (the part inside ofd:Page). */
    static Map<String, byte[]> pages(String... pageContents)
    {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("OFD.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD " + NAMESPACE + " DocType=\"OFD\" Version=\"1.0\"><ofd:DocBody>"
                + "<ofd:DocInfo><ofd:DocID>certscan-test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"));
        StringBuilder pageList = new StringBuilder();
        for (int i = 0; i < pageContents.length; i++) {
            pageList.append("<ofd:Page ID=\"").append(100 + i).append("\" BaseLoc=\"Pages/Page_").append(i).append("/Content.xml\"/>");
            entries.put("Doc_0/Pages/Page_" + i + "/Content.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page " + NAMESPACE + "><ofd:Content><ofd:Layer ID=\""
                    + (200 + i) + "\">" + pageContents[i] + "</ofd:Layer></ofd:Content></ofd:Page>"));
        }
        entries.put("Doc_0/Document.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document " + NAMESPACE + "><ofd:CommonData><ofd:MaxUnitID>999</ofd:MaxUnitID>"
                + "<ofd:PageArea><ofd:PhysicalBox>0 0 210 140</ofd:PhysicalBox></ofd:PageArea><ofd:DocumentRes>DocumentRes.xml</ofd:DocumentRes></ofd:CommonData>"
                + "<ofd:Pages>" + pageList + "</ofd:Pages></ofd:Document>"));
        entries.put("Doc_0/DocumentRes.xml", utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res " + NAMESPACE + " BaseLoc=\"Res\"><ofd:MultiMedias>"
                + "<ofd:MultiMedia ID=\"50\" Type=\"Image\"><ofd:MediaFile>scan.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias></ofd:Res>"));
        return entries;
    }

    /** One text object: its boundary and size in millimetres, the text code's attributes as written. */
    static String text(double left, double top, double size, String codeAttributes, String text)
    {
        return "<ofd:TextObject ID=\"" + Math.abs(text.hashCode() % 900 + 1000) + "\" Boundary=\"" + left + " " + top + " 150 " + (size * 1.5) + "\" Font=\"60\" Size=\"" + size + "\">"
                + "<ofd:TextCode " + codeAttributes + ">" + text + "</ofd:TextCode></ofd:TextObject>";
    }

    /** A page-sized picture, as a scanner's OFD has it; the picture goes in Doc_0/Res/scan.png. */
    static String scan()
    {
        return "<ofd:ImageObject ID=\"70\" Boundary=\"0 0 210 140\" CTM=\"210 0 0 140 0 0\" ResourceID=\"50\"/>";
    }

    static byte[] zip(Map<String, byte[]> entries)
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] png(BufferedImage image)
    {
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] utf8(String text)
    {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
