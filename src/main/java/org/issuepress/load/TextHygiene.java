package org.issuepress.load;

import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.SourcePos;

/**
 * Characters that must not reach a page: control characters, bidi overrides (they reorder
 * what a reader sees), the replacement character left by a broken conversion.
 */
final class TextHygiene {
    private TextHygiene() {
    }

    /** @return false when the line has a character that is an error */
    static boolean check(String line, SourcePos pos, Diagnostics out) {
        boolean ok = true;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            SourcePos at = pos.withLine(pos.line(), pos.col() + i);
            if (cp == '\t') {
                out.warning("text-tab", at, "a tab character in the text", "use no indentation; the layout indents paragraphs");
            } else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
                out.error("text-control", at, String.format("control character U+%04X in the text", cp),
                        "delete it (it is invisible in most editors; retype the surrounding words)");
                ok = false;
            } else if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F) {
                out.error("text-bidi", at, String.format("bidirectional control U+%04X in the text", cp),
                        "delete it: it changes the order in which readers see the characters");
                ok = false;
            } else if (cp == 0xFFFD) {
                out.error("text-replacement", at, "replacement character U+FFFD: text was damaged by a conversion",
                        "retype the character from the original manuscript");
                ok = false;
            }
            i += Character.charCount(cp);
        }
        return ok;
    }
}
