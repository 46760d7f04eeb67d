package org.issuepress.design;

import java.util.List;
import java.util.Locale;

/**
 * A design colour with its CMYK values (0–100 %) for print and the RGB equivalent for the
 * electronic edition ("#rrggbb").
 */
public record Colour(List<Double> cmyk, String rgb) {

    public float c() {
        return (float) (cmyk.get(0) / 100);
    }

    public float m() {
        return (float) (cmyk.get(1) / 100);
    }

    public float y() {
        return (float) (cmyk.get(2) / 100);
    }

    public float k() {
        return (float) (cmyk.get(3) / 100);
    }

    /** Total ink in percent, for the print shop's limit. */
    public double totalInk() {
        return cmyk.stream().mapToDouble(Double::doubleValue).sum();
    }

    /** The CSS value Flying Saucer writes as a CMYK colour. */
    public String cssCmyk() {
        return String.format(Locale.ROOT, "cmyk(%.3f, %.3f, %.3f, %.3f)", c(), m(), y(), k());
    }

    public int[] rgbValues() {
        int v = Integer.parseInt(rgb.substring(1), 16);
        return new int[] {(v >> 16) & 0xFF, (v >> 8) & 0xFF, v & 0xFF};
    }
}
