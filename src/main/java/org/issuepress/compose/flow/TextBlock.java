package org.issuepress.compose.flow;

import java.util.List;
import org.issuepress.diag.SourcePos;

/**
 * Text on whole grid lines. A paragraph may split between columns, leaving at least
 * {@code minFragment} lines on each side (no widows, no orphans); a heading keeps with the
 * text that follows it. Blank slots at the start (space above a heading) are dropped at the
 * top of a column.
 */
public record TextBlock(List<Slot> slots, boolean splittable, boolean keepWithNext, int minFragment, SourcePos pos)
        implements FlowBlock {

    public TextBlock {
        slots = List.copyOf(slots);
    }

    public int size() {
        return slots.size();
    }

    /** The block without its space above (a sub-head right under another sub-head). */
    public TextBlock withoutLeadingBlanks() {
        return new TextBlock(slots.subList(leadingBlanks(), slots.size()), splittable, keepWithNext, minFragment, pos);
    }

    /** Slots without the leading blanks: what the block takes at the top of a column. */
    public int leadingBlanks() {
        int n = 0;
        while (n < slots.size() && slots.get(n).isBlank()) {
            n++;
        }
        return n;
    }
}
