package org.issuepress.compose.flow;

import java.util.List;
import org.issuepress.compose.page.Mark;
import org.issuepress.compose.page.TextRow;

/**
 * One grid line of a text block: the composed rows on it (usually one) and shapes, in
 * coordinates relative to the column's left edge and the slot's top, and the anchor the slot
 * links to (contents entries). A blank slot is space.
 */
public record Slot(List<TextRow> rows, List<Mark> marks, String link) {
    public static final Slot BLANK = new Slot(List.of(), List.of(), null);

    public Slot {
        rows = List.copyOf(rows);
        marks = List.copyOf(marks);
    }

    public Slot(List<TextRow> rows, List<Mark> marks) {
        this(rows, marks, null);
    }

    public Slot linked(String target) {
        return new Slot(rows, marks, target);
    }

    public boolean isBlank() {
        return rows.isEmpty() && marks.isEmpty();
    }
}
