package org.issuepress.compose.text;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.fonts.Face;

/**
 * The smallest piece the line breaker moves: one Chinese character or mark, a Latin word or
 * number, a kept-together "——" or "……", or a space. Widths are in points.
 *
 * <p>Full-width punctuation has a blank half: on the left for opening marks, on the right
 * for closing and pause marks. {@code trimLeft}/{@code trimRight} record how much of it
 * compression removed (adjacent marks, or a mark set half-width at a line end).
 */
final class Unit {
    final String text;
    final CharClass cls;
    final Face face;
    final double size;
    final String colour;
    /** Width of the box before compression. */
    final double fullWidth;
    /** Compressible blank on each side. */
    final double blankLeft;
    final double blankRight;
    /** Offset of the first glyph's origin inside the box (padded proportional quotes). */
    final double inkShift;
    double trimLeft;
    double trimRight;

    Unit(String text, CharClass cls, Face face, double size, String colour, double fullWidth,
         double blankLeft, double blankRight, double inkShift) {
        this.text = text;
        this.cls = cls;
        this.face = face;
        this.size = size;
        this.colour = colour;
        this.fullWidth = fullWidth;
        this.blankLeft = blankLeft;
        this.blankRight = blankRight;
        this.inkShift = inkShift;
    }

    double width() {
        return fullWidth - trimLeft - trimRight;
    }

    /** Characters that count towards a line's content (punctuation does not). */
    boolean counts() {
        return cls == CharClass.IDEOGRAPH || cls == CharClass.LATIN;
    }

    boolean isSpace() {
        return cls == CharClass.SPACE;
    }

    /** The glyphs of this unit placed with its box starting at {@code x}. */
    void place(double x, List<Glyph> out) {
        double origin = x - trimLeft + inkShift;
        if (cls == CharClass.DASH) {
            placeDashes(x, out);
            return;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            String g = new String(Character.toChars(cp));
            out.add(new Glyph(g, face, size, colour, origin, 1));
            origin += face.advance(cp, size);
            i += Character.charCount(cp);
        }
    }

    /**
     * A dash glyph in these fonts is narrower than an em and has side bearings; scaled and
     * shifted, consecutive dashes join into one unbroken line of one em each, as Chinese
     * typesetting wants for 破折号.
     */
    private void placeDashes(double x, List<Glyph> out) {
        int cp = text.codePointAt(0);
        double adv = face.advance(cp, size);
        double[] ink = DashMetrics.inkExtent(face, cp);
        double inkWidth = (ink[1] - ink[0]) * size / 1000;
        double em = fullWidth / text.codePointCount(0, text.length());
        double scale = inkWidth > 0 ? em / inkWidth : em / adv;
        double shift = ink[0] * size / 1000 * scale;
        for (int i = 0; i < text.codePointCount(0, text.length()); i++) {
            out.add(new Glyph(new String(Character.toChars(cp)), face, size, colour, x + i * em - shift, scale));
        }
    }

    List<Glyph> glyphs(double x) {
        List<Glyph> g = new ArrayList<>();
        place(x, g);
        return g;
    }

    @Override
    public String toString() {
        return text;
    }
}
