package io.certscan.adapter.documents;

import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

import java.util.ArrayList;
import java.util.List;

/**
 * The pages a PDF really has. Its page tree states a {@code /Count}, and PDFBox both answers
 * the page count and finds page {@code n} by it; a file whose count lies (a one-page PDF saying a
 * million) would be answered with {@code pdf_file_size} 1000000, and page 2 would be looked for
 * where there is none. The pages are counted by walking the tree's kids (PDFBox's walk skips a
 * node met twice), and a tree whose count disagrees is replaced by a flat one of the same pages.
 */
final class PdfPageTree
{
    /** More pages than any real document has; a tree beyond it is refused rather than walked on. */
    static final int MAXIMUM_PAGES = 100_000;

    private PdfPageTree() {}

    /** The number of pages, after mending the tree when its {@code /Count} is not that number. */
    static int countAndMend(PDDocument document)
    {
        List<PDPage> pages = new ArrayList<>();
        for (PDPage page : document.getPages()) {
            pages.add(page);
            if (pages.size() > MAXIMUM_PAGES) {
                throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, "the PDF has more than " + MAXIMUM_PAGES + " pages");
            }
        }
        if (pages.size() != document.getNumberOfPages()) {
            flatten(document, pages);
        }
        return pages.size();
    }

    /** One root with every page as its kid, each page keeping what it inherited from the nodes it leaves. */
    private static void flatten(PDDocument document, List<PDPage> pages)
    {
        COSDictionary root = document.getPages().getCOSObject();
        COSArray kids = new COSArray();
        for (PDPage page : pages) {
            // Read through the old parents before they are cut off.
            page.setResources(page.getResources());
            page.setMediaBox(page.getMediaBox());
            page.setCropBox(page.getCropBox());
            page.setRotation(page.getRotation());
            page.getCOSObject().setItem(COSName.PARENT, root);
            kids.add(page.getCOSObject());
        }
        root.setItem(COSName.KIDS, kids);
        root.setInt(COSName.COUNT, pages.size());
    }
}
