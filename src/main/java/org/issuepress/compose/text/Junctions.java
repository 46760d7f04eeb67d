package org.issuepress.compose.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.issuepress.words.Word;
import org.issuepress.words.Words;

/**
 * How good a place to break display text each junction between units is: after punctuation
 * or at a space (a phrase ends: best), between two words, between words inside a quoted
 * term (《…》 “…”: the term reads as one name), or inside a word (worst). Words come from
 * the dictionary segmenter ({@link Words}); a reader pauses at a phrase, not inside 干群.
 */
final class Junctions {
    /** Junction kinds, in the order they are given up: the value is the kind's rank. */
    static final int PHRASE = 0;
    static final int WORD = 1;
    static final int QUOTED = 2;
    static final int IN_WORD = 3;

    private static final String OPENS = "《“「『‘〈";
    private static final String CLOSES = "》”」』’〉";

    private static final Map<String, boolean[]> WORD_STARTS = new ConcurrentHashMap<>();

    private final int[] kindBefore;

    private Junctions(int[] kindBefore) {
        this.kindBefore = kindBefore;
    }

    /** The kind of the junction before unit {@code i} (a space before it makes it a phrase break). */
    int before(int i, boolean space) {
        return space ? PHRASE : kindBefore[i];
    }

    static Junctions of(List<Unit> units) {
        StringBuilder text = new StringBuilder();
        int[] offset = new int[units.size()];
        for (int i = 0; i < units.size(); i++) {
            offset[i] = text.length();
            text.append(units.get(i).text);
        }
        String s = text.toString();
        boolean[] wordStart = WORD_STARTS.computeIfAbsent(s, Junctions::wordStarts);
        boolean[] quoted = quotedInside(s);
        int[] kinds = new int[units.size()];
        for (int i = 1; i < units.size(); i++) {
            Unit a = units.get(i - 1);
            Unit b = units.get(i);
            int at = offset[i];
            if (quoted[at]) {
                kinds[i] = wordStart[at] ? QUOTED : IN_WORD;
            } else if (endsPhrase(a) || b.cls == CharClass.OPEN || b.cls == CharClass.DASH || a.isSpace()) {
                kinds[i] = PHRASE;
            } else {
                kinds[i] = wordStart[at] ? WORD : IN_WORD;
            }
        }
        return new Junctions(kinds);
    }

    /** Where words start in a text; fitting sets a head many times, the dictionary is asked once. */
    private static boolean[] wordStarts(String s) {
        boolean[] starts = new boolean[s.length() + 1];
        for (Word w : Words.of(s)) {
            starts[w.start()] = true;
        }
        return starts;
    }

    private static boolean endsPhrase(Unit a) {
        return a.cls == CharClass.PAUSE || a.cls == CharClass.STOP || a.cls == CharClass.CLOSE
                || a.cls == CharClass.ELLIPSIS || a.cls == CharClass.DASH || a.cls == CharClass.MIDDLE;
    }

    /** For each char offset, whether a break there would fall inside a quoted term (after its opening mark, before its close). */
    private static boolean[] quotedInside(String s) {
        boolean[] inside = new boolean[s.length() + 1];
        List<int[]> spans = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            int k = OPENS.indexOf(s.charAt(i));
            if (k < 0) {
                continue;
            }
            int close = s.indexOf(CLOSES.charAt(k), i + 1);
            if (close > 0) {
                spans.add(new int[] {i, close});
                i = close;
            }
        }
        for (int[] sp : spans) {
            for (int at = sp[0] + 2; at <= sp[1]; at++) {
                inside[at] = true;
            }
        }
        return inside;
    }
}
