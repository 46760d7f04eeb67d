package org.issuepress.chart;

import org.issuepress.model.Chart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.text.TextUtils;

/**
 * Builds a JFreeChart for a chart of the issue, in the one chart style. Drawing it
 * (as vectors, with the fonts) is the render stage's job.
 */
public final class ChartBuilder {
    static {
        // JFreeChart draws turned text (upright figures over narrow bars) through a TextLayout,
        // which reaches the PDF as glyph outlines: unsearchable, and not in the embedded font.
        // drawString keeps it text. (A JVM-wide switch; nothing else of ours draws with JFreeChart.)
        TextUtils.setUseDrawRotatedStringWorkaround(false);
    }

    private final ChartStyle style;

    public ChartBuilder(ChartStyle style) {
        this.style = style;
    }

    /** @param width and @param height the size the chart will be drawn at, in points (labels are laid out for it) */
    public JFreeChart build(Chart chart, double width, double height) {
        return switch (chart.type()) {
            case PIE -> new PieCharts(style).build(chart);
            case BAR, GROUPED_BAR, STACKED_BAR, LINE -> new CategoryCharts(style).build(chart, width, height);
        };
    }
}
