package org.issuepress.compose.flow;

import java.util.List;

/**
 * Where the flow put something on a page: a column (-1: across all columns), the first
 * grid line it occupies, and either text slots or a float.
 */
public record Placement(int column, int slot, List<Slot> slots, FloatBlock floated) {

    public Placement {
        slots = slots == null ? null : List.copyOf(slots);
    }

    public int height() {
        return floated != null ? floated.slots() : slots.size();
    }

    public boolean isFloat() {
        return floated != null;
    }
}
