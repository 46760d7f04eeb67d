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

    /**
     * The characters a double-quoted value's escapes stand for ({@code "\u202E"}, {@code "\x01"}),
     * checked as if written: the line check sees only the escape. A line break ({@code \n}) is
     * allowed (a chart's label on two lines); a character also written as itself was reported already.
     */
    static void checkEscapes(String value, String source, SourcePos pos, Diagnostics out) {
        value.codePoints().distinct().filter(cp -> cp != '\n' && source.indexOf(cp) < 0)
                .forEach(cp -> check(new String(Character.toChars(cp)), pos, out));
    }
}
