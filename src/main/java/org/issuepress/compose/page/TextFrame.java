package org.issuepress.compose.page;

import java.util.List;
import org.issuepress.diag.SourcePos;

/**
 * Composed text and shapes. {@code role} says what it is (body, caption, table, quote,
 * placeholder …) for tests and preflight; {@code placeholder} carries the caption and source
 * of a photo or chart we have no file or data for, so the PDF can mark it.
 */
public record TextFrame(Box box, List<TextRow> rows, List<Mark> marks, String role, Placeholder placeholder)
        implements Frame {

    public TextFrame {
        rows = List.copyOf(rows);
        marks = List.copyOf(marks);
    }

    /** @param pos the photo's or chart's line, named as messages name it (the PDF names it {@link SourcePos#inIssue inside the issue}) */
    public record Placeholder(String what, String caption, SourcePos pos) {
    }
}
