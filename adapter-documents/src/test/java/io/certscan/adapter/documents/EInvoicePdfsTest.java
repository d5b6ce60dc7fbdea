package io.certscan.adapter.documents;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageContent;
import io.certscan.application.document.PagePicture;
import io.certscan.domain.certificate.MachineCode;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.text.TextLine;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentGroup;
import org.apache.pdfbox.pdmodel.graphics.optionalcontent.PDOptionalContentProperties;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationWidget;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.form.PDAcroForm;
import org.apache.pdfbox.pdmodel.interactive.form.PDSignatureField;
import org.apache.pdfbox.pdmodel.interactive.form.PDTextField;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * E-invoice PDFs written here, one per way real producers' files broke readers: glyphs drawn out of
 * left-to-right order, CID fonts not embedded (STSong-Light with UniGB-UCS2-H), AcroForm fields and
 * a signature field, text in two optional-content layers, and the QR code as an embedded picture.
 */
class EInvoicePdfsTest
{
    static final String PAYLOAD = "01,10,044031900111,12345678,107.55,20240513,12345678901234567890,9EC4,";

    private final DocumentReader reader = new DocumentReader();

    @Test
    void glyphsDrawnRightToLeftAreReadLeftToRight()
            throws IOException
    {
        byte[] pdf = pdf((document, page) -> {
            PDType0Font font = embeddedFont(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                String title = "增值税电子普通发票";
                // The producer places each glyph itself, the last first.
                for (int i = title.length() - 1; i >= 0; i--) {
                    content.beginText();
                    content.setFont(font, 20);
                    content.newLineAtOffset(150 + 20 * i, 360);
                    content.showText(title.substring(i, i + 1));
                    content.endText();
                }
                text(content, font, "开票日期：2024年05月13日", 400, 330, 10);
            }
        });

        assertThat(lines(pdf)).contains("增值税电子普通发票", "开票日期：2024年05月13日");
    }

    @Test
    void aCidFontThatIsNotEmbeddedIsReadThroughItsCMap()
            throws IOException
    {
        byte[] pdf = pdf((document, page) -> {
            COSName font = page.getResources().add(new PDType0Font(songLight()));
            // 发票号码：12345678 in UCS-2, as producers using STSong-Light write it.
            byte[] number = "发票号码：12345678".getBytes(StandardCharsets.UTF_16BE);
            byte[] title = "电子发票（普通发票）".getBytes(StandardCharsets.UTF_16BE);
            PDStream stream = new PDStream(document);
            try (OutputStream out = stream.createOutputStream()) {
                out.write(("BT /" + font.getName() + " 20 Tf 150 360 Td <" + hex(title) + "> Tj ET\n").getBytes(StandardCharsets.US_ASCII));
                out.write(("BT /" + font.getName() + " 10 Tf 400 330 Td <" + hex(number) + "> Tj ET\n").getBytes(StandardCharsets.US_ASCII));
            }
            page.setContents(stream);
        });

        assertThat(lines(pdf)).contains("电子发票（普通发票）", "发票号码：12345678");
    }

    @Test
    void formFieldsAndASignatureFieldLeaveThePageTextAsItIs()
            throws IOException
    {
        byte[] pdf = pdf((document, page) -> {
            PDType0Font font = embeddedFont(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                titleAndNumber(content, font);
            }
            PDAcroForm form = new PDAcroForm(document);
            document.getDocumentCatalog().setAcroForm(form);
            PDTextField note = new PDTextField(form);
            note.setPartialName("note");
            PDAnnotationWidget widget = note.getWidgets().get(0);
            widget.setRectangle(new PDRectangle(50, 50, 200, 20));
            widget.setPage(page);
            page.getAnnotations().add(widget);
            form.getFields().add(note);
            note.getCOSObject().setString(COSName.V, "not printed");
            PDSignatureField signature = new PDSignatureField(form);
            signature.setPartialName("seal");
            PDSignature value = new PDSignature();
            value.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            value.setSubFilter(PDSignature.SUBFILTER_ADBE_PKCS7_DETACHED);
            value.setContents(new byte[64]);
            value.setByteRange(new int[] {0, 0, 0, 0});
            signature.setValue(value);
            PDAnnotationWidget seal = signature.getWidgets().get(0);
            seal.setRectangle(new PDRectangle(400, 40, 120, 120));
            seal.setPage(page);
            page.getAnnotations().add(seal);
            form.getFields().add(signature);
        });

        assertThat(lines(pdf)).contains("增值税电子普通发票", "发票号码：12345678").doesNotContain("not printed");
    }

    @Test
    void textInTwoLayersIsReadFromBoth()
            throws IOException
    {
        byte[] pdf = pdf((document, page) -> {
            PDType0Font font = embeddedFont(document);
            PDOptionalContentProperties layers = new PDOptionalContentProperties();
            PDOptionalContentGroup template = new PDOptionalContentGroup("template");
            PDOptionalContentGroup data = new PDOptionalContentGroup("data");
            layers.addGroup(template);
            layers.addGroup(data);
            document.getDocumentCatalog().setOCProperties(layers);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginMarkedContent(COSName.OC, template);
                text(content, font, "增值税电子普通发票", 150, 360, 20);
                text(content, font, "发票号码：", 400, 330, 10);
                content.endMarkedContent();
                content.beginMarkedContent(COSName.OC, data);
                text(content, font, "12345678", 452, 330, 10);
                content.endMarkedContent();
            }
        });

        assertThat(lines(pdf)).contains("增值税电子普通发票").anySatisfy(line -> assertThat(line.replace(" ", "")).isEqualTo("发票号码：12345678"));
    }

    @Test
    void theQrCodeDrawnOnABornDigitalPageIsFoundWhereItIs()
            throws IOException
    {
        byte[] pdf = pdf((document, page) -> {
            PDType0Font font = embeddedFont(document);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                titleAndNumber(content, font);
                // A code of 2 pixels a module drawn 60 pt wide, 20 pt from the left, 310 pt from the bottom of a 400 pt page.
                content.drawImage(LosslessFactory.createFromImage(document, qrCode(PAYLOAD, 2)), 20, 310, 60, 60);
                // A seal-sized photo is no candidate.
                content.drawImage(LosslessFactory.createFromImage(document, new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB)), 400, 40, 120, 80);
            }
        });
        PageContent.TextLayer page = (PageContent.TextLayer) reader.read(new DocumentSource.Pdf(pdf, 1)).content();

        assertThat(page.pictures()).singleElement().satisfies(picture -> {
            assertThat(picture.box().left()).isCloseTo(40, within(0.5));
            assertThat(picture.box().top()).isCloseTo(2 * (400 - 370), within(0.5));
            assertThat(picture.box().width()).isCloseTo(120, within(0.5));
        });
        List<MachineCode> codes = new QrCodes().read(page.pictures().get(0));
        assertThat(codes).singleElement().satisfies(code -> {
            assertThat(code.text()).isEqualTo(PAYLOAD);
            assertThat(code.box().orElseThrow().center().x()).isCloseTo(100, within(20.0));
            assertThat(code.box().orElseThrow().center().y()).isCloseTo(120, within(20.0));
        });
    }

    @Test
    void aSmallCodeOnAPhotoIsFoundByLookingCloser()
    {
        // Two pixels a module, as on a phone photo of a paper invoice or a screenshot.
        BufferedImage photo = new BufferedImage(1400, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = photo.createGraphics();
        graphics.setColor(new Color(236, 232, 225));
        graphics.fillRect(0, 0, 1400, 1000);
        graphics.drawImage(qrCode(PAYLOAD, 2), 900, 120, null);
        graphics.dispose();

        List<MachineCode> codes = new QrCodes().read(PagePicture.wholePage(photo));

        assertThat(codes).singleElement().satisfies(code -> {
            assertThat(code.text()).isEqualTo(PAYLOAD);
            Quadrilateral box = code.box().orElseThrow();
            assertThat(box.left()).isBetween(900.0, 1000.0);
            assertThat(box.top()).isBetween(120.0, 220.0);
        });
    }

    @Test
    void twoInvoicesOnOneScanGiveTwoCodes()
    {
        String second = PAYLOAD.replace("12345678", "87654321");
        BufferedImage scan = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scan.createGraphics();
        graphics.setColor(Color.WHITE);
        graphics.fillRect(0, 0, 1600, 1200);
        graphics.drawImage(qrCode(PAYLOAD, 3), 100, 100, null);
        graphics.drawImage(qrCode(second, 3), 100, 700, null);
        graphics.dispose();

        List<MachineCode> codes = new QrCodes().read(PagePicture.wholePage(scan));

        assertThat(codes).extracting(MachineCode::text).containsExactlyInAnyOrder(PAYLOAD, second);
        assertThat(codes).allSatisfy(code -> assertThat(code.box()).isPresent());
    }

    @Test
    void aPictureWithoutACodeHasNone()
    {
        BufferedImage blank = new BufferedImage(640, 480, BufferedImage.TYPE_INT_ARGB);

        assertThat(new QrCodes().read(PagePicture.wholePage(blank))).isEmpty();
    }

    private List<String> lines(byte[] pdf)
    {
        return ((PageContent.TextLayer) reader.read(new DocumentSource.Pdf(pdf, 1)).content()).lines().stream().map(TextLine::text).toList();
    }

    /** A QR code, {@code modulePixels} pixels a module, with a quiet zone. */
    static BufferedImage qrCode(String text, int modulePixels)
    {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(EncodeHintType.MARGIN, 2));
            BufferedImage image = new BufferedImage(matrix.getWidth() * modulePixels, matrix.getHeight() * modulePixels, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    image.setRGB(x, y, matrix.get(x / modulePixels, y / modulePixels) ? 0x101010 : 0xFFFFFF);
                }
            }
            return image;
        }
        catch (WriterException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private interface PageWriter
    {
        void write(PDDocument document, PDPage page)
                throws IOException;
    }

    /** A one-page invoice-sized PDF (600 × 400 pt) written by {@code writer}. */
    static byte[] pdf(PageWriter writer)
            throws IOException
    {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(600, 400));
            page.setResources(new PDResources());
            document.addPage(page);
            writer.write(document, page);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The title and the number every invoice written here prints. */
    private static void titleAndNumber(PDPageContentStream content, PDType0Font font)
            throws IOException
    {
        text(content, font, "增值税电子普通发票", 150, 360, 20);
        text(content, font, "发票号码：12345678", 400, 330, 10);
    }

    private static void text(PDPageContentStream content, PDType0Font font, String text, float x, float y, float size)
            throws IOException
    {
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
    }

    private static PDType0Font embeddedFont(PDDocument document)
            throws IOException
    {
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        new TrueTypeCollection(PdfPagesTest.cjkFontFile()).processAllFonts(font -> first.compareAndSet(null, font));
        return PDType0Font.load(document, first.get(), true);
    }

    /** STSong-Light, Adobe-GB1, UniGB-UCS2-H, no font file: what many invoice producers reference. */
    private static COSDictionary songLight()
    {
        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "GB1");
        systemInfo.setInt(COSName.SUPPLEMENT, 2);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, "STSong-Light");
        descriptor.setInt(COSName.FLAGS, 6);
        COSArray box = new COSArray();
        List.of(-25, -254, 1000, 880).forEach(value -> box.add(COSInteger.get(value)));
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 880);
        descriptor.setInt(COSName.STEM_V, 93);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
        cidFont.setName(COSName.BASE_FONT, "STSong-Light");
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setInt(COSName.DW, 1000);
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TYPE0);
        font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UCS2-H");
        font.setName(COSName.ENCODING, "UniGB-UCS2-H");
        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        return font;
    }

    private static String hex(byte[] bytes)
    {
        StringBuilder hex = new StringBuilder();
        for (byte value : bytes) {
            hex.append(String.format("%02X", value));
        }
        return hex.toString();
    }
}
