package org.issuepress.proof;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What proofreading found that the editors have not accepted, weighted as 《期刊编校差错率计算方法》
 * counts errors: a wrong character 1, 2 to 5 wrong characters 2, more 4; 数字用法 0.1 each, at most 1
 * in the issue; one error repeated at most 3 times; on the front cover twice. Punctuation is counted
 * 0.1 a mark here: the method's own weight for it is to be checked against a published copy (it is
 * not in docs/proofreading.md). 出版形式 findings are counted apart (at most 5 allowed).
 */
public record ProofReport(List<Hit> hits, int textChars) {
    private static final double NUMBER_CAP = 1.0;
    private static final int REPEATS = 3;

    public ProofReport {
        hits = List.copyOf(hits);
    }

    public static final ProofReport NONE = new ProofReport(List.of(), 0);

    /** Findings per kind, in kind order. */
    public Map<Kind, Integer> counts() {
        Map<Kind, Integer> m = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            m.put(k, 0);
        }
        hits.forEach(h -> m.merge(h.kind(), 1, Integer::sum));
        return m;
    }

    /** The 编校 errors as the method weighs them (出版形式 not among them). */
    public double weightedErrors() {
        Map<String, Integer> seen = new HashMap<>();
        double words = 0;
        double numbers = 0;
        double punct = 0;
        for (Hit h : hits) {
            if (h.kind() == Kind.FORM || seen.merge(h.rule() + "\u0000" + h.found(), 1, Integer::sum) > REPEATS) {
                continue;
            }
            double times = h.passage().place().doubled() ? 2 : 1;
            switch (h.kind()) {
                case WORD -> words += times * characterWeight(h);
                case NUMBER -> numbers += times * 0.1;
                default -> punct += times * 0.1;
            }
        }
        return words + Math.min(numbers, NUMBER_CAP) + punct;
    }

    public int formErrors() {
        return counts().get(Kind.FORM);
    }

    /** 1 for one wrong character, 2 for two to five, 4 for more (what is written against what should be). */
    private static double characterWeight(Hit h) {
        String found = h.found();
        String right = h.suggested() == null ? found : h.suggested();
        int differ = Math.abs(found.length() - right.length());
        for (int i = 0; i < Math.min(found.length(), right.length()); i++) {
            differ += found.charAt(i) == right.charAt(i) ? 0 : 1;
        }
        return differ <= 1 ? 1 : differ <= 5 ? 2 : 4;
    }
}
