package io.certscan.synthetic;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Writes the sample pictures of the README ({@code synthetic/run samples [DIR]}, default
 * {@code samples/}): the documentation's own example, 张敞's and 常鹏's 低压电工证, alone and together,
 * a born-digital PDF and a born-digital OFD of the same card, a photographed business licence and
 * an invented e-invoice with its QR code.
 */
public final class SampleWriter
{
    private SampleWriter() {}

    public static void main(String[] args)
            throws IOException
    {
        Path directory = Path.of(args.length > 0 ? args[0] : "samples");
        Files.createDirectories(directory);
        FakeData data = new FakeData(new Random(2057057242228098769L));
        String font = SyntheticSet.fonts().get(0);
        CardRenderer renderer = new CardRenderer();

        BufferedImage first = renderer.render("低压电工证", documentationCard("T3204811998063035170", "张敞"), Layout.LABEL_COLUMN, font, data);
        BufferedImage second = renderer.render("低压电工证", documentationCard("T32048119940824381X", "常鹏"), Layout.LABEL_COLUMN, font, data);
        write(first, directory.resolve("low-voltage-electrician.png"));
        write(SyntheticSet.twoCards(first, second, true), directory.resolve("two-low-voltage-electricians.png"));

        writePdf(documentationCard("T3204811998063035170", "张敞"), directory.resolve("low-voltage-electrician.pdf"));
        writeOfd(documentationCard("T3204811998063035170", "张敞"), directory.resolve("low-voltage-electrician.ofd"));

        CertificateTemplate licence = CertificateTemplate.ALL.stream().filter(template -> template.title().equals("营业执照")).findFirst().orElseThrow();
        BufferedImage photo = Degradation.PHOTO_LIKE.apply(renderer.render(licence.title(), licence.fields().apply(data), Layout.COLON_INLINE, font, data), data);
        ImageIO.write(photo, "jpg", directory.resolve("business-licence-photo.jpg").toFile());

        Files.write(directory.resolve("vat-einvoice.pdf"), InvoiceSample.invent(data).pdf());
        System.out.println("wrote samples to " + directory);
    }

    /** The fields of general_ocr's documented success example. */
    static Map<String, String> documentationCard(String number, String name)
    {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("证号", number);
        fields.put("姓名", name);
        fields.put("性别", "男");
        fields.put("作业类别", "电工作业");
        fields.put("操作项目", "低压电工作业");
        fields.put("初领日期", "2021-10-08");
        fields.put("有效期限", "2021-10-08至2027-10-07");
        fields.put("应复审日期", "2024-10-07前");
        fields.put("签发机关", "江苏省应急管理厅");
        return fields;
    }

    /** A born-digital 低压电工证 (an e-certificate): text with an embedded CJK font, no picture. */
    static void writePdf(Map<String, String> fields, Path file)
            throws IOException
    {
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(cjkFontFile())) {
            PDType0Font font = firstFont(document, collection);
            PDPage page = new PDPage(new PDRectangle(700, 450));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                text(content, font, 30, 275, 390, "低压电工证");
                float y = 330;
                for (Map.Entry<String, String> field : fields.entrySet()) {
                    text(content, font, 16, 70, y, field.getKey());
                    text(content, font, 16, 200, y, field.getValue());
                    y -= 30;
                }
            }
            document.save(file.toFile());
        }
    }

    /**
     * The same card as a born-digital OFD (GB/T 33190), the layout of the PDF in millimetres: a
     * package of XML parts, each text object with its boundary, font size and character advances.
     */
    static void writeOfd(Map<String, String> fields, Path file)
            throws IOException
    {
        String namespace = "xmlns:ofd=\"http://www.ofdspec.org/2016\"";
        StringBuilder objects = new StringBuilder();
        int[] id = {10};
        java.util.function.BiConsumer<double[], String> text = (position, content) -> {
            double size = position[2];
            objects.append("<ofd:TextObject ID=\"").append(id[0]++).append("\" Boundary=\"").append(position[0]).append(' ').append(position[1])
                    .append(" 160 ").append(size * 1.4).append("\" Font=\"2\" Size=\"").append(size).append("\"><ofd:TextCode X=\"0\" Y=\"")
                    .append(size).append("\" DeltaX=\"");
            int[] characters = content.codePoints().toArray();
            for (int i = 0; i + 1 < characters.length; i++) {
                objects.append(i == 0 ? "" : " ").append(characters[i] < 0x2E80 ? size * 0.55 : size);
            }
            objects.append("\">").append(content).append("</ofd:TextCode></ofd:TextObject>");
        };
        text.accept(new double[] {97, 12, 10.6}, "低压电工证");
        double top = 38;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            text.accept(new double[] {24.7, top, 5.6}, field.getKey());
            text.accept(new double[] {70.6, top, 5.6}, field.getValue());
            top += 10.6;
        }
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("OFD.xml", "<ofd:OFD " + namespace + " DocType=\"OFD\" Version=\"1.0\"><ofd:DocBody><ofd:DocInfo><ofd:DocID>certscan-sample</ofd:DocID>"
                + "<ofd:Title>低压电工证</ofd:Title></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>");
        parts.put("Doc_0/Document.xml", "<ofd:Document " + namespace + "><ofd:CommonData><ofd:MaxUnitID>" + id[0] + "</ofd:MaxUnitID>"
                + "<ofd:PageArea><ofd:PhysicalBox>0 0 247 159</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes></ofd:CommonData>"
                + "<ofd:Pages><ofd:Page ID=\"1\" BaseLoc=\"Pages/Page_0/Content.xml\"/></ofd:Pages></ofd:Document>");
        parts.put("Doc_0/PublicRes.xml", "<ofd:Res " + namespace + " BaseLoc=\"Res\"><ofd:Fonts><ofd:Font ID=\"2\" FontName=\"SimSun\" FamilyName=\"SimSun\"/></ofd:Fonts></ofd:Res>");
        parts.put("Doc_0/Pages/Page_0/Content.xml", "<ofd:Page " + namespace + "><ofd:Content><ofd:Layer ID=\"3\">" + objects + "</ofd:Layer></ofd:Content></ofd:Page>");
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, String> part : parts.entrySet()) {
                java.util.zip.ZipEntry entry = new java.util.zip.ZipEntry(part.getKey());
                entry.setTime(0);
                zip.putNextEntry(entry);
                zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + part.getValue()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException
    {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    /** The collection's first font, embedded as a subset (the collection stays open until the document is saved). */
    static PDType0Font firstFont(PDDocument document, TrueTypeCollection collection)
            throws IOException
    {
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(font -> first.compareAndSet(null, font));
        return PDType0Font.load(document, first.get(), true);
    }

    static File cjkFontFile()
    {
        return List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                        "/usr/share/fonts/truetype/arphic/uming.ttc").stream()
                .map(File::new)
                .filter(File::isFile)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no CJK TrueType collection installed: apt-get install fonts-wqy-zenhei"));
    }

    private static void write(BufferedImage image, Path file)
            throws IOException
    {
        ImageIO.write(image, "png", file.toFile());
    }
}
