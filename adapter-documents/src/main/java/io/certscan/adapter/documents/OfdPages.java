package io.certscan.adapter.documents;

import io.certscan.application.document.LoadedPage;
import io.certscan.application.document.PageContent;
import io.certscan.application.document.PagePicture;
import io.certscan.application.document.PageSink;
import io.certscan.domain.error.CertscanException;
import io.certscan.domain.error.ErrorCode;
import io.certscan.domain.geometry.Quadrilateral;
import io.certscan.domain.text.TextLine;
import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;

/**
 * OFD pages (GB/T 33190-2016) through ofdrw-reader: the page count, the selected page, and either
 * its text objects (template and page layers, positions in millimetres turned into pixels at
 * 144 dpi, as PDF text layers are) with the pictures that may be its QR code, or, for a scanned
 * page, its largest embedded picture for OCR.
 * The package is unpacked by {@link OfdPackage} with its limits, never by ofdrw.
 */
final class OfdPages
{
    /** 144 dpi, the scale PDF text layers get: text lines the size they would have on a photo. */
    static final double PIXELS_PER_MILLIMETRE = 144 / 25.4;
    /** A page with less text than this is a scan (perhaps with a page number) and goes to OCR. */
    private static final int TEXT_LAYER_MINIMUM_CHARACTERS = 12;
    /** A picture covering less of the page than this is a stamp, logo or QR code, not a scan. */
    private static final double SCAN_MINIMUM_COVERAGE = 0.25;
    private static final double[] IDENTITY = {1, 0, 0, 1, 0, 0};
    /** Packages unpacked and opened so far in this JVM: what the tests hold drawing a document's pages to. */
    static final AtomicLong OPENED = new AtomicLong();

    private OfdPages() {}

    static LoadedPage read(byte[] bytes, int pageNumber, Path temporaryRoot, OfdPackage.Limits limits)
    {
        return opened(bytes, temporaryRoot, limits, (reader, pages) -> {
            checkPage(pageNumber, pages);
            return new LoadedPage(page(reader, reader.getPageInfo(pageNumber), false), OptionalInt.of(pages));
        });
    }

    /** The page as the picture its recognition's boxes are drawn on (see {@link #pictures}). */
    static BufferedImage picture(byte[] bytes, int pageNumber, Path temporaryRoot, OfdPackage.Limits limits)
    {
        return opened(bytes, temporaryRoot, limits, (reader, pages) -> {
            checkPage(pageNumber, pages);
            return ((PageContent.Raster) page(reader, reader.getPageInfo(pageNumber), true)).image();
        });
    }

    /**
     * The pages asked for as the pictures their recognitions' boxes are drawn on, from one
     * unpacking of the package: a page with text drawn ({@link OfdDrawing}), a scan as it was
     * read. Each is handed over as it is drawn; a page that fails, or is beyond the end, is its
     * failure; a package that cannot be opened is the failure of every page asked for.
     */
    static void pictures(byte[] bytes, List<Integer> pageNumbers, Path temporaryRoot, OfdPackage.Limits limits, PageSink<BufferedImage> sink)
    {
        if (pageNumbers.isEmpty()) {
            return;
        }
        GuardedSink<BufferedImage> guarded = new GuardedSink<>(sink);
        try {
            opened(bytes, temporaryRoot, limits, (reader, pages) -> {
                for (int number : pageNumbers) {
                    guarded.offer(number, () -> readable(() -> {
                        checkPage(number, pages);
                        return ((PageContent.Raster) page(reader, reader.getPageInfo(number), true)).image();
                    }));
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

    /**
     * Every page from {@code firstPage} on, from one unpacking of the package: each is handed over
     * as it is read; a page that fails is its failure, the others go on. A package that cannot be
     * opened is the failure of {@code firstPage}.
     */
    static void readAll(byte[] bytes, int firstPage, Path temporaryRoot, OfdPackage.Limits limits, PageSink<LoadedPage> sink)
    {
        GuardedSink<LoadedPage> guarded = new GuardedSink<>(sink);
        try {
            opened(bytes, temporaryRoot, limits, (reader, pages) -> {
                checkPage(firstPage, pages);
                for (int number = firstPage; number <= pages; number++) {
                    int current = number;
                    guarded.offer(number, () -> readable(() -> new LoadedPage(page(reader, reader.getPageInfo(current), false), OptionalInt.of(pages))));
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

    private interface PackageWork<T>
    {
        T apply(OFDReader reader, int pages)
                throws Exception;
    }

    /** The package unpacked within its limits and opened, the work done on it, every failure turned into its documented code. */
    private static <T> T opened(byte[] bytes, Path temporaryRoot, OfdPackage.Limits limits, PackageWork<T> work)
    {
        OPENED.incrementAndGet();
        try (OfdPackage unpacked = OfdPackage.unpack(bytes, temporaryRoot, limits)) {
            try (OFDReader reader = new OFDReader(unpacked.root().toString(), false)) {
                int pages = reader.getNumberOfPages();
                if (pages == 0) {
                    throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "the OFD has no pages");
                }
                return work.apply(reader, pages);
            }
        }
        catch (CertscanException | GuardedSink.Escaped passing) {
            throw passing;
        }
        catch (Exception | StackOverflowError broken) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not a readable OFD: " + describe(broken), broken);
        }
    }

    private static void checkPage(int pageNumber, int pages)
    {
        if (pageNumber > pages) {
            throw new CertscanException(ErrorCode.INVALID_PARAM, "ofd_file_num %d is beyond the document's %d page%s".formatted(pageNumber, pages, pages == 1 ? "" : "s"));
        }
    }

    /** ofdrw reports a broken package with whatever it met; this says it in words, without class names. */
    private static String describe(Throwable broken)
    {
        String message = broken.getMessage() == null ? "" : broken.getMessage().strip();
        if (message.length() > 160) {
            message = message.substring(0, 160) + "…";
        }
        String withMessage = message.isEmpty() ? "" : " (" + message + ")";
        if (broken instanceof org.ofdrw.reader.ErrorPathException || broken instanceof java.io.FileNotFoundException || broken instanceof java.nio.file.NoSuchFileException) {
            return "a part it refers to is missing" + withMessage;
        }
        if (broken instanceof org.dom4j.DocumentException) {
            return "an XML part is malformed" + withMessage;
        }
        if (broken instanceof NullPointerException) {
            return "a required element is missing";
        }
        if (broken instanceof NumberFormatException) {
            return "a number in it is malformed" + withMessage;
        }
        if (broken instanceof StackOverflowError) {
            return "its parts refer to each other without end";
        }
        return "its structure is broken" + withMessage;
    }

    /** @param drawTextLayer a page with text comes back drawn as a picture instead of as its text */
    /** What reads one page of the open package, failing as ofdrw and its parsers fail. */
    @FunctionalInterface
    private interface PageRead<T>
    {
        T read()
                throws Exception;
    }

    /** The page {@code read} makes; whatever else breaks in it (ofdrw, XML, a stack too deep) is that page's 216201. */
    private static <T> T readable(PageRead<T> read)
    {
        try {
            return read.read();
        }
        catch (CertscanException failure) {
            throw failure;
        }
        catch (Exception | StackOverflowError broken) {
            throw new CertscanException(ErrorCode.IMAGE_FORMAT_ERROR, "not a readable OFD page: " + describe(broken), broken);
        }
    }

    private static PageContent page(OFDReader reader, PageInfo page, boolean drawTextLayer)
            throws Exception
    {
        Contents contents = new Contents();
        for (CT_Layer layer : page.getAllLayer()) {
            contents.collect(layer);
        }
        int characters = contents.words.stream().mapToInt(word -> word.text().strip().length()).sum()
                + contents.verticalCharacters;
        ST_Box size = page.getSize();
        double width = size == null ? contents.right() : size.getWidth();
        double height = size == null ? contents.bottom() : size.getHeight();
        if (characters < TEXT_LAYER_MINIMUM_CHARACTERS) {
            Optional<ImageObject> scan = contents.images.stream()
                    .filter(image -> image.getBoundary() != null && image.getResourceID() != null)
                    .max(Comparator.comparingDouble(image -> image.getBoundary().getWidth() * image.getBoundary().getHeight()))
                    .filter(image -> image.getBoundary().getWidth() * image.getBoundary().getHeight() >= SCAN_MINIMUM_COVERAGE * width * height);
            if (scan.isPresent()) {
                BufferedImage picture = Pictures.decodeEmbedded(reader.getResMgt().getImageByteArray(scan.get().getResourceID().toString()));
                return new PageContent.Raster(picture);
            }
        }
        if (drawTextLayer) {
            return new PageContent.Raster(OfdDrawing.draw(reader, page));
        }
        List<TextLine> lines = TextLineAssembler.lines(contents.words, PIXELS_PER_MILLIMETRE);
        List<PagePicture> codes = PdfPictures.mayHoldInvoice(lines) ? codePictures(reader, contents.images) : List.of();
        return new PageContent.TextLayer(lines, width * PIXELS_PER_MILLIMETRE, height * PIXELS_PER_MILLIMETRE, codes);
    }

    /**
     * The page's pictures that may be a QR code, as {@link PdfPictures} chooses them: placed
     * roughly square, their declared pixels roughly square and of a code's size, at most
     * {@link PdfPictures#MAXIMUM_PICTURES} tried. One that cannot be decoded is passed over.
     */
    private static List<PagePicture> codePictures(OFDReader reader, List<ImageObject> images)
    {
        List<PagePicture> pictures = new ArrayList<>();
        int tried = 0;
        for (ImageObject image : images) {
            ST_Box boundary = image.getBoundary();
            if (tried >= PdfPictures.MAXIMUM_PICTURES || boundary == null || image.getResourceID() == null
                    || boundary.getWidth() <= 0 || boundary.getHeight() <= 0
                    || Math.max(boundary.getWidth(), boundary.getHeight()) > 1.25 * Math.min(boundary.getWidth(), boundary.getHeight())) {
                continue;
            }
            tried++;
            try {
                byte[] bytes = reader.getResMgt().getImageByteArray(image.getResourceID().toString());
                // The declared size first: a huge picture is never decoded to find out.
                if (Pictures.declaredSize(bytes).filter(size -> PdfPictures.mayBeCode(size.width, size.height)).isEmpty()) {
                    continue;
                }
                BufferedImage picture = Pictures.decodeEmbedded(bytes);
                if (PdfPictures.mayBeCode(picture.getWidth(), picture.getHeight())) {
                    pictures.add(new PagePicture(picture, Quadrilateral.rectangle(
                            boundary.getTopLeftX() * PIXELS_PER_MILLIMETRE, boundary.getTopLeftY() * PIXELS_PER_MILLIMETRE,
                            (boundary.getTopLeftX() + boundary.getWidth()) * PIXELS_PER_MILLIMETRE, (boundary.getTopLeftY() + boundary.getHeight()) * PIXELS_PER_MILLIMETRE)));
                }
            }
            catch (Exception | StackOverflowError unreadable) {
                // A stamp in a format this build does not read: the page's text is what matters.
            }
        }
        return pictures;
    }

    /** The text runs and pictures of a page's layers, in page millimetres. */
    private static final class Contents
    {
        private final List<TextLineAssembler.Word> words = new ArrayList<>();
        private final List<ImageObject> images = new ArrayList<>();
        /**
         * Characters of vertical text. They count towards telling text pages from scans but are not
         * handed to the layout: on invoices they name sections (购买方, 密码区, 备注), not fields,
         * and would pair with the rows beside them.
         */
        private int verticalCharacters;

        void collect(CT_PageBlock block)
        {
            for (PageBlockType object : block.getPageBlocks()) {
                if (object instanceof TextObject text) {
                    text(text);
                }
                else if (object instanceof ImageObject image) {
                    images.add(image);
                }
                else if (object instanceof CT_PageBlock nested) {
                    collect(nested);
                }
            }
        }

        double right()
        {
            return words.stream().mapToDouble(TextLineAssembler.Word::right).max().orElse(210);
        }

        double bottom()
        {
            return words.stream().mapToDouble(TextLineAssembler.Word::baseline).max().orElse(297) + 10;
        }

        /**
         * Places each character of a text object: the first at its text code's X, Y (or where the
         * previous code ended), the next ones DeltaX, DeltaY further, all through the object's
         * CTM, then offset by its boundary. A run ends where the baseline changes or the
         * position jumps back (the rows of an invoice's cipher block are one text code).
         */
        private void text(TextObject object)
        {
            ST_Box boundary = object.getBoundary();
            double originX = boundary == null ? 0 : boundary.getTopLeftX();
            double originY = boundary == null ? 0 : boundary.getTopLeftY();
            double[] ctm = object.getCTM() == null ? IDENTITY : matrix(object.getCTM());
            double fontSize = object.getSize() == null || object.getSize() <= 0 ? 3.5 : object.getSize();
            double horizontalScale = Math.hypot(ctm[0], ctm[1]);
            double height = fontSize * Math.hypot(ctm[2], ctm[3]);
            double x = 0;
            double y = 0;
            for (TextCode code : object.getTextCodes()) {
                String content = code.getContent();
                if (content == null || content.isEmpty()) {
                    continue;
                }
                int[] characters = content.codePoints().toArray();
                x = code.getX() == null ? x : code.getX();
                y = code.getY() == null ? y : code.getY();
                // The attributes as written: ofdrw's getDeltaX() expands "g 100000000 0.01" into a
                // hundred million numbers before anyone can say how many are needed.
                double[] deltaX = deltas(code.attributeValue("DeltaX"), characters.length - 1);
                double[] deltaY = deltas(code.attributeValue("DeltaY"), characters.length - 1);
                if (vertical(deltaX, deltaY, fontSize)) {
                    // 购买方, 密码区: one character under the other.
                    verticalCharacters += characters.length;
                    x += Arrays.stream(deltaX).filter(delta -> !Double.isNaN(delta)).sum();
                    y += Arrays.stream(deltaY).sum();
                    continue;
                }
                Run run = null;
                for (int i = 0; i < characters.length; i++) {
                    double pageX = ctm[0] * x + ctm[2] * y + ctm[4] + originX;
                    double pageY = ctm[1] * x + ctm[3] * y + ctm[5] + originY;
                    double natural = fontSize * (characters[i] < 0x2E80 ? 0.5 : 1.0);
                    double advance = i < deltaX.length && !Double.isNaN(deltaX[i]) ? deltaX[i] : natural;
                    double glyphRight = pageX + Math.min(natural, Math.max(advance, 0)) * horizontalScale;
                    if (run == null || !run.continuesWith(pageX, pageY, height)) {
                        flush(run);
                        run = new Run(pageX, pageY, height);
                    }
                    run.add(characters[i], pageX, glyphRight, height);
                    x += advance;
                    y += i < deltaY.length && !Double.isNaN(deltaY[i]) ? deltaY[i] : 0;
                }
                flush(run);
            }
        }

        private void flush(Run run)
        {
            if (run != null) {
                words.add(new TextLineAssembler.Word(run.text.toString(), run.left, run.right, run.baseline, run.height));
            }
        }
    }

    /** Characters of one text code on one baseline, left to right. */
    private static final class Run
    {
        private final StringBuilder text = new StringBuilder();
        private final double left;
        private final double baseline;
        private double right;
        private double height;

        Run(double left, double baseline, double height)
        {
            this.left = left;
            this.right = left;
            this.baseline = baseline;
            this.height = height;
        }

        boolean continuesWith(double x, double y, double glyphHeight)
        {
            return Math.abs(y - baseline) <= 0.3 * glyphHeight && x >= right - 0.5 * glyphHeight;
        }

        void add(int character, double x, double glyphRight, double glyphHeight)
        {
            // Letter-spaced labels (名　　称) stay one run; a wide gap becomes one space.
            if (x - right > 0.6 * glyphHeight && !text.isEmpty() && text.charAt(text.length() - 1) != ' ' && character != ' ') {
                text.append(' ');
            }
            text.appendCodePoint(character);
            right = Math.max(right, glyphRight);
            height = Math.max(height, glyphHeight);
        }
    }

    /** Every character below the one before, none beside it. */
    private static boolean vertical(double[] deltaX, double[] deltaY, double fontSize)
    {
        if (deltaY.length == 0) {
            return false;
        }
        for (int i = 0; i < deltaY.length; i++) {
            double across = i < deltaX.length && !Double.isNaN(deltaX[i]) ? Math.abs(deltaX[i]) : 0;
            if (Double.isNaN(deltaY[i]) || deltaY[i] < 0.5 * fontSize || across > 0.3 * fontSize) {
                return false;
            }
        }
        return true;
    }

    private static double[] matrix(ST_Array ctm)
    {
        double[] values = numbers(ctm);
        return values.length == 6 ? values : IDENTITY;
    }

    /**
     * The {@code count} deltas of a DeltaX or DeltaY attribute, its "g n value" shorthand expanded
     * no further than {@code count}; positions it does not cover are NaN (the character's natural
     * advance is used there).
     */
    static double[] deltas(String attribute, int count)
    {
        double[] deltas = new double[Math.max(count, 0)];
        Arrays.fill(deltas, Double.NaN);
        if (attribute == null || attribute.isBlank()) {
            return deltas;
        }
        List<String> tokens = List.of(attribute.strip().split("\\s+"));
        int filled = 0;
        for (int i = 0; i < tokens.size() && filled < deltas.length; i++) {
            String token = tokens.get(i).strip();
            if (token.equals("g") && i + 2 < tokens.size()) {
                int repeat = (int) Math.min(Double.parseDouble(tokens.get(i + 1)), deltas.length - filled);
                double value = Double.parseDouble(tokens.get(i + 2));
                for (int r = 0; r < repeat; r++) {
                    deltas[filled++] = value;
                }
                i += 2;
            }
            else if (!token.isEmpty()) {
                deltas[filled++] = Double.parseDouble(token);
            }
        }
        return deltas;
    }

    private static double[] numbers(ST_Array array)
    {
        return array.getArray().stream().map(String::strip).filter(token -> !token.isEmpty()).mapToDouble(Double::parseDouble).toArray();
    }
}
