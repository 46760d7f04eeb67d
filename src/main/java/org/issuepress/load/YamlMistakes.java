package org.issuepress.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/**
 * The YAML mistakes editors make most, found line by line so they can be named at the line
 * where they were made: a quote left open, a key followed by a Chinese colon '：' (typed with
 * the Chinese input method on), a key with no space after its ':'. The YAML parser reports
 * these late or in its own words; this is asked only once the text failed to parse into keys.
 */
final class YamlMistakes {
    /** {@code title：…} or {@code - role：…}: a key, then the full-width colon. */
    private static final Pattern WIDE_COLON = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_]*)\\s*：");
    /** {@code title:第二篇}: a key glued to its value. */
    private static final Pattern NO_SPACE = Pattern.compile("^(\\s*(?:-\\s+)?)([A-Za-z_][A-Za-z0-9_]*):(?=[^\\s/])");

    private YamlMistakes() {
    }

    /**
     * @param lastLine the 0-based line the parser stopped at: mistakes after it did not cause the failure
     * @return true when a mistake was found (and reported)
     */
    static boolean report(String text, int lastLine, String file, int lineOffset, Diagnostics out) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length && i <= lastLine; i++) {
            String l = lines[i];
            int quote = unclosedQuote(l);
            if (quote >= 0) {
                out.report(Severity.ERROR, "yaml-syntax.unclosed-quote", at(file, i, quote, lineOffset));
                return true;
            }
            Matcher w = WIDE_COLON.matcher(l);
            if (w.find()) {
                String key = w.group(2);
                out.report(Severity.ERROR, "yaml-syntax.wide-colon", at(file, i, w.end() - 1, lineOffset), key);
                return true;
            }
            Matcher n = NO_SPACE.matcher(l);
            if (n.find()) {
                String key = n.group(2);
                out.report(Severity.ERROR, "yaml-syntax.no-space", at(file, i, n.end(), lineOffset), key, l.substring(n.end()).strip());
                return true;
            }
        }
        return false;
    }

    private static SourcePos at(String file, int line, int col, int lineOffset) {
        return new SourcePos(file, line + 1 + lineOffset, col + 1);
    }

    /**
     * The column of a quote that opens a value and is not closed on the same line, or -1.
     * Issue data has no multi-line quoted values, so one is a mistake whenever the YAML is broken.
     */
    static int unclosedQuote(String l) {
        int open = -1;
        char quote = 0;
        for (int c = 0; c < l.length(); c++) {
            char ch = l.charAt(c);
            if (quote == 0 && ch == '#' && (c == 0 || l.charAt(c - 1) == ' ')) {
                break; // a comment
            }
            if (quote == 0 && (ch == '"' || ch == '\'') && startsValue(l, c)) {
                quote = ch;
                open = c;
            } else if (quote == '"' && ch == '\\') {
                c++; // an escape inside double quotes
            } else if (quote != 0 && ch == quote) {
                if (quote == '\'' && c + 1 < l.length() && l.charAt(c + 1) == '\'') {
                    c++; // '' is a quote inside single quotes
                } else {
                    quote = 0;
                }
            }
        }
        return quote != 0 ? open : -1;
    }

    /** Whether a quote at {@code c} opens a quoted value: after ':', '-', '[', '{', ',', '?' or at the line's start. */
    private static boolean startsValue(String l, int c) {
        int p = c - 1;
        while (p >= 0 && l.charAt(p) == ' ') {
            p--;
        }
        return p < 0 || ":-[{,?".indexOf(l.charAt(p)) >= 0;
    }
}
