package org.issuepress.compose.page;

import org.issuepress.compose.text.Line;

/** A composed line placed in a frame: x of the line's start, y of its baseline (points). */
public record TextRow(Line line, double x, double baseline) {

    public TextRow moved(double dx, double dy) {
        return new TextRow(line, x + dx, baseline + dy);
    }
}
