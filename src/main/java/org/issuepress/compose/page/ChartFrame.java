package org.issuepress.compose.page;

import org.issuepress.model.Chart;

/** A chart drawn as vectors into its box; the caption is a separate text frame. */
public record ChartFrame(Box box, Chart chart) implements Frame {
}
