package org.issuepress.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.issuepress.design.ChartDesign;
import org.issuepress.design.Design;
import org.issuepress.design.TextStyle;

/**
 * The one chart style resolved to what JFreeChart draws with: AWT fonts made from the
 * issue's font files, colours as the output needs them (CMYK for print, RGB for the
 * e-edition — whatever the colour function gives), strokes in points.
 */
public final class ChartStyle {
    /** What a design font role and size become (an AWT font from the same file). */
    public interface Fonts extends BiFunction<String, Float, Font> {
    }

    final Font text;
    final Font label;
    final Font unit;
    final Font note;
    final Color textColour;
    final Color labelColour;
    final Color unitColour;
    final Color noteColour;
    final Color axis;
    final Color grid;
    final Color paper;
    final BasicStroke axisStroke;
    final BasicStroke gridStroke;
    private final List<Color> series;

    private ChartStyle(Design d, Function<String, Color> colours, Fonts fonts) {
        ChartDesign c = d.chart();
        TextStyle t = d.style(c.text());
        TextStyle l = d.style(c.label());
        TextStyle u = d.style(c.unit());
        TextStyle n = d.style(c.note());
        text = fonts.apply(t.font(), (float) t.size());
        label = fonts.apply(l.font(), (float) l.size());
        unit = fonts.apply(u.font(), (float) u.size());
        note = fonts.apply(n.font(), (float) n.size());
        textColour = colours.apply(t.colour());
        labelColour = colours.apply(l.colour());
        unitColour = colours.apply(u.colour());
        noteColour = colours.apply(n.colour());
        axis = colours.apply(c.axis());
        grid = colours.apply(c.grid());
        paper = colours.apply("paper");
        axisStroke = new BasicStroke((float) c.axisWidth());
        gridStroke = new BasicStroke((float) c.gridWidth());
        series = c.series().stream().map(colours).toList();
    }

    public static ChartStyle of(Design design, Function<String, Color> colours, Fonts fonts) {
        return new ChartStyle(design, colours, fonts);
    }

    /** The colour of the n-th series (or slice): the design's list in order, reused past its end. */
    Color series(int n) {
        return series.get(n % series.size());
    }

    /** Text on a series colour: paper on dark colours, the text colour on light ones. */
    Color labelOn(Color fill) {
        double luminance = 0.299 * fill.getRed() + 0.587 * fill.getGreen() + 0.114 * fill.getBlue();
        return luminance < 150 ? paper : labelColour;
    }
}
