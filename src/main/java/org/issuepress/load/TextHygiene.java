package org.issuepress.load;

import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
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
                out.report(Severity.WARNING, "text-tab", at);
            } else if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
                out.report(Severity.ERROR, "text-control", at, String.format("U+%04X", cp));
                ok = false;
            } else if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200E || cp == 0x200F) {
                out.report(Severity.ERROR, "text-bidi", at, String.format("U+%04X", cp));
                ok = false;
            } else if (cp == 0xFFFD) {
                out.report(Severity.ERROR, "text-replacement", at);
                ok = false;
            }
            i += Character.charCount(cp);
        }
        return ok;
    }
}
