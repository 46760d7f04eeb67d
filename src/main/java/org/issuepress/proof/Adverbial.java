package org.issuepress.proof;

import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * 的 where 地 is meant (GB/T 15834 does not rule this; 《现代汉语词典》 does: 地 marks an adverbial):
 * reported only where the dictionary's tags leave no other reading — a word whose most frequent
 * tag is adverb, adverbial adjective or 状态词 (HanLP {@code d}, {@code ad}, {@code z}), or a
 * reduplicated adjective (扎扎实实), before 的; a verb first (tagged {@code v} or {@code vi} before
 * {@code vn}) after it; and that verb's object after the verb:
 * 不断的提高收入 is 不断地提高收入; 不断的努力 (a noun phrase) is not touched.
 */
final class Adverbial {
    private static final Set<String> OBJECTS = Set.of("n", "nr", "ns", "nt", "nz", "nnt", "nis", "nnd", "vn", "r", "rr", "m", "mq", "j");

    private static final Set<String> ADVERBS = Set.of("d", "ad", "z");
    private static final Set<String> VERBS = Set.of("v", "vi");

    private Adverbial() {
    }

    /**
     * Each 的 after a word the dictionary may tag as an adverb, or after a reduplicated adjective,
     * with a verb after it and that verb's object after the verb, each the longest dictionary
     * word there and no word running across 的 (的确 is not 的 + 确).
     */
    static void check(Passage p, WordRules.Lexicon words, Consumer<Hit> out) {
        String t = p.text();
        for (int de = t.indexOf('的'); de >= 2; de = t.indexOf('的', de + 1)) {
            int before = adverbialBefore(t, de, words);
            int verb = longest(words, de + 1, VERBS);
            int object = verb < 0 ? -1 : longest(words, verb, OBJECTS);
            if (before >= 0 && verb - de - 1 >= 2 && object > verb && !words.crossed(de) && !words.crossed(de + 1)) {
                out.accept(new Hit(Kind.WORD, "de-di", p, before, verb, t.substring(before, de) + "地" + t.substring(de + 1, verb)));
            }
        }
    }

    /** Where the adverbial before 的 begins (an adverb, an adverbial adjective, 状态词 or 扎扎实实), or -1. */
    private static int adverbialBefore(String t, int de, WordRules.Lexicon words) {
        for (int n = Math.min(4, de); n >= 2; n--) {
            String w = t.substring(de - n, de);
            boolean reduplicated = n == 4 && w.charAt(0) == w.charAt(1) && w.charAt(2) == w.charAt(3);
            List<String> tags = words.tags(de - n, de);
            // the most frequent tag: 有效, 坚强, 伟大 are adjectives first (有效的促进作用 is a noun phrase)
            if (reduplicated || !tags.isEmpty() && ADVERBS.contains(tags.get(0))) {
                return words.crossed(de - n) ? -1 : de - n;
            }
        }
        return -1;
    }

    /** The end of the longest dictionary word at {@code start} whose most frequent tag is one of {@code tags}, or -1. */
    private static int longest(WordRules.Lexicon words, int start, Set<String> tags) {
        for (int end = start + 4; end >= start + 1; end--) {
            List<String> t = words.tags(start, end);
            if (!t.isEmpty()) {
                return tags.contains(t.get(0)) ? end : -1;
            }
        }
        return -1;
    }

}
