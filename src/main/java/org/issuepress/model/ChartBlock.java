package org.issuepress.model;

import org.issuepress.diag.SourcePos;

/**
 * A chart. {@code chart} is null when the printed issue showed a chart whose data the text
 * does not give: the page keeps its caption over a marked placeholder.
 */
public record ChartBlock(Chart chart, String caption, SourcePos pos) implements Block {
    public boolean isPlaceholder() {
        return chart == null;
    }

    public String title() {
        return chart != null ? chart.title() : caption;
    }
}
