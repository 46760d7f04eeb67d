package org.issuepress.proof;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issuepress.words.Words;

/**
 * 字词: non-recommended forms of 《第一批异形词整理表》 (GF 1001-2001), characters outside
 * 《通用规范汉字表》 (2013) and the traditional or variant forms of its 附件1, 别字 in fixed
 * expressions, 截止 before a time point (截至 is "up to"; 截止 "to end", as in 报名于5月1日截止),
 * 的 for 地 where the words around it leave no doubt, and a function word written twice.
 * A listed form counts only when no dictionary word runs across either of its ends (HanLP's
 * dictionary), so 观光采摘 does not hold 光采 nor 入股分红 股分.
 */
final class WordRules implements Rule {
    private static final Pattern JIEZHI = Pattern.compile(
            "截止(?=(?:\\d{4}年|\\d{1,2}月|[〇一二][〇一二三四五六七八九]{3}年|目前|当前|今年|去年|年底|年末|发稿|现在|今天|本月|上月|本周|上周|日前))");
    private static final Pattern DOUBLED = Pattern.compile("的的(?!确)|在在|了了|和和|与与|被被|将将|把把|是是");

    private final WordLists lists = WordLists.get();

    @Override
    public void check(Passage p, Consumer<Hit> out) {
        String t = p.text();
        Lexicon words = new Lexicon(t);
        listed(p, words, lists.variants, "variant", out);
        listed(p, words, lists.misspellings, "misspelling", out);
        characters(p, out);
        Matcher m = JIEZHI.matcher(t);
        while (m.find()) {
            out.accept(new Hit(Kind.WORD, "jiezhi", p, m.start(), m.end(), "截至"));
        }
        m = DOUBLED.matcher(t);
        while (m.find()) {
            if (doubled(t, m.start(), words)) {
                out.accept(new Hit(Kind.WORD, "doubled", p, m.start(), m.end(), m.group().substring(1)));
            }
        }
        Adverbial.check(p, words, out);
    }

    /**
     * A function word written twice, unless a longer word holds the pair (不了了之; 的的确确 the pattern leaves out). The
     * dictionary's 在在 ("everywhere", as in 在在皆是) is literary; before anything but 皆 it is a slip.
     */
    private static boolean doubled(String t, int at, Lexicon words) {
        if (!words.whole(at, at + 2) || words.heldByLonger(at, at + 2)) {
            return false; // 目的的: 目的 + 的
        }
        return !words.word(at, at + 2) || t.startsWith("在在", at) && !t.startsWith("在在皆", at);
    }

    private void listed(Passage p, Lexicon words, Map<String, String> list, String rule, Consumer<Hit> out) {
        String t = p.text();
        for (int i = 0; i + 1 < t.length(); i++) {
            if (!lists.starts(t.charAt(i), t.charAt(i + 1))) {
                continue; // most characters begin no listed form: no substrings made
            }
            for (int n = Math.min(lists.longest, t.length() - i); n >= 2; n--) {
                String right = list.get(t.substring(i, i + n));
                if (right != null && words.whole(i, i + n)) {
                    out.accept(new Hit(Kind.WORD, rule, p, i, i + n, right));
                    i += n - 1;
                    break;
                }
            }
        }
    }

    /** Characters outside the table; a run of the same one (嚶嚶) is one finding. */
    private void characters(Passage p, Consumer<Hit> out) {
        String t = p.text();
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            int end = i + Character.charCount(cp);
            if (cp < 0x3400 || lists.general.get(cp) || Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                i = end;
                continue;
            }
            int times = 1;
            while (t.startsWith(Character.toString(cp), end)) {
                end += Character.charCount(cp);
                times++;
            }
            WordLists.Form f = lists.forms.get(cp);
            if (f != null) {
                out.accept(new Hit(Kind.WORD, f.traditional() ? "traditional" : "variant-char", p, i, end, f.standard().repeat(times)));
            } else {
                out.accept(new Hit(Kind.WORD, "outside", p, i, end, null));
            }
            i = end;
        }
    }

    /**
     * What the dictionary says of the words at a place, by looking words up (HanLP's core
     * dictionary, {@link Words#tags}) instead of segmenting: the segmenter's own load costs as
     * much again as the dictionary's, which a check run on every save cannot afford.
     */
    static final class Lexicon {
        static final int LONGEST = 4;
        private final String text;

        Lexicon(String text) {
            this.text = text;
        }

        boolean word(int start, int end) {
            return start >= 0 && end <= text.length() && end - start >= 2 && !Words.tags(text.substring(start, end)).isEmpty();
        }

        /** The dictionary's tags of chars start to end, most frequent first; empty when they are no word. */
        List<String> tags(int start, int end) {
            return start >= 0 && end <= text.length() && end > start ? Words.tags(text.substring(start, end)) : List.of();
        }

        /** A dictionary word runs across position {@code b}, from before it to after it (观光|采摘 across 光采's start). */
        boolean crossed(int b) {
            for (int i = Math.max(0, b - LONGEST + 1); i < b; i++) {
                for (int j = b + 1; j <= Math.min(text.length(), i + LONGEST); j++) {
                    if (word(i, j)) {
                        return true;
                    }
                }
            }
            return false;
        }

        /** Chars start to end stand whole among the sentence's words: no dictionary word runs across either end. */
        boolean whole(int start, int end) {
            return !crossed(start) && !crossed(end);
        }

        /** A dictionary word longer than chars start to end holds them (不了了之 holds 了了). */
        boolean heldByLonger(int start, int end) {
            for (int i = Math.max(0, end - LONGEST); i <= start; i++) {
                for (int j = end; j <= Math.min(text.length(), i + LONGEST); j++) {
                    if (j - i > end - start && word(i, j)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }
}
