package org.issuepress.compose.flow;

import java.util.List;
import org.issuepress.diag.SourcePos;

/** What the column flow places: text that runs down a column, or a float placed whole. */
public sealed interface FlowBlock permits TextBlock, FloatBlock, RowsBlock {
    SourcePos pos();
}
