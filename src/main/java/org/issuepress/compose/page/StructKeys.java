package org.issuepress.compose.page;

import org.issuepress.diag.SourcePos;

/**
 * The keys composed content carries into the e-edition's tags (see {@link TextRow}): a block's
 * source position, with a suffix for a part of it. Compose writes them, finish finds them.
 */
public final class StructKeys {
    /** A photo's or chart's caption. */
    public static final String CAPTION = "#caption";
    /** A timeline entry's date, the label of its list item. */
    public static final String DATE = "#date";
    /** A table's title and note. */
    public static final String TITLE = "#title";
    public static final String NOTE = "#note";

    private StructKeys() {
    }

    public static String of(SourcePos pos) {
        return pos == null ? null : pos.toString();
    }

    /** A header cell: row {@code r} of the header, {@code i}-th cell in it. */
    public static String head(SourcePos table, int r, int i) {
        return of(table) + "#h" + r + "." + i;
    }

    /** A body cell; the total row is row -1. */
    public static String cell(SourcePos table, int row, int col) {
        return of(table) + "#r" + row + "." + col;
    }

    /** A contents entry (an article's id, a section's id, a part: section id and index). */
    public static String contents(String id) {
        return "toc:" + id;
    }
}
