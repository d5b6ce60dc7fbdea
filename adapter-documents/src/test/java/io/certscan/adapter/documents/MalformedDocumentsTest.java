package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.application.document.PageSink;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.text.TextLine;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.certscan.adapter.documents.OfdFixtures.pages;
import static io.certscan.adapter.documents.OfdFixtures.text;
import static io.certscan.adapter.documents.OfdFixtures.utf8;
import static io.certscan.adapter.documents.OfdFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/**
 * A corpus of broken, hostile and oversized documents, made here: each is refused with its
 * documented error code and nothing else escapes. The module's tests run with {@code -Xmx512m}
 * (see its POM), so none of them may need more memory than that to be refused.
 */
class MalformedDocumentsTest
{
    @TempDir
    static Path temporaryRoot;

    static Stream<Arguments> corpus()
            throws IOException
    {
        byte[] png = encode(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "png");
        byte[] jpeg = encode(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "jpg");
        byte[] bmp = encode(new BufferedImage(300, 200, BufferedImage.TYPE_INT_RGB), "bmp");
        byte[] noisyJpeg = encode(noise(600, 400), "jpg");
        byte[] gradientPng = HostileFiles.png(300, 200, 8);
        byte[] invoice = Files.readAllBytes(OfdFixtures.invoices().resolve("ofdrw-converter__1.ofd"));
        Map<String, byte[]> xxe = pages(text(10, 10, 4, "X=\"0\" Y=\"4\"", "&secret;"));
        xxe.put("Doc_0/Pages/Page_0/Content.xml", utf8("<?xml version=\"1.0\"?><!DOCTYPE p [<!ENTITY secret SYSTEM \"file:///etc/hostname\">]>"
                + "<ofd:Page " + OfdFixtures.NAMESPACE + "><ofd:Content><ofd:Layer ID=\"2\">" + text(10, 10, 4, "X=\"0\" Y=\"4\"", "&secret;") + "</ofd:Layer></ofd:Content></ofd:Page>"));
        Map<String, byte[]> laughs = pages(text(10, 10, 4, "X=\"0\" Y=\"4\"", "证书编号：1"));
        laughs.put("Doc_0/Document.xml", utf8("<?xml version=\"1.0\"?><!doctype d [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]><d>&b;</d>"));
        Map<String, byte[]> escaping = pages(text(10, 10, 4, "X=\"0\" Y=\"4\"", "证书编号：1"));
        escaping.put("../../evil.sh", utf8("echo owned"));
        Map<String, byte[]> absolute = pages(text(10, 10, 4, "X=\"0\" Y=\"4\"", "证书编号：1"));
        absolute.put("/tmp/certscan-absolute-entry", utf8("x"));
        Map<String, byte[]> brokenXml = pages(text(10, 10, 4, "X=\"0\" Y=\"4\"", "证书编号：1"));
        brokenXml.put("Doc_0/Document.xml", utf8("<ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"><ofd:Pages><ofd:Page"));
        Map<String, byte[]> missingPage = pages(text(10, 10, 4, "X=\"0\" Y=\"4\"", "证书编号：1"));
        missingPage.remove("Doc_0/Pages/Page_0/Content.xml");

        return Stream.of(
                picture("empty picture", new byte[0], ErrorCode.EMPTY_IMAGE),
                picture("wrong magic bytes", utf8("GIF89a this is not one of ours"), ErrorCode.IMAGE_FORMAT_ERROR),
                picture("truncated PNG", Arrays.copyOf(png, 60), ErrorCode.IMAGE_FORMAT_ERROR),
                picture("truncated JPEG", Arrays.copyOf(jpeg, jpeg.length / 3), ErrorCode.IMAGE_FORMAT_ERROR),
                picture("truncated BMP", Arrays.copyOf(bmp, 30), ErrorCode.IMAGE_FORMAT_ERROR),
                picture("PNG declaring 20000 × 20000 pixels", DocumentReaderTest.pngHeader(20000, 20000), ErrorCode.IMAGE_SIZE_ERROR),
                picture("JPEG declaring 60000 × 60000 pixels", jpegHeader(60000, 60000), ErrorCode.IMAGE_SIZE_ERROR),
                picture("BMP declaring 30000 × 30000 pixels", bmpHeader(30000, 30000), ErrorCode.IMAGE_SIZE_ERROR),
                picture("JPEG that lost its last 30 %", Arrays.copyOf(noisyJpeg, noisyJpeg.length * 7 / 10), ErrorCode.IMAGE_FORMAT_ERROR),
                picture("PNG with a bad CRC", HostileFiles.withBadCrc(gradientPng), ErrorCode.IMAGE_FORMAT_ERROR),
                picture("PNG that lost its end chunk", Arrays.copyOf(gradientPng, gradientPng.length - 12), ErrorCode.IMAGE_FORMAT_ERROR),
                picture("BMP with garbage after its magic", utf8("BM\u0001\u0002 garbage garbage garbage garbage"), ErrorCode.IMAGE_FORMAT_ERROR),
                pdf("empty PDF file", new byte[0], ErrorCode.EMPTY_IMAGE),
                pdf("encrypted PDF", PdfPagesTest.certificatePdf("secret"), ErrorCode.IMAGE_FORMAT_ERROR),
                pdf("PDF with no pages", PdfPagesTest.emptyPdf(), ErrorCode.IMAGE_FORMAT_ERROR),
                pdf("PDF header and garbage", utf8("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> garbage"), ErrorCode.IMAGE_FORMAT_ERROR),
                pdf("a picture sent as a PDF", png, ErrorCode.IMAGE_FORMAT_ERROR),
                pdf("PDF page of 40000 × 40000 pt", HostileFiles.pdfPage(40000, 40000), ErrorCode.IMAGE_SIZE_ERROR),
                pdf("PDF image declaring 20000 × 20000 pixels",
                        HostileFiles.pdfImage(20000, 20000, "/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode", HostileFiles.deflated(new byte[64])), ErrorCode.IMAGE_SIZE_ERROR),
                pdf("PDF JBIG2 image declaring 40000 × 40000 pixels",
                        HostileFiles.pdfImage(40000, 40000, "/ColorSpace /DeviceGray /BitsPerComponent 1 /Filter /JBIG2Decode", new byte[200]), ErrorCode.IMAGE_SIZE_ERROR),
                pdf("PDF arrays nested 100000 deep", HostileFiles.pdfNested(100_000, false), ErrorCode.IMAGE_FORMAT_ERROR),
                pdf("PDF dictionaries nested 100000 deep", HostileFiles.pdfNested(100_000, true), ErrorCode.IMAGE_FORMAT_ERROR),
                ofd("empty OFD file", new byte[0], ErrorCode.EMPTY_IMAGE),
                ofd("not a zip archive", utf8("PK but not really a zip archive"), ErrorCode.IMAGE_FORMAT_ERROR),
                ofd("a zip archive that is no OFD", zip(Map.of("readme.txt", utf8("hello"))), ErrorCode.IMAGE_FORMAT_ERROR),
                ofd("zip bomb: 130 MiB of zeros in 130 KB", zipBomb(130L * 1024 * 1024), ErrorCode.IMAGE_SIZE_ERROR),
                ofd("5000 entries", manyEntries(5000), ErrorCode.IMAGE_SIZE_ERROR),
                ofd("entry escaping with ../", zip(escaping), ErrorCode.IMAGE_FORMAT_ERROR),
                ofd("entry with an absolute path", zip(absolute), ErrorCode.IMAGE_FORMAT_ERROR),
                ofd("external entity (XXE)", zip(xxe), ErrorCode.IMAGE_FORMAT_ERROR),
                ofd("entity expansion (billion laughs)", zip(laughs), ErrorCode.IMAGE_FORMAT_ERROR),
                ofd("malformed Document.xml", zip(brokenXml), ErrorCode.IMAGE_FORMAT_ERROR),
                ofd("page content missing", zip(missingPage), ErrorCode.IMAGE_FORMAT_ERROR),
                ofd("OFD with no pages", zip(pages()), ErrorCode.IMAGE_FORMAT_ERROR),
                ofd("truncated OFD", Arrays.copyOf(invoice, invoice.length / 2), ErrorCode.IMAGE_FORMAT_ERROR));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void refusedWithItsDocumentedCode(DocumentSource source, ErrorCode expected)
            throws IOException
    {
        DocumentReader reader = new DocumentReader(temporaryRoot, OfdPackage.Limits.DEFAULT);

        assertThatThrownBy(() -> reader.read(source))
                .isExactlyInstanceOf(CertscanException.class)
                .asInstanceOf(type(CertscanException.class))
                .satisfies(failure -> {
                    assertThat(failure.errorCode()).isEqualTo(expected);
                    assertThat(failure.detail()).isNotBlank().doesNotContain("Exception:").doesNotContain("\tat ");
                });
        try (Stream<Path> left = Files.list(temporaryRoot)) {
            assertThat(left).as("temporary folders left behind").isEmpty();
        }
        assertThat(Path.of("/tmp/certscan-absolute-entry")).doesNotExist();
    }

    @Test
    void aStepRepeatedAHundredMillionTimesCostsNoMoreThanTheTextNeeds()
    {
        Map<String, byte[]> spacedOut = pages(text(10, 10, 4, "X=\"0\" Y=\"4\" DeltaX=\"g 100000000 4\"", "证书编号：1234567"));

        LoadedPage page = new DocumentReader(temporaryRoot, OfdPackage.Limits.DEFAULT).read(new DocumentSource.Ofd(zip(spacedOut), 1));

        assertThat(((PageContent.TextLayer) page.content()).lines()).extracting(TextLine::text).containsExactly("证书编号：1234567");
    }

    @Test
    void aLyingPageCountIsNotThePageCount()
    {
        DocumentReader reader = new DocumentReader(temporaryRoot, OfdPackage.Limits.DEFAULT);

        assertThat(reader.read(new DocumentSource.Pdf(HostileFiles.pdfCounting(1, 1_000_000), 1)).pageCount()).hasValue(1);
        assertThat(reader.read(new DocumentSource.Pdf(HostileFiles.pdfCounting(3, 1), 3)).pageCount()).hasValue(3);
        assertThatThrownBy(() -> reader.read(new DocumentSource.Pdf(HostileFiles.pdfCounting(2, 9), 5)))
                .asInstanceOf(type(CertscanException.class))
                .satisfies(failure -> assertThat(failure.detail()).contains("2 pages"));
    }

    @Test
    void allPagesOfAPdfAreReadFromOneParseAndAFailingPageDoesNotEndTheOthers()
    {
        byte[] pdf = HostileFiles.pdf("<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R 4 0 R 5 0 R] /Count 3 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 40000 40000] >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] >>");
        List<String> pages = new ArrayList<>();

        new DocumentReader(temporaryRoot, OfdPackage.Limits.DEFAULT).readAll(new DocumentSource.Pdf(pdf, 1), new PageSink<>()
        {
            @Override
            public void page(int number, LoadedPage page)
            {
                BufferedImage picture = ((PageContent.Raster) page.content()).image();
                pages.add(number + "/" + page.pageCount().orElse(0) + ": " + picture.getWidth() + " × " + picture.getHeight());
            }

            @Override
            public void failed(int number, CertscanException failure)
            {
                pages.add(number + ": error " + failure.errorCode().code());
            }
        });

        assertThat(pages).containsExactly("1/3: 1413 × 1999", "2: error 216202", "3/3: 1999 × 1413");
    }

    @Test
    void whatTheSinkThrowsLeavesTheReaderAsItWasThrownNotAsTheDocumentsFailure()
    {
        IllegalStateException stop = new IllegalStateException("the caller stops here");
        PageSink<LoadedPage> stopping = new PageSink<>()
        {
            @Override
            public void page(int number, LoadedPage page)
            {
                throw stop;
            }

            @Override
            public void failed(int number, CertscanException failure)
            {
                throw new AssertionError("the document did not fail: " + failure.detail());
            }
        };

        assertThatThrownBy(() -> new DocumentReader(temporaryRoot, OfdPackage.Limits.DEFAULT).readAll(new DocumentSource.Pdf(HostileFiles.pdfCounting(2, 2), 1), stopping))
                .isSameAs(stop);
    }

    @Test
    void anOfdReadWholeGivesItsPagesAndAnUnreadableOneIsTheFirstPagesFailure()
            throws IOException
    {
        byte[] invoice = Files.readAllBytes(OfdFixtures.invoices().resolve("ofdrw-converter__1.ofd"));
        List<String> pages = new ArrayList<>();
        PageSink<LoadedPage> sink = new PageSink<>()
        {
            @Override
            public void page(int number, LoadedPage page)
            {
                pages.add(number + "/" + page.pageCount().orElse(0));
            }

            @Override
            public void failed(int number, CertscanException failure)
            {
                pages.add(number + ": error " + failure.errorCode().code());
            }
        };
        DocumentReader reader = new DocumentReader(temporaryRoot, OfdPackage.Limits.DEFAULT);

        reader.readAll(new DocumentSource.Ofd(invoice, 1), sink);
        reader.readAll(new DocumentSource.Ofd(Arrays.copyOf(invoice, invoice.length / 2), 1), sink);

        assertThat(pages).containsExactly("1/1", "1: error 216201");
    }

    @Test
    void modestLimitsRefuseWhatTheDefaultsAccept()
            throws IOException
    {
        byte[] invoice = Files.readAllBytes(OfdFixtures.invoices().resolve("ofdrw-converter__1.ofd"));

        assertThatThrownBy(() -> new DocumentReader(temporaryRoot, new OfdPackage.Limits(5, 1 << 20)).read(new DocumentSource.Ofd(invoice, 1)))
                .asInstanceOf(type(CertscanException.class))
                .satisfies(failure -> assertThat(failure.detail()).contains("entries"));
        assertThatThrownBy(() -> new DocumentReader(temporaryRoot, new OfdPackage.Limits(100, 20_000)).read(new DocumentSource.Ofd(invoice, 1)))
                .asInstanceOf(type(CertscanException.class))
                .satisfies(failure -> assertThat(failure.detail()).contains("unpacks to more than"));
        assertThat(new DocumentReader(temporaryRoot, OfdPackage.Limits.DEFAULT).read(new DocumentSource.Ofd(invoice, 1)).pageCount()).hasValue(1);
    }

    @Test
    void theseTestsRunWithinHalfAGigabyteOfHeap()
    {
        assertThat(Runtime.getRuntime().maxMemory()).isLessThanOrEqualTo(512L * 1024 * 1024);
    }

    private static Arguments picture(String name, byte[] bytes, ErrorCode expected)
    {
        return Arguments.of(Named.of(name, new DocumentSource.Image(bytes)), expected);
    }

    private static Arguments pdf(String name, byte[] bytes, ErrorCode expected)
    {
        return Arguments.of(Named.of(name, new DocumentSource.Pdf(bytes, 1)), expected);
    }

    private static Arguments ofd(String name, byte[] bytes, ErrorCode expected)
    {
        return Arguments.of(Named.of(name, new DocumentSource.Ofd(bytes, 1)), expected);
    }

    private static byte[] encode(BufferedImage image, String format)
            throws IOException
    {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(ImageIO.write(image, format, out)).isTrue();
        return out.toByteArray();
    }

    /** Random pixels: a JPEG of them has entropy-coded data all the way down, so a cut anywhere loses rows. */
    private static BufferedImage noise(int width, int height)
    {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(15);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    /** Start of image and a baseline frame header claiming the size, then nothing. */
    private static byte[] jpegHeader(int width, int height)
    {
        ByteBuffer jpeg = ByteBuffer.allocate(2 + 2 + 17);
        jpeg.put((byte) 0xFF).put((byte) 0xD8);
        jpeg.put((byte) 0xFF).put((byte) 0xC0).putShort((short) 17).put((byte) 8).putShort((short) height).putShort((short) width).put((byte) 3);
        for (int component = 1; component <= 3; component++) {
            jpeg.put((byte) component).put((byte) 0x11).put((byte) 0);
        }
        return jpeg.array();
    }

    /** A 24-bit Windows BMP header claiming the size, with no pixels. */
    private static byte[] bmpHeader(int width, int height)
    {
        ByteBuffer bmp = ByteBuffer.allocate(54).order(ByteOrder.LITTLE_ENDIAN);
        bmp.put((byte) 'B').put((byte) 'M').putInt(54).putInt(0).putInt(54);
        bmp.putInt(40).putInt(width).putInt(height).putShort((short) 1).putShort((short) 24).putInt(0).putInt(0).putInt(2835).putInt(2835).putInt(0).putInt(0);
        return bmp.array();
    }

    /** An otherwise valid OFD package with one entry that inflates to {@code size} bytes of zeros. */
    private static byte[] zipBomb(long size)
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : pages(text(10, 10, 4, "X=\"0\" Y=\"4\"", "证书编号：1")).entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("Doc_0/Res/zeros.bin"));
            byte[] zeros = new byte[1 << 20];
            for (long written = 0; written < size; written += zeros.length) {
                zip.write(zeros);
            }
            zip.closeEntry();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static byte[] manyEntries(int count)
    {
        Map<String, byte[]> entries = pages(text(10, 10, 4, "X=\"0\" Y=\"4\"", "证书编号：1"));
        for (int i = 0; i < count; i++) {
            entries.put("Doc_0/Res/empty" + i, new byte[0]);
        }
        return zip(entries);
    }
}
