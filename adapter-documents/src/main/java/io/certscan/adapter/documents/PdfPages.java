package io.certscan.adapter.documents;

import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.application.document.PagePicture;
import io.certscan.application.document.PageSink;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.text.TextLine;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

/**
 * PDF pages (Apache PDFBox): the page count, the selected page, and either its text layer (a
 * born-digital e-certificate or e-invoice: exact text with positions, no OCR, and the pictures
 * that may be its QR code) or, for scans, the
 * page rendered at a resolution that fits the OCR's budget. Memory is capped; what does not fit
 * goes to temporary files.
 */
final class PdfPages
{
    /** Pixels per PDF point for text-layer coordinates: 2 is 144 dpi, the scale lines would have on a picture. */
    static final float TEXT_SCALE = 2f;
    /** Longest side of a rendered page, in pixels. */
    static final int RENDERED_LONGEST_SIDE = 2000;
    private static final long MEMORY_CAP = 64L * 1024 * 1024;
    /** The longest page side read, in points: 8192 pixels at the text layer's scale. */
    static final int MAX_PAGE_POINTS = (int) (Pictures.MAX_SIDE / TEXT_SCALE);
    /** A page with less text than this is a scan (perhaps with a stamp or a page number) and goes to OCR. */
    private static final int TEXT_LAYER_MINIMUM_CHARACTERS = 12;
    /** A text layer with more of its glyphs than this share not mapped to Unicode is no text layer. */
    private static final double UNMAPPED_GLYPH_SHARE = 0.2;

    /** Files parsed so far in this JVM: what the tests hold drawing a document's pages to. */
    static final AtomicLong OPENED = new AtomicLong();

    private PdfPages() {}

    static LoadedPage read(byte[] bytes, int pageNumber)
    {
        return load(bytes, pageNumber, false);
    }

    /**
     * The page as the picture its recognition's boxes are drawn on: a born-digital page rendered at
     * the scale of its text layer, a scan as it was read. The PDF is loaded once.
     */
    static BufferedImage picture(byte[] bytes, int pageNumber)
    {
        return ((PageContent.Raster) load(bytes, pageNumber, true).content()).image();
    }

    /**
     * The pages asked for as the pictures their recognitions' boxes are drawn on (as
     * {@link #picture}), from one parse of the file: each is handed over as it is drawn; a page
     * that fails, or is beyond the end, is its failure; a file that cannot be opened is the
     * failure of every page asked for.
     */
    static void pictures(byte[] bytes, List<Integer> pageNumbers, PageSink<BufferedImage> sink)
    {
        if (pageNumbers.isEmpty()) {
            return;
        }
        GuardedSink<BufferedImage> guarded = new GuardedSink<>(sink);
        try {
            opened(bytes, document -> {
                int pages = pageCount(document);
                for (int number : pageNumbers) {
                    guarded.offer(number, () -> {
                        checkPage(number, pages);
                        return translated(() -> ((PageContent.Raster) page(document, number, pages, true).content()).image());
                    });
                }
                return null;
            });
        }
        catch (GuardedSink.Escaped escaped) {
            throw escaped.failure();
        }
        catch (CertscanException unopened) {
            pageNumbers.forEach(number -> sink.failed(number, unopened));
        }
    }

    private static void checkPage(int pageNumber, int pages)
    {
        if (pageNumber > pages) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "pdf_file_num %d is beyond the document's %d page%s".formatted(pageNumber, pages, pages == 1 ? "" : "s"));
        }
    }

    /** @param drawTextLayer a born-digital page comes back drawn at its text layer's scale instead of as its text */
    private static LoadedPage load(byte[] bytes, int pageNumber, boolean drawTextLayer)
    {
        return opened(bytes, document -> {
            int pages = pageCount(document);
            checkPage(pageNumber, pages);
            return page(document, pageNumber, pages, drawTextLayer);
        });
    }

    /**
     * Every page from {@code firstPage} on, from one parse of the file: each is handed over as it
     * is read and may be dropped before the next is; a page that fails is its failure, the others
     * go on. A file that cannot be opened is the failure of {@code firstPage}.
     */
    static void readAll(byte[] bytes, int firstPage, PageSink<LoadedPage> sink)
    {
        GuardedSink<LoadedPage> guarded = new GuardedSink<>(sink);
        try {
            opened(bytes, document -> {
                int pages = pageCount(document);
                checkPage(firstPage, pages);
                for (int number = firstPage; number <= pages; number++) {
                    int current = number;
                    guarded.offer(number, () -> translated(() -> page(document, current, pages, false)));
                }
                return null;
            });
        }
        catch (GuardedSink.Escaped escaped) {
            throw escaped.failure();
        }
        catch (CertscanException unopened) {
            sink.failed(firstPage, unopened);
        }
    }

    private interface DocumentWork<T>
    {
        T apply(PDDocument document)
                throws IOException;
    }

    private interface PageWork<T>
    {
        T get()
                throws IOException;
    }

    /** The PDF loaded within the memory cap, the work done on it, and every failure turned into its documented code. */
    private static <T> T opened(byte[] bytes, DocumentWork<T> work)
    {
        OPENED.incrementAndGet();
        return translated(() -> {
            try (PDDocument document = Loader.loadPDF(bytes, "", null, null, MemoryUsageSetting.setupMixed(MEMORY_CAP).streamCache)) {
                return work.apply(document);
            }
        });
    }

    private static <T> T translated(PageWork<T> work)
    {
        try {
            return work.get();
        }
        catch (InvalidPasswordException encrypted) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the PDF is encrypted with a password");
        }
        catch (CertscanException | GuardedSink.Escaped passing) {
            throw passing;
        }
        catch (IOException | RuntimeException broken) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not a readable PDF (" + broken.getClass().getSimpleName() + ")", broken);
        }
        catch (StackOverflowError nested) {
            // PDFBox parses nested arrays, dictionaries and forms by recursion; the stack unwinds
            // here with nothing else harmed, and the file is refused without its stack trace.
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not a readable PDF (its objects are nested too deeply)");
        }
    }

    private static int pageCount(PDDocument document)
    {
        int pages = PdfPageTree.countAndMend(document);
        if (pages == 0) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the PDF has no pages");
        }
        return pages;
    }

    /** One page of an open document: its text layer, drawn or as text, or, for a scan, its picture. */
    private static LoadedPage page(PDDocument document, int pageNumber, int pages, boolean drawTextLayer)
            throws IOException
    {
        PDPage page = document.getPage(pageNumber - 1);
        checkPageSize(page);
        List<TextLine> lines = textLines(document, pageNumber);
        int characters = lines.stream().mapToInt(line -> line.text().length()).sum();
        if (characters >= TEXT_LAYER_MINIMUM_CHARACTERS && drawTextLayer) {
            return new LoadedPage(new PageContent.Raster(new BoundedRenderer(document).renderImageWithDPI(pageNumber - 1, 72 * TEXT_SCALE, ImageType.RGB)),
                    OptionalInt.of(pages));
        }
        if (characters >= TEXT_LAYER_MINIMUM_CHARACTERS) {
            PDRectangle box = page.getCropBox();
            boolean turned = page.getRotation() % 180 != 0;
            double width = (turned ? box.getHeight() : box.getWidth()) * TEXT_SCALE;
            double height = (turned ? box.getWidth() : box.getHeight()) * TEXT_SCALE;
            List<PagePicture> codes = PdfPictures.mayHoldInvoice(lines) ? PdfPictures.on(page, TEXT_SCALE) : List.of();
            return new LoadedPage(new PageContent.TextLayer(lines, width, height, codes), OptionalInt.of(pages));
        }
        return new LoadedPage(new PageContent.Raster(render(document, page, pageNumber)), OptionalInt.of(pages));
    }

    /**
     * A page larger than {@link #MAX_PAGE_POINTS} on a side is refused: at the text layer's
     * scale it would be a picture beyond general_ocr's 8192 pixels, and no certificate or invoice
     * is larger than an A0 poster (3370 pt).
     */
    private static void checkPageSize(PDPage page)
    {
        PDRectangle box = page.getCropBox();
        float longest = Math.max(box.getWidth(), box.getHeight());
        if (!(longest <= MAX_PAGE_POINTS)) {
            throw new CertscanException(ErrorCode.IMAGE_SIZE_ERROR, "the PDF page is %.0f × %.0f pt; pages up to %d pt (%.0f cm) on a side are read"
                    .formatted(box.getWidth(), box.getHeight(), MAX_PAGE_POINTS, MAX_PAGE_POINTS / 72.0 * 2.54));
        }
    }

    /** The page as a picture, its /Rotate honoured, at the resolution that makes its longest side fit the budget. */
    private static BufferedImage render(PDDocument document, PDPage page, int pageNumber)
            throws IOException
    {
        PDRectangle box = page.getCropBox();
        float longestInches = Math.max(box.getWidth(), box.getHeight()) / 72f;
        float dpi = Math.max(36, Math.min(300, RENDERED_LONGEST_SIDE / Math.max(longestInches, 0.01f)));
        return new BoundedRenderer(document).renderImageWithDPI(pageNumber - 1, dpi, ImageType.RGB);
    }

    /** The text layer's lines in pixels of the page as displayed. */
    static List<TextLine> textLines(PDDocument document, int pageNumber)
            throws IOException
    {
        WordCollector collector = new WordCollector();
        collector.setSortByPosition(true);
        collector.setStartPage(pageNumber);
        collector.setEndPage(pageNumber);
        collector.getText(document);
        if (collector.unmapped > UNMAPPED_GLYPH_SHARE * collector.glyphs) {
            // Fonts without a usable map to Unicode (a file re-saved by some viewers): the text
            // layer is a fraction of the page, or garbage. The page is read from its picture.
            return List.of();
        }
        return TextLineAssembler.lines(collector.readingWords(), TEXT_SCALE);
    }

    /** How far off the page's axes a glyph may be turned and still be read as part of a row. */
    private static final double MAXIMUM_GLYPH_SKEW_DEGREES = 3;
    /** Glyphs this much larger than their neighbour in a word start a word of their own. */
    private static final double GLYPH_SIZE_RATIO = 1.6;

    private record DirectedWord(TextLineAssembler.Word word, int direction, int characters) {}

    /** Collects each word PDFBox finds with its box, in the page's displayed orientation. */
    private static final class WordCollector
            extends PDFTextStripper
    {
        private final List<DirectedWord> words = new ArrayList<>();
        int glyphs;
        int unmapped;

        WordCollector()
                throws IOException
        {
        }

        /**
         * The words that run in the page's reading direction, the one most characters run in;
         * vertical side marks and a seal's turned characters are left out, as they are on OFD pages.
         */
        List<TextLineAssembler.Word> readingWords()
        {
            Map<Integer, Integer> characters = new HashMap<>();
            words.forEach(word -> characters.merge(word.direction(), word.characters(), Integer::sum));
            int reading = characters.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0);
            return words.stream().filter(word -> word.direction() == reading).map(DirectedWord::word).toList();
        }

        @Override
        protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
                throws IOException
        {
            glyphs++;
            String unicode = font.toUnicode(code);
            if (unicode == null || unicode.isEmpty() || unicode.codePoints().anyMatch(codePoint -> Character.getType(codePoint) == Character.PRIVATE_USE
                    || Character.isISOControl(codePoint) && !Character.isWhitespace(codePoint))) {
                unmapped++;
            }
            super.showGlyph(textRenderingMatrix, font, code, displacement);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions)
        {
            if (positions.isEmpty() || text.isBlank()) {
                return;
            }
            List<TextPosition> kept = positions.stream().filter(WordCollector::placed).toList();
            // One call may hold glyphs of several directions (a seal's characters beside a row's):
            // each run of one direction is a word of its own, spanning all its glyphs.
            int start = 0;
            for (int i = 1; i <= kept.size(); i++) {
                if (i == kept.size() || kept.get(i).getDir() != kept.get(start).getDir() || !alike(kept.get(i - 1), kept.get(i))) {
                    List<TextPosition> run = kept.subList(start, i);
                    word(run.size() == positions.size() ? text : String.join("", run.stream().map(TextPosition::getUnicode).toList()), run);
                    start = i;
                }
            }
        }

        /** Glyphs of one size: a seal's small characters drawn between a title's are another word. */
        private static boolean alike(TextPosition first, TextPosition second)
        {
            double larger = Math.max(first.getFontSizeInPt(), second.getFontSizeInPt());
            double smaller = Math.min(first.getFontSizeInPt(), second.getFontSizeInPt());
            return smaller <= 0 || larger <= GLYPH_SIZE_RATIO * smaller;
        }

        /**
         * A glyph that takes part in the page's rows: not a zero-sized filler (some producers pad
         * a line with them at x = 0), not turned off the axes (a seal's characters follow its circle).
         */
        private static boolean placed(TextPosition position)
        {
            if (!Double.isFinite(position.getXDirAdj()) || position.getFontSizeInPt() <= 0 && position.getWidthDirAdj() <= 0) {
                return false;
            }
            Matrix matrix = position.getTextMatrix();
            double angle = Math.toDegrees(Math.atan2(matrix.getShearY(), matrix.getScaleX()));
            double offAxis = Math.abs(angle - 90 * Math.round(angle / 90));
            return offAxis <= MAXIMUM_GLYPH_SKEW_DEGREES;
        }

        private void word(String text, List<TextPosition> run)
        {
            double left = Double.POSITIVE_INFINITY;
            double right = Double.NEGATIVE_INFINITY;
            double height = 0;
            for (TextPosition position : run) {
                double x = position.getXDirAdj();
                double width = Math.max(0, position.getWidthDirAdj());
                if (Double.isFinite(x) && Double.isFinite(width)) {
                    left = Math.min(left, x);
                    right = Math.max(right, x + width);
                }
                height = Math.max(height, Math.max(position.getHeightDir(), position.getFontSizeInPt() * 0.7));
            }
            double baseline = run.get(0).getYDirAdj();
            if (!text.isBlank() && left <= right && Double.isFinite(baseline)) {
                words.add(new DirectedWord(new TextLineAssembler.Word(text.strip(), left, right, baseline, Double.isFinite(height) && height > 0 ? height : 10),
                        Math.round(run.get(0).getDir()), text.length()));
            }
        }
    }
}
