package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.text.TextLine;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** PDFs made here with PDFBox: born-digital pages give their text layer, scans a picture. */
class PdfPagesTest
{
    private final DocumentReader reader = new DocumentReader();

    @Test
    void bornDigitalPageGivesItsTextLinesAndTheDocumentsPageCount()
            throws IOException
    {
        byte[] pdf = certificatePdf(null);

        LoadedPage page = reader.read(new DocumentSource.Pdf(pdf, 2));

        assertThat(page.pageCount()).hasValue(2);
        assertThat(page.content()).asInstanceOf(type(PageContent.TextLayer.class)).satisfies(layer -> {
            assertThat(layer.lines()).extracting(TextLine::text).contains("低压电工证", "姓名", "张敞", "有效期限", "2021-10-08至2027-10-07", "ZL 2020 1 0123456.7");
            TextLine title = layer.lines().stream().filter(line -> line.text().equals("低压电工证")).findFirst().orElseThrow();
            TextLine name = layer.lines().stream().filter(line -> line.text().equals("张敞")).findFirst().orElseThrow();
            assertThat(title.box().top()).isLessThan(name.box().top());
            assertThat(name.box().left()).isCloseTo(2 * 220.0, org.assertj.core.api.Assertions.within(4.0));
            assertThat(layer.width()).isEqualTo(2 * PDRectangle.A4.getWidth());
        });
        assertThat(((PageContent.TextLayer) reader.read(new DocumentSource.Pdf(pdf, 1)).content()).lines())
                .extracting(TextLine::text).contains("第一页：本文件为电子证照，共两页");
    }

    @Test
    void textTurnedAgainstTheReadingDirectionIsLeftOutAndCostsNothing()
            throws IOException
    {
        // A seal's characters and a vertical side mark, turned a quarter either way, among upright rows.
        byte[] pdf;
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(cjkFontFile())) {
            PDType0Font font = firstFont(document, collection);
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            write(document, page, font, List.of(new Text("增值税电子普通发票", 200, 780, 20), new Text("发票代码：", 60, 740, 12), new Text("011001900211", 180, 740, 12)));
            try (PDPageContentStream content = new PDPageContentStream(document, page, PDPageContentStream.AppendMode.APPEND, false)) {
                for (org.apache.pdfbox.util.Matrix turned : List.of(new org.apache.pdfbox.util.Matrix(0, 14, -14, 0, 300, 740), new org.apache.pdfbox.util.Matrix(0, -14, 14, 0, 60, 600))) {
                    content.beginText();
                    content.setFont(font, 1);
                    content.setTextMatrix(turned);
                    content.showText("购买方全章");
                    content.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }

        LoadedPage page = reader.read(new DocumentSource.Pdf(pdf, 1));

        assertThat(page.content()).asInstanceOf(type(PageContent.TextLayer.class)).satisfies(layer -> {
            assertThat(layer.lines()).extracting(TextLine::text).containsExactly("增值税电子普通发票", "发票代码：", "011001900211");
            assertThat(layer.lines()).allSatisfy(line -> assertThat(line.box().right()).isGreaterThanOrEqualTo(line.box().left()));
        });
    }

    @Test
    void aTextLayerWhoseGlyphsHaveNoUnicodeIsReadFromThePicture()
            throws IOException
    {
        // As a viewer that re-saves a file leaves it: the CID font keeps its glyphs but loses its ToUnicode map.
        byte[] pdf;
        try (PDDocument document = Loader.loadPDF(certificatePdf(null))) {
            PDPage card = document.getPage(1);
            for (org.apache.pdfbox.cos.COSName name : card.getResources().getFontNames()) {
                card.getResources().getFont(name).getCOSObject().removeItem(org.apache.pdfbox.cos.COSName.TO_UNICODE);
            }
            // A line in a standard font keeps its text: enough characters to pass for a text layer on their own.
            try (PDPageContentStream content = new PDPageContentStream(document, card, PDPageContentStream.AppendMode.APPEND, false)) {
                content.beginText();
                content.setFont(new org.apache.pdfbox.pdmodel.font.PDType1Font(org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(60, 600);
                content.showText("No. 2021-10-08 / 2027-10-07");
                content.endText();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            pdf = out.toByteArray();
        }

        LoadedPage page = reader.read(new DocumentSource.Pdf(pdf, 2));

        assertThat(page.pageCount()).hasValue(2);
        assertThat(page.content()).isInstanceOf(PageContent.Raster.class);
    }

    @Test
    void scannedPageIsRenderedWithinTheBudget()
            throws IOException
    {
        LoadedPage page = reader.read(new DocumentSource.Pdf(scannedPdf(), 1));

        assertThat(page.pageCount()).hasValue(1);
        assertThat(page.content()).asInstanceOf(type(PageContent.Raster.class)).satisfies(raster -> {
            BufferedImage image = raster.image();
            assertThat(Math.max(image.getWidth(), image.getHeight())).isBetween(PdfPages.RENDERED_LONGEST_SIDE - 5, PdfPages.RENDERED_LONGEST_SIDE);
            assertThat(new Color(image.getRGB(image.getWidth() / 4, image.getHeight() / 4)).getRed()).isGreaterThan(200);
        });
    }

    @Test
    void pageBeyondTheEndIsAnInvalidParameter()
            throws IOException
    {
        assertThatThrownBy(() -> reader.read(new DocumentSource.Pdf(certificatePdf(null), 3)))
                .asInstanceOf(type(CertscanException.class))
                .satisfies(exception -> {
                    assertThat(exception.errorCode()).isEqualTo(ErrorCode.INVALID_PARAM);
                    assertThat(exception.detail()).isEqualTo("pdf_file_num 3 is beyond the document's 2 pages");
                });
    }

    @Test
    void encryptedEmptyAndBrokenPdfsFailWithTheirCodes()
            throws IOException
    {
        assertCode(certificatePdf("secret"), ErrorCode.IMAGE_FORMAT_ERROR, "encrypted");
        assertCode(emptyPdf(), ErrorCode.IMAGE_FORMAT_ERROR, "no pages");
        assertCode("%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII), ErrorCode.IMAGE_FORMAT_ERROR, "not a readable PDF");
        byte[] truncated = java.util.Arrays.copyOf(certificatePdf(null), 300);
        assertThatThrownBy(() -> reader.read(new DocumentSource.Pdf(truncated, 1))).isInstanceOf(CertscanException.class);
    }

    private void assertCode(byte[] pdf, ErrorCode code, String detail)
    {
        assertThatThrownBy(() -> reader.read(new DocumentSource.Pdf(pdf, 1)))
                .asInstanceOf(type(CertscanException.class))
                .satisfies(exception -> {
                    assertThat(exception.errorCode()).isEqualTo(code);
                    assertThat(exception.detail()).contains(detail);
                });
    }

    /** Two A4 pages; the second is a 低压电工证 written with a CJK font embedded. */
    static byte[] certificatePdf(String userPassword)
            throws IOException
    {
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(cjkFontFile())) {
            PDType0Font font = firstFont(document, collection);
            PDPage cover = new PDPage(PDRectangle.A4);
            document.addPage(cover);
            write(document, cover, font, List.of(new Text("第一页：本文件为电子证照，共两页", 60, 780, 16)));
            PDPage card = new PDPage(PDRectangle.A4);
            document.addPage(card);
            write(document, card, font, List.of(
                    new Text("低压电工证", 220, 760, 28),
                    new Text("姓名", 60, 700, 14), new Text("张敞", 220, 700, 14),
                    new Text("有效期限", 60, 670, 14), new Text("2021-10-08至2027-10-07", 220, 670, 14),
                    new Text("专利号", 60, 640, 14), new Text("ZL 2020 1 0123456.7", 220, 640, 14)));
            if (userPassword != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                document.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private record Text(String text, int x, int y, int size) {}

    private static void write(PDDocument document, PDPage page, PDType0Font font, List<Text> texts)
            throws IOException
    {
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            for (Text text : texts) {
                content.beginText();
                content.setFont(font, text.size());
                content.newLineAtOffset(text.x(), text.y());
                content.showText(text.text());
                content.endText();
            }
        }
    }

    private static byte[] scannedPdf()
            throws IOException
    {
        BufferedImage scan = new BufferedImage(800, 500, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = scan.createGraphics();
        graphics.setColor(Color.RED);
        graphics.fillRect(0, 0, 800, 500);
        graphics.dispose();
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(800, 500));
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.drawImage(LosslessFactory.createFromImage(document, scan), 0, 0, 800, 500);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    static byte[] emptyPdf()
            throws IOException
    {
        try (PDDocument document = new PDDocument()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    /** The collection's first font, embedded in the document as a subset. */
    private static PDType0Font firstFont(PDDocument document, TrueTypeCollection collection)
            throws IOException
    {
        AtomicReference<TrueTypeFont> first = new AtomicReference<>();
        collection.processAllFonts(font -> first.compareAndSet(null, font));
        return PDType0Font.load(document, first.get(), true);
    }

    /** A CJK TrueType collection installed by the build (fonts-wqy-zenhei, fonts-wqy-microhei, fonts-arphic-uming). */
    static File cjkFontFile()
    {
        return List.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                        "/usr/share/fonts/truetype/arphic/uming.ttc").stream()
                .map(File::new)
                .filter(File::isFile)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no CJK TrueType collection installed: apt-get install fonts-wqy-zenhei"));
    }
}
