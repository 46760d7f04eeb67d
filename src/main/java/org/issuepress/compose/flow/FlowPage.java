package org.issuepress.compose.flow;

import java.util.List;
import org.issuepress.diag.SourcePos;

/**
 * One page of an article's flow: what sits where, in reading order, and the columns the flow
 * could not run to their foot although the article goes on (issue #20: reported at the article).
 */
public record FlowPage(List<Placement> placements, List<ShortColumn> shortColumns) {
    public FlowPage {
        placements = List.copyOf(placements);
        shortColumns = List.copyOf(shortColumns);
    }

    public FlowPage(List<Placement> placements) {
        this(placements, List.of());
    }

    /**
     * A column that ends {@code lines} grid lines above its foot: above a float that ends the
     * column ({@code aboveFloat}), or because no paragraph above could be set a line longer or
     * shorter; {@code pos} is the block that went on to the next column.
     */
    public record ShortColumn(int column, int lines, boolean aboveFloat, SourcePos pos) {
    }
}
