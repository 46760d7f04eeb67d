package org.issuepress.preflight;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** What one page paints, as preflight's rules need it. Coordinates are PDF user space. */
final class PageScan {
    /** A run of text shown by one text operator. */
    record Text(String text, float x, float y, float size, Paint fill, String font, boolean invisible) {
    }

    /** A filled or stroked path. */
    record Shape(boolean stroke, Paint paint, PDRectangle box, float lineWidth) {
    }

    record Image(int widthPx, int heightPx, float placedW, float placedH, String colourSpace, PDRectangle box) {
        double ppi() {
            return Math.min(widthPx / (placedW / 72.0), heightPx / (placedH / 72.0));
        }
    }

    record Placeholder(String what, String caption, String source) {
    }

    record MissingGlyph(String font, int code, String near) {
    }

    final int number;
    final PDRectangle trim;
    final PDRectangle bleed;
    final List<Text> texts = new ArrayList<>();
    final List<Shape> shapes = new ArrayList<>();
    final List<Image> images = new ArrayList<>();
    final List<Placeholder> placeholders = new ArrayList<>();
    final List<MissingGlyph> missing = new ArrayList<>();
    final List<String> transparency = new ArrayList<>();
    final List<String> colourSpaces = new ArrayList<>();

    PageScan(int number, PDRectangle trim, PDRectangle bleed) {
        this.number = number;
        this.trim = trim;
        this.bleed = bleed;
    }
}
