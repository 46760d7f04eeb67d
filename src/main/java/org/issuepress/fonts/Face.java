package org.issuepress.fonts;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Path;

/**
 * One font as the composer and the renderer both use it: the same OpenPDF {@link BaseFont}
 * measures the text and draws it, so widths agree and each font is embedded as one subset.
 */
public final class Face {
    private final String role;
    private final BaseFont font;
    private final Path file;
    private final String cssFamily;
    private final int weight;
    private final short[] widthCache = new short[0x10000];
    /** Kept: the preview hashes every glyph of every page (each names its face) on every edit. */
    private final int hash;

    Face(String role, BaseFont font, Path file, String cssFamily, int weight) {
        this.role = role;
        this.font = font;
        this.file = file;
        this.cssFamily = cssFamily;
        this.weight = weight;
        this.hash = java.util.Objects.hash(role, file, cssFamily, weight);
        java.util.Arrays.fill(widthCache, (short) -1);
    }

    public String role() {
        return role;
    }

    public BaseFont baseFont() {
        return font;
    }

    public Path file() {
        return file;
    }

    public String cssFamily() {
        return cssFamily;
    }

    public int weight() {
        return weight;
    }

    /** Advance of a character in thousandths of an em. */
    public int advance(int codePoint) {
        if (codePoint < widthCache.length) {
            short w = widthCache[codePoint];
            if (w < 0) {
                w = (short) font.getWidth(codePoint);
                widthCache[codePoint] = w;
            }
            return w;
        }
        return font.getWidth(codePoint);
    }

    /** Advance in points at the given size. */
    public double advance(int codePoint, double size) {
        return advance(codePoint) * size / 1000.0;
    }

    public double width(String text, double size) {
        double w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += advance(cp, size);
            i += Character.charCount(cp);
        }
        return w;
    }

    /** Whether the font has a glyph for the character (a missing one would print as nothing). */
    public boolean covers(int codePoint) {
        return font.charExists(codePoint);
    }

    /**
     * Faces are equal when they name the same font file in the same role: every build loads its
     * own FontSet, and the preview compares composed pages across builds by value.
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Face f && role.equals(f.role) && file.equals(f.file) && java.util.Objects.equals(cssFamily, f.cssFamily)
                && weight == f.weight;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public String toString() {
        return role + "(" + file.getFileName() + ")";
    }
}
