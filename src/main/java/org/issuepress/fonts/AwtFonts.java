package org.issuepress.fonts;

import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * AWT twins of the fonts, for drawing through java.awt (JFreeChart): AWT measures the
 * text with a font made from the same file, and {@link #awtToPdf} hands the drawing back the
 * very {@link BaseFont} the rest of the page uses, so a chart's labels are real text in the
 * issue's fonts and no extra subset is embedded. A font file is parsed once per process.
 */
public final class AwtFonts implements FontMapper {
    private static final Map<Path, Font> LOADED = new ConcurrentHashMap<>();
    private final FontSet fonts;
    private final BaseFont fallback;
    /** AWT font name → the face it was made from, for every font handed out. */
    private final Map<String, Face> byName = new ConcurrentHashMap<>();

    /** @param fallbackRole the face for fonts we did not hand out (PdfGraphics2D sets a default "sanserif" itself) */
    public AwtFonts(FontSet fonts, String fallbackRole) {
        this.fonts = fonts;
        this.fallback = fonts.face(fallbackRole).baseFont();
    }

    /** The AWT font of a design font role at a size in points (one PDF point is one AWT unit). */
    public Font font(String role, float size) {
        Face face = fonts.face(role);
        Font base = LOADED.computeIfAbsent(face.file(), AwtFonts::parse);
        byName.putIfAbsent(base.getFontName(), face);
        return base.deriveFont(Font.PLAIN, size);
    }

    private static Font parse(Path file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot read " + file + " as an AWT font: " + e.getMessage(), e);
        }
    }

    @Override
    public BaseFont awtToPdf(Font font) {
        Face face = byName.get(font.getFontName());
        return face != null ? face.baseFont() : fallback;
    }

    @Override
    public Font pdfToAwt(BaseFont font, int size) {
        for (Face face : byName.values()) {
            if (face.baseFont() == font) {
                return font(face.role(), size);
            }
        }
        return null;
    }
}
