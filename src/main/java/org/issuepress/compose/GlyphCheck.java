package org.issuepress.compose;

import java.util.List;
import org.issuepress.compose.text.Glyph;
import org.issuepress.compose.text.Line;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/**
 * A character the chosen font lacks would print as nothing: report it as an error naming
 * the character and where it is, never let it reach the page silently.
 */
public final class GlyphCheck {
    private final Diagnostics out;

    public GlyphCheck(Diagnostics out) {
        this.out = out;
    }

    /** Where composing reports what else it finds in the text (a table cell that cannot fit). */
    public Diagnostics diagnostics() {
        return out;
    }

    public void check(List<Line> lines, SourcePos pos) {
        for (Line l : lines) {
            for (Glyph g : l.glyphs()) {
                int cp = g.text().codePointAt(0);
                if (!g.face().covers(cp) && !Character.isWhitespace(cp)) {
                    out.report(Severity.ERROR, "glyph-missing", pos, g.face().baseFont().getPostscriptFontName(), g.text(),
                            String.format("U+%04X", cp));
                }
            }
        }
    }
}
