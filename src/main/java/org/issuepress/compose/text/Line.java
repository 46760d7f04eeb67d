package org.issuepress.compose.text;

import java.util.List;

/**
 * A composed line: its glyphs with x from the line's left edge, the measure it was set to,
 * where its visible content ends, whether it is the paragraph's first or last line, and
 * whether it was set ragged (display text) instead of justified.
 * {@code spaced} says that spacing put a visible gap between two glyphs (the Chinese–Latin
 * gap, a loose line): the renderer then attaches the line's true text for copy and search.
 */
public record Line(List<Glyph> glyphs, double measure, double end, boolean first, boolean last, boolean ragged,
                   boolean overfull) {

    public Line {
        glyphs = List.copyOf(glyphs);
    }

    /** A justified line must end flush with its measure: every line of body text but the last. */
    public boolean justified() {
        return !ragged && !last;
    }

    public String text() {
        StringBuilder s = new StringBuilder();
        glyphs.forEach(g -> s.append(g.text()));
        return s.toString();
    }

    /** Shifted right by dx (centring, hanging indents). */
    public Line shifted(double dx) {
        if (dx == 0) {
            return this;
        }
        List<Glyph> moved = glyphs.stream()
                .map(g -> new Glyph(g.text(), g.face(), g.size(), g.colour(), g.x() + dx, g.hscale())).toList();
        return new Line(moved, measure, end + dx, first, last, ragged, overfull);
    }

    /** True when some gap between neighbouring glyphs exceeds {@code fraction} of an em. */
    public boolean hasGapOver(double fraction) {
        for (int i = 1; i < glyphs.size(); i++) {
            Glyph prev = glyphs.get(i - 1);
            Glyph g = glyphs.get(i);
            if (g.x() - prev.end() > fraction * g.size()) {
                return true;
            }
        }
        return false;
    }
}
