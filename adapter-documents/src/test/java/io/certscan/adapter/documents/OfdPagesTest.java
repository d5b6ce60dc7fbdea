package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.text.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.certscan.adapter.documents.OfdFixtures.pages;
import static io.certscan.adapter.documents.OfdFixtures.text;
import static io.certscan.adapter.documents.OfdFixtures.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

/** OFD pages: text objects placed as written, scans handed to OCR, page selection, and a clean temporary folder afterwards. */
class OfdPagesTest
{
    @TempDir
    Path temporaryRoot;

    private DocumentReader reader()
    {
        return new DocumentReader(temporaryRoot, OfdPackage.Limits.DEFAULT);
    }

    @Test
    void textObjectsArePlacedByBoundaryDeltasAndMatrixAt144Dpi()
    {
        byte[] ofd = zip(pages(
                text(20, 30, 4, "X=\"0\" Y=\"4\" DeltaX=\"g 2 4\"", "姓名：") + text(33, 30.2, 4, "X=\"0\" Y=\"3.9\"", "张三"),
                // A CTM that halves everything: 8 mm type printed 4 mm high, 1 mm further right than the boundary says.
                "<ofd:TextObject ID=\"900\" Boundary=\"20 60 100 10\" CTM=\"0.5 0 0 0.5 1 0\" Font=\"60\" Size=\"8\"><ofd:TextCode X=\"0\" Y=\"8\" DeltaX=\"8 8 8\">证书编号</ofd:TextCode></ofd:TextObject>"));

        LoadedPage first = reader().read(new DocumentSource.Ofd(ofd, 1));
        LoadedPage second = reader().read(new DocumentSource.Ofd(ofd, 2));

        assertThat(first.pageCount()).hasValue(2);
        assertThat(first.content()).asInstanceOf(type(PageContent.TextLayer.class)).satisfies(layer -> {
            // The label's object and the value's object sit on baselines 0.1 mm apart: one line, label first.
            assertThat(layer.lines()).extracting(TextLine::text).containsExactly("姓名：张三");
            assertThat(layer.lines().get(0).box().left()).isCloseTo(20 * OfdPages.PIXELS_PER_MILLIMETRE, within(0.5));
            assertThat(layer.width()).isCloseTo(210 * OfdPages.PIXELS_PER_MILLIMETRE, within(0.01));
            assertThat(layer.height()).isCloseTo(140 * OfdPages.PIXELS_PER_MILLIMETRE, within(0.01));
        });
        assertThat(second.content()).asInstanceOf(type(PageContent.TextLayer.class)).satisfies(layer -> {
            TextLine line = layer.lines().get(0);
            assertThat(line.text()).isEqualTo("证书编号");
            assertThat(line.box().left()).isCloseTo(21 * OfdPages.PIXELS_PER_MILLIMETRE, within(0.5));
            assertThat(line.box().bottom() - line.box().top()).isCloseTo(1.25 * 4 * OfdPages.PIXELS_PER_MILLIMETRE, within(1.0));
            assertThat(line.box().right()).isCloseTo((21 + 4 * 4) * OfdPages.PIXELS_PER_MILLIMETRE, within(1.0));
        });
    }

    @Test
    void deltaShorthandIsExpandedAndMissingDeltasAreMarked()
    {
        assertThat(OfdPages.deltas("g 3 1.5 2", 5)).containsExactly(1.5, 1.5, 1.5, 2.0, Double.NaN);
        assertThat(OfdPages.deltas(null, 2)).containsExactly(Double.NaN, Double.NaN);
        assertThat(OfdPages.deltas("g 100000000 0.01", 3)).containsExactly(0.01, 0.01, 0.01);
        assertThat(OfdPages.deltas(" g  9 1 ", 2)).containsExactly(1.0, 1.0);
    }

    @Test
    void rowsOfOneTextCodeSplitWhereTheBaselineMovesAndVerticalTextIsLeftOut()
    {
        byte[] ofd = zip(pages(
                text(10, 10, 4, "X=\"0\" Y=\"4\" DeltaX=\"2 2 -4 2 2\" DeltaY=\"0 0 5 0 0\"", "ABCDEF")
                        + text(100, 10, 4, "X=\"0\" Y=\"4\" DeltaY=\"6 6\"", "购买方")));

        LoadedPage page = reader().read(new DocumentSource.Ofd(ofd, 1));

        assertThat(((PageContent.TextLayer) page.content()).lines()).extracting(TextLine::text).containsExactly("ABC", "DEF");
    }

    @Test
    void scannedPageGivesItsPictureForOcr()
    {
        BufferedImage scan = new BufferedImage(840, 560, BufferedImage.TYPE_INT_RGB);
        Map<String, byte[]> entries = pages(OfdFixtures.scan() + text(200, 135, 2, "X=\"0\" Y=\"2\"", "1/1"));
        entries.put("Doc_0/Res/scan.png", OfdFixtures.png(scan));

        LoadedPage page = reader().read(new DocumentSource.Ofd(zip(entries), 1));

        assertThat(page.content()).asInstanceOf(type(PageContent.Raster.class)).satisfies(raster -> {
            assertThat(raster.image().getWidth()).isEqualTo(840);
            assertThat(raster.image().getHeight()).isEqualTo(560);
        });
    }

    @Test
    void scannedPageWithAnOversizedPictureIsASizeError()
    {
        Map<String, byte[]> entries = pages(OfdFixtures.scan());
        entries.put("Doc_0/Res/scan.png", OfdFixtures.png(new BufferedImage(9000, 20, BufferedImage.TYPE_BYTE_BINARY)));

        assertThatThrownBy(() -> reader().read(new DocumentSource.Ofd(zip(entries), 1)))
                .asInstanceOf(type(CertscanException.class))
                .extracting(CertscanException::errorCode).isEqualTo(ErrorCode.IMAGE_SIZE_ERROR);
    }

    @Test
    void pageBeyondTheEndNamesTheDocumentsPageCount()
            throws IOException
    {
        byte[] invoice = Files.readAllBytes(OfdFixtures.invoices().resolve("ofdrw-converter__999.ofd"));

        assertThat(reader().read(new DocumentSource.Ofd(invoice, 5)).pageCount()).hasValue(5);
        assertThatThrownBy(() -> reader().read(new DocumentSource.Ofd(invoice, 6)))
                .asInstanceOf(type(CertscanException.class))
                .satisfies(failure -> {
                    assertThat(failure.errorCode()).isEqualTo(ErrorCode.INVALID_PARAM);
                    assertThat(failure.detail()).isEqualTo("ofd_file_num 6 is beyond the document's 5 pages");
                });
    }

    @Test
    void templatePathInAnotherLetterCaseIsFoundAndItsLabelsRead()
            throws IOException
    {
        // Document.xml names TPLS/Tpl_0/Content.xml; the package holds Tpls/Tpl_0/Content.xml.
        byte[] invoice = Files.readAllBytes(OfdFixtures.invoices().resolve("ofdrw-sign__v4signed.ofd"));

        LoadedPage page = reader().read(new DocumentSource.Ofd(invoice, 1));

        assertThat(((PageContent.TextLayer) page.content()).lines()).extracting(TextLine::text)
                .contains("发票代码：050001700111", "发票号码：99999951");
    }

    @Test
    void temporaryFolderIsRemovedAfterSuccessAndAfterFailure()
            throws IOException
    {
        byte[] invoice = Files.readAllBytes(OfdFixtures.invoices().resolve("ofdrw-converter__1.ofd"));
        reader().read(new DocumentSource.Ofd(invoice, 1));
        assertThatThrownBy(() -> reader().read(new DocumentSource.Ofd(invoice, 2))).isInstanceOf(CertscanException.class);
        Map<String, byte[]> escaping = pages(text(10, 10, 4, "X=\"0\" Y=\"4\"", "证书编号：1"));
        escaping.put("../../../escaped.txt", OfdFixtures.utf8("out"));
        assertThatThrownBy(() -> reader().read(new DocumentSource.Ofd(zip(escaping), 1))).isInstanceOf(CertscanException.class);

        try (Stream<Path> left = Files.list(temporaryRoot)) {
            assertThat(left).isEmpty();
        }
        assertThat(temporaryRoot.getParent().resolve("escaped.txt")).doesNotExist();
    }

    @Test
    void pagesAreReadOnceEachFromSeveralThreads()
            throws Exception
    {
        List<Path> files;
        try (Stream<Path> listed = Files.list(OfdFixtures.invoices())) {
            files = listed.filter(file -> file.toString().endsWith(".ofd")).sorted().toList();
        }
        DocumentReader shared = reader();
        List<java.util.concurrent.Callable<Integer>> reads = files.stream()
                .<java.util.concurrent.Callable<Integer>>map(file -> () -> ((PageContent.TextLayer) shared.read(new DocumentSource.Ofd(Files.readAllBytes(file), 1)).content()).lines().size())
                .toList();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            for (java.util.concurrent.Future<Integer> lines : pool.invokeAll(reads)) {
                assertThat(lines.get()).isGreaterThan(20);
            }
        }
        finally {
            pool.shutdownNow();
        }
    }
}
