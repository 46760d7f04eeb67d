package org.issuepress.chart;

import java.awt.geom.Rectangle2D;
import org.issuepress.model.Chart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.VerticalAlignment;

/**
 * What every chart has around its plot, in the style: the unit over the value axis
 * (单位：元), the legend under the plot when there is more than one series, and the source and
 * note at the foot. No title inside the chart: the caption under it is the title, as under a
 * photo. No background, no border: the chart sits on the page like the text does.
 */
final class Decor {
    private Decor() {
    }

    static JFreeChart chart(Plot plot, Chart c, ChartStyle s, String unitLine, boolean legend) {
        JFreeChart chart = new JFreeChart(null, null, plot, false);
        chart.setBackgroundPaint(null);
        chart.setBorderVisible(false);
        chart.setPadding(RectangleInsets.ZERO_INSETS);
        // JFreeChart draws the first subtitle of an edge outermost: from the plot down, the
        // legend, the note, the source
        foot(chart, c.source(), s);
        foot(chart, c.note(), s);
        if (legend) {
            chart.addSubtitle(legend(plot, s));
        }
        if (unitLine != null) {
            TextTitle unit = new TextTitle(unitLine, s.unit, s.unitColour, RectangleEdge.TOP, HorizontalAlignment.LEFT,
                    VerticalAlignment.BOTTOM, new RectangleInsets(0, 0, 3, 0));
            unit.setTextAlignment(HorizontalAlignment.LEFT);
            chart.addSubtitle(unit);
        }
        return chart;
    }

    /** A line at the foot, wrapped to the chart's width. */
    private static void foot(JFreeChart chart, String text, ChartStyle s) {
        if (text == null || text.isBlank()) {
            return;
        }
        TextTitle t = new TextTitle(text.strip(), s.note, s.noteColour, RectangleEdge.BOTTOM, HorizontalAlignment.LEFT,
                VerticalAlignment.TOP, new RectangleInsets(2, 0, 0, 0));
        t.setTextAlignment(HorizontalAlignment.LEFT);
        t.setMaximumLinesToDisplay(4);
        chart.addSubtitle(t);
    }

    private static LegendTitle legend(Plot plot, ChartStyle s) {
        LegendTitle l = new LegendTitle(plot);
        l.setItemFont(s.text);
        l.setItemPaint(s.textColour);
        l.setFrame(BlockBorder.NONE);
        l.setBackgroundPaint(null);
        l.setPosition(RectangleEdge.BOTTOM);
        l.setMargin(new RectangleInsets(5, 0, 0, 0));
        l.setItemLabelPadding(new RectangleInsets(0, 2.5, 0, 7));
        l.setLegendItemGraphicPadding(new RectangleInsets(0, 0, 0, 0));
        return l;
    }

    /** A small square, the legend mark of a bar or slice. */
    static Rectangle2D square(double size) {
        return new Rectangle2D.Double(-size / 2, -size / 2, size, size);
    }
}
