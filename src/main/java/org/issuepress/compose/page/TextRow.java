package org.issuepress.compose.page;

import org.issuepress.compose.text.Line;

/**
 * A composed line placed in a frame: x of the line's start, y of its baseline (points), and
 * {@code key}, what the line is part of in the logical structure (the block's source
 * position, with a suffix for a part of it: {@code #caption}, a table cell …), or null for
 * page furniture. The e-edition's tags group lines by key, so a paragraph split across
 * columns and pages stays one paragraph.
 */
public record TextRow(Line line, double x, double baseline, String key) {

    public TextRow(Line line, double x, double baseline) {
        this(line, x, baseline, null);
    }

    public TextRow moved(double dx, double dy) {
        return new TextRow(line, x + dx, baseline + dy, key);
    }

    public TextRow keyed(String k) {
        return new TextRow(line, x, baseline, k);
    }
}
