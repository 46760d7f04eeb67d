package org.issuepress.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.SourcePos;

/**
 * Half-width punctuation in Chinese text (领导,科学 for 领导，科学; 区县(市) for 区县（市）),
 * full-width letters and digits, and number ranges written with '-' in a file that elsewhere
 * writes them with '—'. These are warnings, never changed by the tool: printed issues have
 * them, and what the manuscript says is the editor's call. To keep the list readable, each
 * kind is reported once per file, at its first occurrence, with how often it occurs.
 *
 * <p>One instance per file: feed it the file's text lines, then call {@link #finish()}.
 */
final class PunctuationCheck {
    private enum Kind {
        COMMA, COLON, SEMICOLON, QUESTION, EXCLAMATION, PARENTHESIS, QUOTE, WIDE_ALNUM, RANGE;

        /** "half-width comma ','" and so on, from the catalogue. */
        Phrase label() {
            return Phrase.of("punct.kind." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        }
    }

    /** The first occurrence of a kind: where, the text around it and the same text written right. */
    private record First(SourcePos pos, String found, String suggested) {
    }

    private static final String HALF = ",:;?!()\"";
    private static final String FULL = "，：；？！（）\"";
    private static final Pattern HYPHEN_RANGE = Pattern.compile("\\d{1,4}[-–~]\\d{1,4}");
    private static final Pattern DASH_RANGE = Pattern.compile("\\d{1,4}—\\d{1,4}");
    private static final int AROUND = 2;

    private final Diagnostics out;
    private final Map<Kind, First> first = new EnumMap<>(Kind.class);
    private final Map<Kind, Integer> count = new EnumMap<>(Kind.class);
    private First dashRange;

    PunctuationCheck(Diagnostics out) {
        this.out = out;
    }

    /** @param lineStart the position of the line's first character */
    void line(String text, SourcePos lineStart) {
        boolean opened = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            int k = HALF.indexOf(ch);
            if (k >= 0 && chineseBeside(text, i)) {
                if (ch == ')' && opened) {
                    continue; // a pair counts once
                }
                opened |= ch == '(';
                note(kindOf(ch), text, i, lineStart);
            } else if (isWideAlnum(ch)) {
                note(Kind.WIDE_ALNUM, text, i, lineStart);
            }
        }
        Matcher hyphen = HYPHEN_RANGE.matcher(text);
        while (hyphen.find()) {
            String range = hyphen.group();
            count.merge(Kind.RANGE, 1, Integer::sum);
            first.putIfAbsent(Kind.RANGE, new First(at(lineStart, hyphen.start()), range, range.replaceAll("[-–~]", "—")));
        }
        Matcher dash = DASH_RANGE.matcher(text);
        if (dashRange == null && dash.find()) {
            dashRange = new First(at(lineStart, dash.start()), dash.group(), dash.group());
        }
    }

    /** Reports what the file's lines had, one warning per kind. */
    void finish() {
        for (Map.Entry<Kind, First> e : first.entrySet()) {
            Kind kind = e.getKey();
            First f = e.getValue();
            int n = count.get(kind);
            Object times = n == 1 ? "" : Phrase.of("punct.times", String.valueOf(n));
            if (kind == Kind.RANGE) {
                if (dashRange != null) { // a mixture only when the same file also writes ranges with '—'
                    out.report(Severity.WARNING, "punct-range", f.pos(), f.found(), String.valueOf(dashRange.pos().line()),
                            dashRange.found(), times, f.suggested());
                }
            } else {
                out.report(Severity.WARNING, "punct-width", f.pos(), kind.label(), f.found(), times, f.suggested());
            }
        }
    }

    private void note(Kind kind, String text, int i, SourcePos lineStart) {
        count.merge(kind, 1, Integer::sum);
        if (!first.containsKey(kind)) {
            int from = Math.max(0, i - AROUND);
            int to = Math.min(text.length(), closing(text, i) + 1 + AROUND);
            String found = text.substring(from, to);
            first.put(kind, new First(at(lineStart, i), found, fullWidth(found, kind)));
        }
    }

    /** The end of what a suggestion should show: the closing parenthesis or quote, when near. */
    private static int closing(String text, int i) {
        char ch = text.charAt(i);
        char close = ch == '(' ? ')' : ch == '"' ? '"' : 0;
        int j = close == 0 ? -1 : text.indexOf(close, i + 1);
        return j > 0 && j - i <= 12 ? j : i;
    }

    /** The snippet with its half-width marks of that kind written full-width; quotes alternate “ and ”. */
    private static String fullWidth(String s, Kind kind) {
        StringBuilder b = new StringBuilder();
        boolean open = true;
        for (char ch : s.toCharArray()) {
            int k = HALF.indexOf(ch);
            if (kind == Kind.WIDE_ALNUM && isWideAlnum(ch)) {
                b.append((char) (ch - 0xFEE0));
            } else if (k >= 0 && kindOf(ch) == kind) {
                if (ch == '"') {
                    b.append(open ? '“' : '”');
                    open = !open;
                } else {
                    b.append(FULL.charAt(k));
                }
            } else {
                b.append(ch);
            }
        }
        return b.toString();
    }

    private static Kind kindOf(char ch) {
        return switch (ch) {
            case ',' -> Kind.COMMA;
            case ':' -> Kind.COLON;
            case ';' -> Kind.SEMICOLON;
            case '?' -> Kind.QUESTION;
            case '!' -> Kind.EXCLAMATION;
            case '"' -> Kind.QUOTE;
            default -> Kind.PARENTHESIS;
        };
    }

    /** Whether the nearest character before or after {@code i}, markup '**' skipped, is Chinese. */
    private static boolean chineseBeside(String text, int i) {
        int before = i - 1;
        while (before >= 0 && text.charAt(before) == '*') {
            before--;
        }
        int after = i + 1;
        while (after < text.length() && text.charAt(after) == '*') {
            after++;
        }
        return before >= 0 && isChinese(text.codePointBefore(before + 1))
                || after < text.length() && isChinese(text.codePointAt(after));
    }

    static boolean isChinese(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || cp >= 0x3000 && cp <= 0x303F // 。、《》【】 …
                || cp >= 0xFF01 && cp <= 0xFF60 // ，：；（）！？
                || cp == '“' || cp == '”' || cp == '‘' || cp == '’';
    }

    private static boolean isWideAlnum(char ch) {
        return ch >= '０' && ch <= '９' || ch >= 'Ａ' && ch <= 'Ｚ' || ch >= 'ａ' && ch <= 'ｚ';
    }

    private static SourcePos at(SourcePos lineStart, int index) {
        return lineStart.withLine(lineStart.line(), lineStart.col() + index);
    }
}
