package org.issuepress.compose.flow;

import java.util.List;
import org.issuepress.compose.page.Frame;
import org.issuepress.diag.SourcePos;

/**
 * A figure, table, chart or pull quote: placed whole at the top or bottom of a column, or of
 * the page when it spans all columns. Its frames are relative to the float's top-left.
 * A table's parts, cut by {@link RowsBlock}, are placed as floats are.
 */
public record FloatBlock(int slots, boolean pageWide, List<Frame> frames, SourcePos pos) implements FlowBlock {
    public FloatBlock {
        frames = List.copyOf(frames);
    }
}
