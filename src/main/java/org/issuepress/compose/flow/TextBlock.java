package org.issuepress.compose.flow;

import java.util.List;
import org.issuepress.diag.SourcePos;

/**
 * Text on whole grid lines. A paragraph may split between columns, leaving at least
 * {@code minFragment} lines on each side (no widows, no orphans); a heading keeps with the
 * text that follows it. Blank slots at the start (space above a heading) are dropped at the
 * top of a column. A paragraph may also be set a line longer or shorter ({@code reset}),
 * which the flow uses to run a column to its foot.
 */
public record TextBlock(List<Slot> slots, boolean splittable, boolean keepWithNext, int minFragment, SourcePos pos,
                        Reset reset) implements FlowBlock {

    /** The block set again: its first {@code keep} slots as they are, {@code delta} lines more after them; null when it cannot be. */
    @FunctionalInterface
    public interface Reset {
        List<Slot> apply(int keep, int delta);
    }

    /** No other setting. */
    public static final Reset FIXED = (keep, d) -> null;

    public TextBlock {
        slots = List.copyOf(slots);
        reset = reset == null ? FIXED : reset;
    }

    public TextBlock(List<Slot> slots, boolean splittable, boolean keepWithNext, int minFragment, SourcePos pos) {
        this(slots, splittable, keepWithNext, minFragment, pos, FIXED);
    }

    public int size() {
        return slots.size();
    }

    /** The block set {@code delta} lines longer (negative: shorter) after its first {@code keep} slots, or null when it cannot be. */
    public TextBlock reset(int keep, int delta) {
        List<Slot> other = reset.apply(keep, delta);
        return other == null ? null : new TextBlock(other, splittable, keepWithNext, minFragment, pos, FIXED);
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
