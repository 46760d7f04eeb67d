package org.issuepress.proof;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * GB/T 15834-2011 标点符号用法, the parts a tool can be sure of: paired marks that do not pair
 * within a paragraph (4.4–4.9), an ellipsis written with other dots (4.11), a mark doubled,
 * a 顿号 between items each in 书名号 or 引号 (4.5.3.5), a hyphen in a range (4.13.3), and
 * punctuation after a bracketed 序次语 (4.2.3.3, 附录B.1.1). The half-width marks are load's
 * own check (load.PunctuationCheck).
 */
final class PunctuationRules implements Rule {
    private static final String OPEN = "“‘《〈（【";
    private static final String CLOSE = "”’》〉）】";
    /** three or more ASCII dots, 。。。, or six middle dots of another kind; a lone … */
    private static final Pattern ELLIPSIS = Pattern.compile("\\.{3,}|。{3,}|[·•・]{3,}|(?<!…)…(?!…)");
    private static final Pattern DOUBLED = Pattern.compile("([，。、；：])\\1+");
    private static final Pattern SERIAL = Pattern.compile("》、《|”、“");
    /** a range of years or of quantities with '-' or '~' between: 2018-2020年, 10-20万元 */
    private static final Pattern YEARS = Pattern.compile("(?<![\\d.-])((?:19|20)\\d\\d)[-~－]((?:19|20)\\d\\d)(?=年)");
    private static final Pattern QUANTITIES = Pattern.compile(
            "(?<![\\d.\\-/:A-Za-z])(\\d+(?:\\.\\d+)?)[-~－](\\d+(?:\\.\\d+)?)(?=%|万|亿|元|个|人|户|名|亩|吨|公里|公斤|千克|米|岁|天|次|倍|家)");
    /** （一）、 （1）， ①、 : the bracket or the circle is the 序次语's mark; nothing follows it */
    private static final Pattern ORDINAL = Pattern.compile("^((?:（[一二三四五六七八九十]{1,3}）|（\\d{1,2}）|[①-⑳]))([、，．.：])");
    /** 1、 at the head of a paragraph: an Arabic 序次语 takes 下脚点 (1.) */
    private static final Pattern ARABIC_ORDINAL = Pattern.compile("^(\\d{1,2})、");

    @Override
    public void check(Passage p, Consumer<Hit> out) {
        String t = p.text();
        pairs(p, out);
        Matcher m = ELLIPSIS.matcher(t);
        while (m.find()) {
            if (chinese(t, m.start(), m.end())) {
                out.accept(new Hit(Kind.PUNCT, "ellipsis", p, m.start(), m.end(), "……"));
            }
        }
        m = DOUBLED.matcher(t);
        while (m.find()) {
            out.accept(new Hit(Kind.PUNCT, "doubled", p, m.start(), m.end(), m.group(1)));
        }
        m = SERIAL.matcher(t);
        while (m.find()) {
            out.accept(new Hit(Kind.PUNCT, "serial", p, m.start(), m.end(), m.group().replace("、", "")));
        }
        m = YEARS.matcher(t);
        while (m.find()) {
            out.accept(new Hit(Kind.PUNCT, "range-years", p, m.start(), m.end(), m.group(1) + "—" + m.group(2)));
        }
        m = QUANTITIES.matcher(t);
        while (m.find()) {
            if (!YEARS.matcher(m.group()).find() && chinese(t, m.start(), m.end())) {
                out.accept(new Hit(Kind.PUNCT, "range", p, m.start(), m.end(), m.group(1) + "～" + m.group(2)));
            }
        }
        m = ORDINAL.matcher(t);
        if (m.find()) {
            out.accept(new Hit(Kind.PUNCT, "ordinal", p, 0, m.end(), m.group(1)));
        }
        m = ARABIC_ORDINAL.matcher(t);
        if (m.find() && p.place() != Place.IMPRINT) {
            out.accept(new Hit(Kind.PUNCT, "ordinal-arabic", p, 0, m.end(), m.group(1) + "."));
        }
    }

    /** Quotation marks, 书名号 and brackets that open without closing, or close without opening, in the passage. */
    private static void pairs(Passage p, Consumer<Hit> out) {
        String t = p.text();
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < t.length(); i++) {
            char ch = t.charAt(i);
            if (OPEN.indexOf(ch) >= 0) {
                open.push(i);
            } else if (CLOSE.indexOf(ch) >= 0) {
                char wanted = OPEN.charAt(CLOSE.indexOf(ch));
                if (!open.isEmpty() && t.charAt(open.peek()) == wanted) {
                    open.pop();
                } else if (open.stream().anyMatch(j -> t.charAt(j) == wanted)) {
                    // a mark inside was left open: report that one, and close to here
                    while (t.charAt(open.peek()) != wanted) {
                        unpaired(p, open.pop(), out);
                    }
                    open.pop();
                } else {
                    out.accept(new Hit(Kind.PUNCT, "unopened", p, i, i + 1, String.valueOf(wanted)));
                }
            }
        }
        while (!open.isEmpty()) {
            int i = open.pollLast();
            if (!(p.quoteRunsOn() && t.charAt(i) == '“')) {
                unpaired(p, i, out);
            }
        }
    }

    private static void unpaired(Passage p, int i, Consumer<Hit> out) {
        char ch = p.text().charAt(i);
        out.accept(new Hit(Kind.PUNCT, "unclosed", p, i, i + 1, String.valueOf(CLOSE.charAt(OPEN.indexOf(ch)))));
    }

    /** Whether Chinese text stands next to chars {@code start} to {@code end} (an English quotation keeps its dots). */
    static boolean chinese(String t, int start, int end) {
        return start > 0 && han(t.codePointBefore(start)) || end < t.length() && han(t.codePointAt(end))
                || start > 1 && han(t.codePointBefore(start - 1));
    }

    static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN || cp >= 0x3000 && cp <= 0x303F
                || cp >= 0xFF01 && cp <= 0xFF60 || cp == '“' || cp == '”';
    }
}
