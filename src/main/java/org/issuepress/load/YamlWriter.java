package org.issuepress.load;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.issuepress.diag.Printable;

/**
 * Text written into the YAML files the tool makes for editors (accepted.yaml, issue.yaml from
 * {@code new}, articles and tables from {@code import}) so that our loader reads back exactly
 * the same string: plain where that is safe and readable (Chinese text, its full-width
 * punctuation, emoji), else double-quoted with escapes. Invisible characters (control, bidi,
 * zero-width, line breaks) are always written as escapes, so an editor opening the file sees them.
 */
public final class YamlWriter {
    /** Strings a YAML reader (JSON, core or 1.1 schema) turns into a null, a boolean or a number. */
    private static final Pattern NOT_TEXT = Pattern.compile("(?i)null|~|true|false|yes|no|on|off|y|n|=|<<"
            + "|[-+]?(\\.[0-9_]+|[0-9][0-9_]*(\\.[0-9_]*)?)(e[-+]?[0-9]+)?|[-+]?\\.inf|\\.nan"
            + "|0x[0-9a-f_]+|0o[0-7_]+|0b[01_]+|\\d{4}-\\d\\d?-\\d\\d?.*");
    /** A figure in a table's cell, written as it is: our loader keeps a cell's text exactly as written. */
    private static final Pattern FIGURE = Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");
    /** ASCII that cannot start a plain scalar (YAML's indicators), and ASCII that is quoted wherever it stands. */
    private static final String NOT_FIRST = "-?:,[]{}#&*!|>'\"%@`";
    private static final String NOWHERE = ":#,[]{}\"\\";

    private YamlWriter() {
    }

    /** {@code s} as a YAML scalar, for after {@code key: }, {@code - } or inside a flow list. */
    public static String scalar(String s) {
        return plain(s) ? s : quoted(s);
    }

    /**
     * A table's row of cells as a flow list, {@code [巩义市, 9653, "a, b"]}: figures stay plain, as
     * editors write them (the table files are read as text, so {@code 082} stays {@code 082}).
     */
    public static String cells(List<String> items) {
        return "[" + String.join(", ", items.stream().map(c -> FIGURE.matcher(c).matches() ? c : scalar(c)).toList()) + "]";
    }

    /** A comment, on one line whatever {@code text} holds; its invisible characters shown as escapes. */
    public static String comment(String text) {
        StringBuilder b = new StringBuilder("# ");
        text.codePoints().forEach(cp -> append(b, cp, false));
        return b.toString();
    }

    private static boolean plain(String s) {
        if (s.isEmpty() || s.startsWith(" ") || s.endsWith(" ") || NOT_FIRST.indexOf(s.charAt(0)) >= 0
                || NOT_TEXT.matcher(s).matches()) {
            return false;
        }
        return s.codePoints().allMatch(cp -> cp >= 0x80 ? !escaped(cp) : cp >= 0x20 && cp < 0x7F && NOWHERE.indexOf(cp) < 0);
    }

    private static String quoted(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8).append('"');
        s.codePoints().forEach(cp -> append(b, cp, true));
        return b.append('"').toString();
    }

    private static void append(StringBuilder b, int cp, boolean quoted) {
        if (cp == '\n') {
            b.append("\\n");
        } else if (cp == '\r') {
            b.append("\\r");
        } else if (cp == '\t') {
            b.append("\\t");
        } else if (quoted && (cp == '"' || cp == '\\')) {
            b.append('\\').appendCodePoint(cp);
        } else if (escaped(cp)) {
            b.append(String.format(Locale.ROOT, cp > 0xFFFF ? "\\U%08X" : "\\u%04X", cp));
        } else {
            b.appendCodePoint(cp);
        }
    }

    /** Invisible to a reader, or outside what YAML allows in a file (lone surrogates, U+FFFE, U+FFFF). */
    private static boolean escaped(int cp) {
        return Printable.hidden(cp) || (cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE) || cp == 0xFFFE || cp == 0xFFFF;
    }
}
