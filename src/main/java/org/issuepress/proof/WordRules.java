package org.issuepress.proof;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.issuepress.words.Word;
import org.issuepress.words.Words;

/**
 * 字词: non-recommended forms of 《第一批异形词整理表》 (GF 1001-2001), characters outside
 * 《通用规范汉字表》 (2013) and the traditional or variant forms of its 附件1, 别字 in fixed
 * expressions, 截止 before a time point (截至 is "up to"; 截止 "to end", as in 报名于5月1日截止),
 * 的 for 地 where the words around it leave no doubt, and a function word written twice.
 * A listed form counts only when it stands whole among the sentence's words (HanLP's), so
 * 观光采摘 does not hold 光采 nor 入股分红 股分.
 */
final class WordRules implements Rule {
    private static final Pattern JIEZHI = Pattern.compile(
            "截止(?=(?:\\d{4}年|\\d{1,2}月|[〇一二][〇一二三四五六七八九]{3}年|目前|当前|今年|去年|年底|年末|发稿|现在|今天|本月|上月|本周|上周|日前))");
    private static final Pattern DOUBLED = Pattern.compile("的的(?!确)|在在|了了|和和|与与|被被|将将|把把|是是");

    private final WordLists lists = WordLists.get();

    @Override
    public void check(Passage p, Consumer<Hit> out) {
        String t = p.text();
        Segmented words = new Segmented(t);
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
    private static boolean doubled(String t, int at, Segmented words) {
        List<Word> around = words.around(at, at + 2);
        if (around.stream().anyMatch(w -> w.start() <= at && w.end() >= at + 2 && w.text().length() > 2)) {
            return false;
        }
        boolean split = around.stream().anyMatch(w -> w.start() == at && w.end() == at + 1);
        return split || t.startsWith("在在", at) && !t.startsWith("在在皆", at);
    }

    private void listed(Passage p, Segmented words, Map<String, String> list, String rule, Consumer<Hit> out) {
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
     * The words around a place of the passage, segmented only when a rule asks and only near the
     * place: HanLP takes about 25 ms per thousand characters, so segmenting every paragraph
     * whole would more than double proofreading's time; eight characters either side settle
     * the words at the place.
     */
    static final class Segmented {
        static final int WINDOW = 8;
        private final String text;

        Segmented(String text) {
            this.text = text;
        }

        /** The words of the stretch around chars start to end, their offsets the passage's. */
        List<Word> around(int start, int end) {
            int from = Math.max(0, start - WINDOW);
            int to = Math.min(text.length(), end + WINDOW);
            List<Word> words = new ArrayList<>();
            for (Word w : Words.of(text.substring(from, to))) {
                words.add(new Word(w.text(), w.start() + from, w.end() + from, w.tag()));
            }
            return words;
        }

        /** Chars start to end begin a word and end one (they may be several words: the segmenter does not know a wrong form). */
        boolean whole(int start, int end) {
            List<Word> words = around(start, end);
            return words.stream().anyMatch(w -> w.start() == start) && words.stream().anyMatch(w -> w.end() == end);
        }

        /** Chars start to end are one word by themselves. */
        boolean alone(int start, int end) {
            return around(start, end).stream().anyMatch(w -> w.start() == start && w.end() == end);
        }
    }
}
