package org.issuepress.model;

import org.issuepress.diag.SourcePos;

/**
 * A chart with its caption. {@code chart} is null when the printed issue showed a chart whose
 * data the text does not give: the page keeps its caption over a marked placeholder.
 * {@code caption} is what the article's [图表 …] line gives; without one the chart's title is
 * the caption. {@code wide} spans all columns (通栏).
 */
public record ChartBlock(Chart chart, String caption, boolean wide, SourcePos pos) implements Block {
    public boolean isPlaceholder() {
        return chart == null;
    }

    /** The line printed under the chart. */
    public String title() {
        if (caption != null && !caption.isBlank()) {
            return caption;
        }
        return chart != null ? chart.title() : null;
    }
}
