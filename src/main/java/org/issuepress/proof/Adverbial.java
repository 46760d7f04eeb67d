package org.issuepress.proof;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.issuepress.words.Word;
import org.issuepress.words.Words;

/**
 * 的 where 地 is meant (GB/T 15834 does not rule this; 《现代汉语词典》 does: 地 marks an adverbial):
 * reported only where the dictionary's tags leave no other reading — an adverb, an adverbial
 * adjective or a 状态词 (HanLP {@code d}, {@code ad}, {@code z}) or a reduplicated adjective (扎扎实实)
 * before 的, a verb (tagged {@code v} or {@code vi}, not one that is also a noun, {@code vn}) after
 * it, and that verb's object after the verb:
 * 不断的提高收入 is 不断地提高收入; 不断的努力 (a noun phrase) is not touched.
 */
final class Adverbial {
    private static final Set<String> OBJECTS = Set.of("n", "nr", "ns", "nt", "nz", "nnt", "nis", "nnd", "vn", "r", "rr", "m", "mq");

    private static final Set<String> ADVERBS = Set.of("d", "ad", "z");
    private static final Set<String> VERBS = Set.of("v", "vi");

    private Adverbial() {
    }

    /**
     * Each 的 after a word the dictionary may tag as an adverb, or after a reduplicated
     * adjective, is looked at with the words around it segmented; the rest of the text is not
     * segmented at all (most 的 are not candidates).
     */
    static void check(Passage p, WordRules.Segmented segmented, Consumer<Hit> out) {
        String t = p.text();
        for (int i = t.indexOf('的'); i >= 2; i = t.indexOf('的', i + 1)) {
            if (candidate(t, i)) {
                at(p, i, segmented.around(i, i + 1), out);
            }
        }
    }

    private static boolean candidate(String t, int de) {
        for (int n = 2; n <= 4 && n <= de; n++) {
            String w = t.substring(de - n, de);
            if (n == 4 && w.charAt(0) == w.charAt(1) && w.charAt(2) == w.charAt(3)
                    || Words.tags(w).stream().anyMatch(ADVERBS::contains)) {
                return true;
            }
        }
        return false;
    }

    private static void at(Passage p, int de, List<Word> words, Consumer<Hit> out) {
        for (int i = 1; i + 2 < words.size(); i++) {
            if (words.get(i).start() != de || !words.get(i).text().equals("的")) {
                continue;
            }
            Word before = words.get(i - 1);
            Word verb = words.get(i + 1);
            Word object = words.get(i + 2);
            if (adverbial(before) && VERBS.contains(verb.tag()) && verb.text().length() >= 2 && OBJECTS.contains(object.tag())) {
                out.accept(new Hit(Kind.WORD, "de-di", p, before.start(), verb.end(), before.text() + "地" + verb.text()));
            }
        }
    }

    private static boolean adverbial(Word w) {
        String t = w.text();
        boolean reduplicated = t.length() == 4 && t.charAt(0) == t.charAt(1) && t.charAt(2) == t.charAt(3);
        return reduplicated || t.length() >= 2 && ADVERBS.contains(w.tag());
    }
}
