package io.certscan.adapter.documents;

import org.ofdrw.core.basicStructure.pageObj.layer.CT_Layer;
import org.ofdrw.core.basicStructure.pageObj.layer.PageBlockType;
import org.ofdrw.core.basicStructure.pageObj.layer.block.CT_PageBlock;
import org.ofdrw.core.basicStructure.pageObj.layer.block.ImageObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.PathObject;
import org.ofdrw.core.basicStructure.pageObj.layer.block.TextObject;
import org.ofdrw.core.basicType.ST_Array;
import org.ofdrw.core.basicType.ST_Box;
import org.ofdrw.core.basicType.ST_RefID;
import org.ofdrw.core.graph.pathObj.Rule;
import org.ofdrw.core.pageDescription.CT_GraphicUnit;
import org.ofdrw.core.pageDescription.color.color.CT_Color;
import org.ofdrw.core.pageDescription.drawParam.CT_DrawParam;
import org.ofdrw.core.text.TextCode;
import org.ofdrw.core.text.font.CT_Font;
import org.ofdrw.reader.OFDReader;
import org.ofdrw.reader.PageInfo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * An OFD page drawn as a picture at the scale its text layer is read at ({@link OfdPages#PIXELS_PER_MILLIMETRE}),
 * the page's own physical box (else its template's, else the document's): its template and page
 * layers in order, each path (a table's lines and frames, the ⊗ of 价税合计) stroked and filled as
 * its object or draw parameters say, each picture in its boundary, and each character of each text
 * object where the object places it (its text code's X and Y, DeltaX and DeltaY, CTM and boundary)
 * at its size, in a {@link CjkFont} family like the one it names, squeezed into the advance the
 * OFD gives it so that a wider substitute font never runs into the next character.
 * Certscan ships no OFD renderer (ofdrw's converter needs iText, AGPL); what this one leaves out
 * is annotations and signatures (seals), composite objects, clipping and arcs' curvature (an arc
 * is drawn as the chord to its end).
 */
final class OfdDrawing
{
    /** Lines thinner than a pixel are drawn a pixel wide: a hairline of a table would vanish otherwise. */
    private static final float THINNEST_LINE_PIXELS = 1f;
    /** GB/T 33190's default line width, in millimetres. */
    private static final double DEFAULT_LINE_WIDTH = 0.353;
    /** The size of a text object that states none, in millimetres, as the reader takes it. */
    private static final double DEFAULT_FONT_SIZE = 3.5;
    private static final double[] IDENTITY = {1, 0, 0, 1, 0, 0};
    private static final FontRenderContext MEASURING = new FontRenderContext(null, true, true);

    private final OFDReader reader;
    private final Graphics2D graphics;
    private final double scale;
    private final Map<String, Optional<BufferedImage>> images = new HashMap<>();

    private OfdDrawing(OFDReader reader, Graphics2D graphics, double scale)
    {
        this.reader = reader;
        this.graphics = graphics;
        this.scale = scale;
    }

    /** The page drawn on white, its side at most {@link Pictures#MAX_SIDE} pixels (larger pages are drawn smaller). */
    static BufferedImage draw(OFDReader reader, PageInfo page)
    {
        ST_Box box = box(page);
        double longest = Math.max(box.getWidth(), box.getHeight()) * OfdPages.PIXELS_PER_MILLIMETRE;
        double scale = OfdPages.PIXELS_PER_MILLIMETRE * Math.min(1, Pictures.MAX_SIDE / Math.max(1, longest));
        int width = (int) Math.max(1, Math.ceil(box.getWidth() * scale));
        int height = (int) Math.max(1, Math.ceil(box.getHeight() * scale));
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = picture.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            graphics.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            OfdDrawing drawing = new OfdDrawing(reader, graphics, scale);
            for (CT_Layer layer : page.getAllLayer()) {
                drawing.block(layer, drawParameters(reader, layer.getDrawParam()));
            }
        }
        finally {
            graphics.dispose();
        }
        return picture;
    }

    /**
     * The page's physical box as ofdrw finds it (the page's own area, else its template's, else the
     * document's), else A4. Its corner is the origin of the page's coordinates (GB/T 33190 §7.5),
     * whatever numbers it is written with: only its size counts, as it does for the text layer.
     */
    static ST_Box box(PageInfo page)
    {
        ST_Box size = page.getSize();
        if (size == null || size.getWidth() == null || size.getHeight() == null || !(size.getWidth() > 0) || !(size.getHeight() > 0)) {
            return new ST_Box(0, 0, 210, 297);
        }
        return new ST_Box(0, 0, size.getWidth(), size.getHeight());
    }

    private void block(CT_PageBlock block, Optional<CT_DrawParam> inherited)
    {
        for (PageBlockType object : block.getPageBlocks()) {
            try {
                if (object instanceof CT_GraphicUnit<?> unit && Boolean.FALSE.equals(unit.getVisible())) {
                    continue;
                }
                if (object instanceof PathObject path) {
                    path(path, own(path).or(() -> inherited));
                }
                else if (object instanceof TextObject text) {
                    text(text, own(text).or(() -> inherited));
                }
                else if (object instanceof ImageObject image) {
                    image(image);
                }
                else if (object instanceof CT_PageBlock nested) {
                    block(nested, inherited);
                }
            }
            catch (RuntimeException unreadable) {
                // One object ofdrw cannot make sense of (a malformed number, a missing resource)
                // is left out; the rest of the page is still drawn.
            }
        }
    }

    /** From an object's coordinates (millimetres, its CTM, from its boundary's corner) to pixels of the picture. */
    private AffineTransform placement(CT_GraphicUnit<?> object)
    {
        ST_Box boundary = object.getBoundary();
        double[] ctm = object.getCTM() == null ? IDENTITY : matrix(object.getCTM());
        AffineTransform transform = AffineTransform.getScaleInstance(scale, scale);
        if (boundary != null) {
            transform.translate(boundary.getTopLeftX(), boundary.getTopLeftY());
        }
        transform.concatenate(new AffineTransform(ctm));
        return transform;
    }

    private void path(PathObject path, Optional<CT_DrawParam> parameters)
    {
        String data = path.getAbbreviatedData();
        if (data == null || data.isBlank()) {
            return;
        }
        AffineTransform placement = placement(path);
        Path2D.Double outline = outline(data);
        outline.setWindingRule(path.getRule() == Rule.Even_Odd ? Path2D.WIND_EVEN_ODD : Path2D.WIND_NON_ZERO);
        Shape placed = placement.createTransformedShape(outline);
        int alpha = path.getAlpha() == null ? 255 : path.getAlpha();
        if (Boolean.TRUE.equals(path.getFill())) {
            graphics.setColor(colour(Optional.ofNullable((CT_Color) path.getFillColor()).or(() -> parameters.map(CT_DrawParam::getFillColor)), alpha));
            graphics.fill(placed);
        }
        if (!Boolean.FALSE.equals(path.getStroke())) {
            double lineWidth = Optional.ofNullable(path.attributeValue("LineWidth")).map(OfdDrawing::number)
                    .or(() -> parameters.map(CT_DrawParam::getLineWidth)).orElse(DEFAULT_LINE_WIDTH);
            double pixels = lineWidth * Math.sqrt(Math.abs(placement.getDeterminant()));
            graphics.setColor(colour(Optional.ofNullable((CT_Color) path.getStrokeColor()).or(() -> parameters.map(CT_DrawParam::getStrokeColor)), alpha));
            graphics.setStroke(new BasicStroke((float) Math.max(THINNEST_LINE_PIXELS, pixels)));
            graphics.draw(placed);
        }
    }

    /**
     * A path's abbreviated data (GB/T 33190 §9.1: S and M start, L line, Q and B curves, A arc, C
     * close) in the object's coordinates; what cannot be read ends the path where it is.
     */
    static Path2D.Double outline(String data)
    {
        Path2D.Double outline = new Path2D.Double();
        String[] tokens = data.strip().split("\\s+");
        boolean started = false;
        int i = 0;
        try {
            while (i < tokens.length) {
                String operator = tokens[i++];
                switch (operator) {
                    case "S", "M" -> {
                        outline.moveTo(number(tokens[i]), number(tokens[i + 1]));
                        i += 2;
                        started = true;
                    }
                    case "L" -> {
                        lineTo(outline, started, number(tokens[i]), number(tokens[i + 1]));
                        i += 2;
                        started = true;
                    }
                    case "Q" -> {
                        if (!started) {
                            outline.moveTo(0, 0);
                        }
                        outline.quadTo(number(tokens[i]), number(tokens[i + 1]), number(tokens[i + 2]), number(tokens[i + 3]));
                        i += 4;
                        started = true;
                    }
                    case "B" -> {
                        if (!started) {
                            outline.moveTo(0, 0);
                        }
                        outline.curveTo(number(tokens[i]), number(tokens[i + 1]), number(tokens[i + 2]), number(tokens[i + 3]), number(tokens[i + 4]), number(tokens[i + 5]));
                        i += 6;
                        started = true;
                    }
                    case "A" -> {
                        // rx ry angle large-arc sweep x y: drawn as the chord to its end.
                        lineTo(outline, started, number(tokens[i + 5]), number(tokens[i + 6]));
                        i += 7;
                        started = true;
                    }
                    case "C" -> {
                        if (started) {
                            outline.closePath();
                        }
                    }
                    default -> {
                        return outline;
                    }
                }
            }
        }
        catch (ArrayIndexOutOfBoundsException | NumberFormatException | java.awt.geom.IllegalPathStateException cut) {
            // A path cut short or with a word that is no number: what came before stands.
        }
        return outline;
    }

    private static void lineTo(Path2D.Double outline, boolean started, double x, double y)
    {
        if (started) {
            outline.lineTo(x, y);
        }
        else {
            outline.moveTo(x, y);
        }
    }

    /**
     * Each character where its text code puts it: the first at the code's X, Y (or where the code
     * before ended), each next one DeltaX, DeltaY further, through the object's CTM from its
     * boundary's corner. A character is squeezed (never widened) into its advance, the way
     * to the next character of its code, or, for the last, the font's own advance.
     */
    private void text(TextObject object, Optional<CT_DrawParam> parameters)
    {
        if (Boolean.FALSE.equals(object.getFill()) && !Boolean.TRUE.equals(object.getStroke())) {
            return;
        }
        AffineTransform placement = placement(object);
        double fontSize = object.getSize() == null || object.getSize() <= 0 ? DEFAULT_FONT_SIZE : object.getSize();
        double horizontalScale = object.getHScale() == null || object.getHScale() <= 0 ? 1 : object.getHScale();
        int style = (object.getWeight() != null && object.getWeight().getWeight() >= 600 ? Font.BOLD : Font.PLAIN)
                | (Boolean.TRUE.equals(object.getItalic()) ? Font.ITALIC : 0);
        Font font = new Font(CjkFont.familyLike(fontName(object.getFont())), style, 1).deriveFont((float) fontSize);
        Font fallback = new Font(CjkFont.family(), style, 1).deriveFont((float) fontSize);
        int alpha = object.getAlpha() == null ? 255 : object.getAlpha();
        graphics.setColor(colour(Optional.ofNullable((CT_Color) object.getFillColor()).or(() -> parameters.map(CT_DrawParam::getFillColor)), alpha));
        AffineTransform page = graphics.getTransform();
        double x = 0;
        double y = 0;
        try {
            for (TextCode code : object.getTextCodes()) {
                String content = code.getContent();
                if (content == null || content.isEmpty()) {
                    continue;
                }
                int[] characters = content.codePoints().toArray();
                x = code.getX() == null ? x : code.getX();
                y = code.getY() == null ? y : code.getY();
                // The attributes as written, expanded no further than the characters need (see OfdPages.deltas).
                double[] deltaX = OfdPages.deltas(code.attributeValue("DeltaX"), characters.length - 1);
                double[] deltaY = OfdPages.deltas(code.attributeValue("DeltaY"), characters.length - 1);
                for (int i = 0; i < characters.length; i++) {
                    Font drawn = font.canDisplay(characters[i]) ? font : fallback;
                    // Where the OFD gives no advance, the font's own, as a viewer takes it.
                    double natural = drawn.createGlyphVector(MEASURING, Character.toString(characters[i])).getGlyphMetrics(0).getAdvanceX() * horizontalScale;
                    boolean down = i < deltaY.length && !Double.isNaN(deltaY[i]);
                    // A character moved down and not across (购买方, 密码区 written top to bottom) stays in its column.
                    double advance = i < deltaX.length && !Double.isNaN(deltaX[i]) ? deltaX[i] : down ? 0 : natural;
                    // A step back (the next row of a cipher block) or down is no room beside the character.
                    double room = advance > 0 ? advance : natural;
                    glyph(drawn, characters[i], placement, x, y, room, horizontalScale, page);
                    x += advance;
                    y += down ? deltaY[i] : 0;
                }
            }
        }
        finally {
            graphics.setTransform(page);
        }
    }

    private void glyph(Font font, int character, AffineTransform placement, double x, double y, double room, double horizontalScale, AffineTransform page)
    {
        if (Character.isWhitespace(character) || Character.isISOControl(character)) {
            return;
        }
        GlyphVector glyph = font.createGlyphVector(MEASURING, Character.toString(character));
        double width = glyph.getGlyphMetrics(0).getAdvanceX() * horizontalScale;
        double squeeze = width > room && width > 0 ? room / width : 1;
        AffineTransform at = new AffineTransform(page);
        at.concatenate(placement);
        at.translate(x, y);
        at.scale(horizontalScale * squeeze, 1);
        graphics.setTransform(at);
        graphics.drawGlyphVector(glyph, 0, 0);
    }

    private void image(ImageObject image)
    {
        if (image.getResourceID() == null) {
            return;
        }
        Optional<BufferedImage> picture = images.computeIfAbsent(image.getResourceID().toString(), this::decoded);
        if (picture.isEmpty()) {
            return;
        }
        BufferedImage decoded = picture.get();
        // An image fills the unit square of its object's coordinates, which the CTM stretches over its boundary.
        AffineTransform placement = placement(image);
        placement.scale(1.0 / decoded.getWidth(), 1.0 / decoded.getHeight());
        boolean enlarged = Math.sqrt(Math.abs(placement.getDeterminant())) > 1;
        graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION,
                enlarged ? RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR : RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        graphics.drawImage(decoded, placement, null);
    }

    private Optional<BufferedImage> decoded(String resource)
    {
        try {
            return Optional.of(Pictures.decodeEmbedded(reader.getResMgt().getImageByteArray(resource)));
        }
        catch (Exception | StackOverflowError unreadable) {
            // A stamp in a format this build does not read, or too large: the page without it.
            return Optional.empty();
        }
    }

    private Optional<CT_DrawParam> own(CT_GraphicUnit<?> object)
    {
        return drawParameters(reader, object.getDrawParam());
    }

    /** A draw parameter with the ones it is relative to merged in, if it names one that exists. */
    private static Optional<CT_DrawParam> drawParameters(OFDReader reader, ST_RefID reference)
    {
        if (reference == null) {
            return Optional.empty();
        }
        try {
            CT_DrawParam parameters = reader.getResMgt().getDrawParam(reference.toString());
            return parameters == null ? Optional.empty() : Optional.ofNullable(reader.getResMgt().superDrawParam(parameters));
        }
        catch (RuntimeException unknown) {
            return Optional.empty();
        }
    }

    private String fontName(ST_RefID reference)
    {
        if (reference == null) {
            return "";
        }
        try {
            CT_Font font = reader.getResMgt().getFont(reference.toString());
            if (font == null) {
                return "";
            }
            return (font.getFamilyName() == null ? "" : font.getFamilyName()) + " " + (font.getFontName() == null ? "" : font.getFontName());
        }
        catch (RuntimeException unknown) {
            return "";
        }
    }

    /** A colour's components in its space's count (1 gray, 3 RGB, 4 CMYK; "#FF" hexadecimal allowed), black when it says none. */
    static Color colour(Optional<CT_Color> colour, int objectAlpha)
    {
        int alpha = Math.max(0, Math.min(255, colour.map(CT_Color::getAlpha).orElse(255) * Math.max(0, Math.min(255, objectAlpha)) / 255));
        Optional<ST_Array> value = colour.map(CT_Color::getValue);
        if (value.isEmpty()) {
            return new Color(0, 0, 0, alpha);
        }
        List<String> tokens = value.get().getArray().stream().map(String::strip).filter(token -> !token.isEmpty()).toList();
        try {
            int[] components = tokens.stream().mapToInt(OfdDrawing::component).toArray();
            return switch (components.length) {
                case 1 -> new Color(components[0], components[0], components[0], alpha);
                case 3 -> new Color(components[0], components[1], components[2], alpha);
                case 4 -> new Color(255 - Math.min(255, components[0] + components[3]), 255 - Math.min(255, components[1] + components[3]),
                        255 - Math.min(255, components[2] + components[3]), alpha);
                default -> new Color(0, 0, 0, alpha);
            };
        }
        catch (NumberFormatException malformed) {
            return new Color(0, 0, 0, alpha);
        }
    }

    private static int component(String token)
    {
        int value = token.startsWith("#") ? Integer.parseInt(token.substring(1), 16) : (int) Math.round(Double.parseDouble(token));
        return Math.max(0, Math.min(255, value));
    }

    private static double number(String token)
    {
        double value = Double.parseDouble(token.strip().toLowerCase(Locale.ROOT));
        if (!Double.isFinite(value)) {
            throw new NumberFormatException("not a finite number: " + token);
        }
        return value;
    }

    private static double[] matrix(ST_Array ctm)
    {
        double[] values = ctm.getArray().stream().map(String::strip).filter(token -> !token.isEmpty()).mapToDouble(OfdDrawing::number).toArray();
        return values.length == 6 ? values : IDENTITY;
    }
}
