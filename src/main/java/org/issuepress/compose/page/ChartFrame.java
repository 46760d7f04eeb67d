package org.issuepress.compose.page;

import org.issuepress.model.Chart;

/** A chart drawn as vectors into its box; the caption is a separate text frame. {@code key}: see {@link TextRow}. */
public record ChartFrame(Box box, Chart chart, String key) implements Frame {
    public ChartFrame(Box box, Chart chart) {
        this(box, chart, null);
    }
}
