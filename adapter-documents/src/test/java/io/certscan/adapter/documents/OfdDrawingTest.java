package io.certscan.adapter.documents;

import io.certscan.application.document.DocumentSource;
import io.certscan.application.document.PageSink;
import io.certscan.domain.error.CertscanException;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static io.certscan.adapter.documents.OfdFixtures.text;
import static io.certscan.adapter.documents.OfdFixtures.utf8;
import static org.assertj.core.api.Assertions.assertThat;

/** OFD pages drawn as pictures: their paths, each character where it stands, each page in its own box. */
class OfdDrawingTest
{
    private static final double PX = OfdPages.PIXELS_PER_MILLIMETRE;

    private final DocumentReader reader = new DocumentReader();

    @Test
    void anInvoicesTableLinesAreDrawnWhereItsTemplatePutsThem()
            throws IOException
    {
        byte[] invoice = Files.readAllBytes(OfdFixtures.invoices().resolve("ofdrw-converter__1.ofd"));

        BufferedImage page = reader.picture(new DocumentSource.Ofd(invoice, 1));

        assertThat(page.getWidth()).isEqualTo((int) Math.ceil(210 * PX));
        // The template's rule under the header: Boundary "4.5 29.8 201 0.4", drawn at y 30 mm, in 156 82 35.
        int row = (int) Math.round(30 * PX);
        assertThat(darkShare(page, row - 1, row + 1, (int) (10 * PX), (int) (200 * PX))).isGreaterThan(0.95);
        // The frame's left edge, Boundary "4.3 30 0.4 94": a column of ink from 30 to 124 mm.
        int column = (int) Math.round(4.5 * PX);
        int dark = 0;
        for (int y = (int) (35 * PX); y < (int) (120 * PX); y++) {
            dark += dark(page, column - 1, y) || dark(page, column, y) || dark(page, column + 1, y) ? 1 : 0;
        }
        assertThat(dark).isGreaterThan((int) (0.95 * 85 * PX));
        // Between the rules, inside the goods table where nothing is written, the page stays white.
        assertThat(darkShare(page, (int) (80 * PX), (int) (80 * PX), (int) (60 * PX), (int) (80 * PX))).isZero();
    }

    @Test
    void eachCharacterIsDrawnInItsOwnAdvanceWithoutRunningIntoTheNext()
    {
        // M, a space and M, 6 mm high and 2 mm apart: a font's M is about 5 mm wide at that size, so
        // drawn at its own width the first would cover the space and run into the second; squeezed
        // into its advance, it ends where the space begins.
        byte[] ofd = OfdFixtures.zip(OfdFixtures.pages(text(20, 20, 6, "X=\"0\" Y=\"6\" DeltaX=\"2 2\"", "M M")
                + text(20, 60, 6, "X=\"0\" Y=\"6\"", "证")));

        BufferedImage page = reader.picture(new DocumentSource.Ofd(ofd, 1));

        int top = (int) (20 * PX);
        int bottom = (int) (27 * PX);
        int start = (int) Math.round(20 * PX);
        int cell = (int) Math.round(2 * PX);
        int[] first = inkSpan(page, top, bottom, start - cell, start + 2 * cell - 1);
        int[] second = inkSpan(page, top, bottom, start + 2 * cell - 1, page.getWidth());
        assertThat(first[1] - first[0]).as("the first M is drawn").isGreaterThan(cell / 2);
        assertThat(first[1]).as("the first M ends within its 2 mm").isLessThanOrEqualTo(start + cell + 1);
        assertThat(second[0]).as("the second M starts where it is placed").isBetween(start + 2 * cell - 1, start + 2 * cell + cell / 2);
        assertThat(first[1]).isLessThan(second[0]);
        // The last character has no advance after it and keeps its font's width: an M about 5 mm wide.
        assertThat(second[1] - second[0]).isGreaterThan((int) (3.5 * PX));
        // So does a character without advances: a CJK character nearly an em wide.
        int[] alone = inkSpan(page, (int) (60 * PX), (int) (67 * PX), 0, page.getWidth());
        assertThat(alone[1] - alone[0]).isGreaterThan((int) (4 * PX));
    }

    @Test
    void aSecondPageWiderThanTheDocumentsDefaultIsDrawnWhole()
    {
        // The document's pages are 210 × 140 mm; page 2 says it is 297 × 210 and writes at 280 mm.
        Map<String, byte[]> entries = OfdFixtures.pages(text(20, 20, 5, "X=\"0\" Y=\"5\"", "第一页的文字内容在这里"),
                text(270, 180, 5, "X=\"0\" Y=\"5\" DeltaX=\"5\"", "右边"));
        String second = new String(entries.get("Doc_0/Pages/Page_1/Content.xml"), java.nio.charset.StandardCharsets.UTF_8);
        entries.put("Doc_0/Pages/Page_1/Content.xml", utf8(second.replace("<ofd:Content>", "<ofd:Area><ofd:PhysicalBox>0 0 297 210</ofd:PhysicalBox></ofd:Area><ofd:Content>")));
        byte[] ofd = OfdFixtures.zip(entries);
        Map<Integer, BufferedImage> pictures = new TreeMap<>();

        reader.pictures(new DocumentSource.Ofd(ofd, 1), List.of(1, 2), collecting(pictures));

        assertThat(pictures).containsOnlyKeys(1, 2);
        assertThat(pictures.get(1).getWidth()).isEqualTo((int) Math.ceil(210 * PX));
        assertThat(pictures.get(1).getHeight()).isEqualTo((int) Math.ceil(140 * PX));
        BufferedImage wide = pictures.get(2);
        assertThat(wide.getWidth()).isEqualTo((int) Math.ceil(297 * PX));
        assertThat(wide.getHeight()).isEqualTo((int) Math.ceil(210 * PX));
        // Its last character, from 275 to 280 mm, is on the picture.
        int[] right = inkSpan(wide, (int) (180 * PX), (int) (186 * PX), (int) (274 * PX), wide.getWidth());
        assertThat(right[1]).isGreaterThan((int) (278 * PX));
    }

    @Test
    void theInvoicesPagesAreDrawnFromOneUnpackingOfThePackage()
            throws IOException
    {
        byte[] invoice = Files.readAllBytes(OfdFixtures.invoices().resolve("ofdrw-converter__999.ofd"));
        Map<Integer, BufferedImage> pictures = new TreeMap<>();
        long before = OfdPages.OPENED.get();

        new PageRenderer(reader, url -> { throw new AssertionError("nothing is fetched"); })
                .renderAll(new DocumentSource.Ofd(invoice, 1), List.of(1, 2, 3, 4, 5), collecting(pictures));

        assertThat(OfdPages.OPENED.get() - before).isEqualTo(1);
        assertThat(pictures).containsOnlyKeys(1, 2, 3, 4, 5);
        // The invoice is 210 × 140 mm, the list pages after it A4.
        assertThat(pictures.get(1).getHeight()).isLessThan(pictures.get(2).getHeight());
        assertThat(pictures.get(2).getHeight()).isEqualTo((int) Math.ceil(297 * PX));
    }

    @Test
    void aPageBeyondTheEndIsItsFailureAndTheOthersAreDrawn()
            throws IOException
    {
        byte[] invoice = Files.readAllBytes(OfdFixtures.invoices().resolve("ofdrw-converter__1.ofd"));
        Map<Integer, BufferedImage> pictures = new TreeMap<>();
        Map<Integer, CertscanException> failures = new TreeMap<>();

        reader.pictures(new DocumentSource.Ofd(invoice, 1), List.of(1, 3), new PageSink<>()
        {
            @Override
            public void page(int number, BufferedImage page)
            {
                pictures.put(number, page);
            }

            @Override
            public void failed(int number, CertscanException failure)
            {
                failures.put(number, failure);
            }
        });

        assertThat(pictures).containsOnlyKeys(1);
        assertThat(failures).containsOnlyKeys(3);
        assertThat(failures.get(3).detail()).contains("ofd_file_num 3 is beyond the document's 1 page");
    }

    @Test
    void abbreviatedDataCutShortKeepsWhatCameBefore()
    {
        assertThat(OfdDrawing.outline("M 0 0 L 10 0 L 10").getBounds2D().getWidth()).isEqualTo(10);
        assertThat(OfdDrawing.outline("M 0 0 B 0 5 10 5 10 0 C").getBounds2D().getWidth()).isEqualTo(10);
        assertThat(OfdDrawing.outline("M 0 0 L x 3").getBounds2D().isEmpty()).isTrue();
    }

    static PageSink<BufferedImage> collecting(Map<Integer, BufferedImage> pictures)
    {
        return new PageSink<>()
        {
            @Override
            public void page(int number, BufferedImage page)
            {
                pictures.put(number, page);
            }

            @Override
            public void failed(int number, CertscanException failure)
            {
                throw failure;
            }
        };
    }

    private static boolean dark(BufferedImage page, int x, int y)
    {
        int rgb = page.getRGB(x, y);
        int brightness = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
        return brightness < 3 * 200;
    }

    /** The share of columns from left to right with ink somewhere between the rows top and bottom. */
    private static double darkShare(BufferedImage page, int top, int bottom, int left, int right)
    {
        int inked = 0;
        for (int x = left; x < right; x++) {
            for (int y = top; y <= bottom; y++) {
                if (dark(page, x, y)) {
                    inked++;
                    break;
                }
            }
        }
        return inked / (double) (right - left);
    }

    /** The first and last column with ink between the rows, within the columns given; {0, 0} for none. */
    private static int[] inkSpan(BufferedImage page, int top, int bottom, int left, int right)
    {
        int first = -1;
        int last = -1;
        for (int x = Math.max(0, left); x < Math.min(page.getWidth(), right); x++) {
            for (int y = top; y < bottom; y++) {
                if (dark(page, x, y)) {
                    first = first < 0 ? x : first;
                    last = x;
                    break;
                }
            }
        }
        return first < 0 ? new int[] {0, 0} : new int[] {first, last};
    }
}
