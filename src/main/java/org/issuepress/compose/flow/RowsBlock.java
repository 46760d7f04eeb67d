package org.issuepress.compose.flow;

import org.issuepress.diag.SourcePos;

/**
 * A table in the flow: it runs on under the text before it, like a paragraph, and is cut
 * between rows where a column ends; every part after the first repeats the header. A table
 * wider than a column spans the page and is placed like a page-wide float.
 */
public record RowsBlock(int rows, boolean pageWide, Cutter cutter, SourcePos pos) implements FlowBlock {

    /** Sets parts of one table. */
    public interface Cutter {
        /**
         * The part from body row {@code from} (0: the first part, under the title) in at most
         * {@code maxSlots} grid lines, or null when not even the header and the rows a part
         * must keep fit; {@code force} takes at least one row whatever its height.
         */
        Part cut(int from, int maxSlots, boolean force);
    }

    /** A part of the table set as a float, and the body row the next part starts with. */
    public record Part(FloatBlock block, int end) {
    }

    public Part cut(int from, int maxSlots, boolean force) {
        return cutter.cut(from, maxSlots, force);
    }
}
