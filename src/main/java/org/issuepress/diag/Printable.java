package org.issuepress.diag;

/**
 * Text from the editor's files (file names, quoted values) made safe to print on one line:
 * a file name holding a newline would otherwise print a line of its own that looks like a
 * finding, and a bidi override would turn the rest of the line around. Control and invisible
 * format characters are shown as escapes ({@code \n}, {@code \u202E}); everything else,
 * Chinese included, is left as it is.
 */
public final class Printable {
    private Printable() {
    }

    public static String escape(String s) {
        if (s == null || s.codePoints().noneMatch(Printable::hidden)) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> {
            if (!hidden(cp)) {
                b.appendCodePoint(cp);
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp == '\t') {
                b.append("\\t");
            } else {
                // as Java and YAML write them: four hex digits, eight beyond the first plane (U+E0001, a language tag)
                b.append(String.format(java.util.Locale.ROOT, cp > 0xFFFF ? "\\U%08X" : "\\u%04X", cp));
            }
        });
        return b.toString();
    }

    /** Control characters (C0, DEL, C1), format characters (bidi, zero-width, BOM), line and paragraph separators. */
    public static boolean hidden(int cp) {
        return Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT || cp == 0x2028 || cp == 0x2029;
    }
}
