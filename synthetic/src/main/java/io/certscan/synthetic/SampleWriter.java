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
 * a born-digital PDF of the same card, and a photographed business licence.
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

        CertificateTemplate licence = CertificateTemplate.ALL.stream().filter(template -> template.title().equals("营业执照")).findFirst().orElseThrow();
        BufferedImage photo = Degradation.PHOTO_LIKE.apply(renderer.render(licence.title(), licence.fields().apply(data), Layout.COLON_INLINE, font, data), data);
        ImageIO.write(photo, "jpg", directory.resolve("business-licence-photo.jpg").toFile());
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
            AtomicReference<TrueTypeFont> first = new AtomicReference<>();
            collection.processAllFonts(font -> first.compareAndSet(null, font));
            PDType0Font font = PDType0Font.load(document, first.get(), true);
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

    private static void text(PDPageContentStream content, PDType0Font font, float size, float x, float y, String text)
            throws IOException
    {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static File cjkFontFile()
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
