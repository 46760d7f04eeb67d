package org.issuepress.design;

import java.util.Map;

/**
 * The magazine's design in one place: page geometry, baseline grid, type styles, column
 * layouts per article kind, colours, the chart style, how far copy fitting may bend, how tall photo frames may be. Read from templates/design.yaml by the composer (for
 * measuring and flowing text) and handed to the templates (for CSS), so both always agree.
 * Page lengths are millimetres from the trim edge, type sizes and leading points.
 */
public record Design(PageGeometry page, double leading, double measure, Map<String, FontFile> fonts,
                     Map<String, TextStyle> styles, TypeRules rules, Map<String, Layout> layouts,
                     Map<String, Colour> colours, ChartDesign chart, FitRules fit, PhotoFrames photos) {

    public Design {
        fit = fit == null ? FitRules.NONE : fit;
        photos = photos == null ? PhotoFrames.DEFAULT : photos;
    }

    public static final double PT_PER_MM = 72 / 25.4;
    /**
     * Where the cover photo starts, from the top of the bled page, under the title and the
     * special's band (see issue.css): the photo fills the page below it, so its frame is nearly square.
     */
    public static final double COVER_PHOTO_TOP = 222;

    public TextStyle style(String name) {
        TextStyle s = styles.get(name);
        if (s == null) {
            throw new IllegalArgumentException("design.yaml has no style '" + name + "'");
        }
        return s;
    }

    public Layout layout(String kind) {
        Layout l = layouts.get(kind);
        if (l == null) {
            throw new IllegalArgumentException("design.yaml has no layout '" + kind + "'");
        }
        return l;
    }

    public Colour colour(String name) {
        Colour c = colours.get(name);
        if (c == null) {
            throw new IllegalArgumentException("design.yaml has no colour '" + name + "'");
        }
        return c;
    }

    /** The body size: the unit the measure and gutters are counted in. */
    public double em() {
        return style("body").size();
    }

    /** Width of the text block in points. */
    public double measurePt() {
        return measure * em();
    }

    /** Height of the text block in points: whole grid lines. */
    public double blockHeightPt() {
        return page.lines() * leading;
    }
}
