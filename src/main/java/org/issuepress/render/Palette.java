package org.issuepress.render;

import com.lowagie.text.pdf.CMYKColor;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.Locale;
import org.issuepress.design.Colour;
import org.issuepress.design.Design;

/**
 * Design colours as the output needs them: CMYK for print, RGB for the electronic edition.
 * Every colour painted or written to CSS goes through here, so one switch changes them all.
 */
public final class Palette {
    private final Design design;
    private final ColourMode mode;

    public Palette(Design design, ColourMode mode) {
        this.design = design;
        this.mode = mode;
    }

    public ColourMode mode() {
        return mode;
    }

    public void fill(PdfContentByte cb, String name) {
        Colour c = design.colour(name);
        if (mode == ColourMode.CMYK) {
            cb.setCMYKColorFillF(c.c(), c.m(), c.y(), c.k());
        } else {
            int[] rgb = c.rgbValues();
            cb.setRGBColorFill(rgb[0], rgb[1], rgb[2]);
        }
    }

    public void stroke(PdfContentByte cb, String name) {
        Colour c = design.colour(name);
        if (mode == ColourMode.CMYK) {
            cb.setCMYKColorStrokeF(c.c(), c.m(), c.y(), c.k());
        } else {
            int[] rgb = c.rgbValues();
            cb.setRGBColorStroke(rgb[0], rgb[1], rgb[2]);
        }
    }

    /** The colour as a CSS value Flying Saucer understands: cmyk(…) or #rrggbb. */
    public String css(String name) {
        Colour c = design.colour(name);
        return mode == ColourMode.CMYK ? c.cssCmyk() : c.rgb().toLowerCase(Locale.ROOT);
    }

    /**
     * The colour for drawing through java.awt (charts): in print a {@link CMYKColor}, which
     * OpenPDF writes with the CMYK operators, else the RGB equivalent.
     */
    public java.awt.Color awt(String name) {
        Colour c = design.colour(name);
        if (mode == ColourMode.CMYK) {
            return new CMYKColor(c.c(), c.m(), c.y(), c.k());
        }
        int[] rgb = c.rgbValues();
        return new java.awt.Color(rgb[0], rgb[1], rgb[2]);
    }
}
