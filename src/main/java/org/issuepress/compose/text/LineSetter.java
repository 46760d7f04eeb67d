package org.issuepress.compose.text;

import java.util.ArrayList;
import java.util.List;

/** Turns chosen breaks into justified lines: every line but the last fills the measure exactly. */
final class LineSetter {
    private LineSetter() {
    }

    static List<Line> set(List<Item> items, List<Integer> breaks, double measure, boolean ragged) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        for (int b = 0; b < breaks.size(); b++) {
            int end = breaks.get(b);
            boolean last = b == breaks.size() - 1;
            lines.add(line(items, start, end, measure, b == 0, last, ragged));
            start = end + 1;
            while (start < items.size() && !(items.get(start) instanceof Item.Box)) {
                start++;
            }
        }
        return lines;
    }

    private static Line line(List<Item> items, int start, int end, double measure, boolean first, boolean last, boolean ragged) {
        double width = 0, stretch = 0, shrink = 0;
        Item.Penalty breakAt = (Item.Penalty) items.get(end);
        for (int i = start; i < end; i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box b) {
                width += b.width();
            } else if (it instanceof Item.Glue g && g.stretch() < Item.INFINITY) {
                width += g.width();
                stretch += g.stretch();
                shrink += g.shrink();
            }
        }
        double target = measure - breakAt.width();
        double r = LineBreaker.ratio(width, target, stretch, shrink);
        if ((last || ragged) && r > 0) {
            r = 0; // the last line (and ragged text) keeps its natural spacing
        }
        boolean overfull = r < -1;
        r = Math.max(r, -1);
        double x = 0;
        double visualEnd = 0;
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = start; i < end; i++) {
            Item it = items.get(i);
            if (it instanceof Item.Box b) {
                if (b.unit() != null) {
                    b.unit().place(x, glyphs);
                }
                x += b.width();
                visualEnd = x;
            } else if (it instanceof Item.Glue g && g.stretch() < Item.INFINITY) {
                x += g.width() + (r >= 0 ? r * g.stretch() : r * g.shrink());
            }
        }
        // a mark set half-width at the line end ends visually where its ink ends
        visualEnd += breakAt.width();
        return new Line(glyphs, measure, visualEnd, first, last, ragged, overfull);
    }
}
