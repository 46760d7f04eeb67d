package org.issuepress.compose.text;

import org.issuepress.fonts.Face;

/**
 * One character as drawn: its text, font, size, colour, the x of its origin from the line's
 * start (points) and a horizontal scale (1 except for dashes stretched to a full em).
 */
public record Glyph(String text, Face face, double size, String colour, double x, double hscale) {

    /** Where the glyph's advance ends: the next glyph starts here unless spacing moves it. */
    public double end() {
        return x + face.advance(text.codePointAt(0), size) * hscale;
    }
}
