package org.issuepress.compose.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Chooses where display text (titles, heads, contents entries, pull quotes, captions) ends
 * its lines, as an art director would: as few lines as the measure allows; at a phrase
 * (punctuation, a space) rather than between words, never inside a word or a quoted term
 * while any other way fits; never one or two characters alone on a line; and lines of even
 * length (a two-line head is balanced, not a full line over a short one).
 *
 * <p>Display text is short (a few dozen units), so every way of breaking it is weighed: a
 * shortest-path search over the break candidates, the cost of a line being its squared
 * slack plus the price of the junction it ends at. When no way meets the rules the rules
 * are given up one at a time — quoted terms first, then words, then the shortest line.
 */
final class DisplayBreaker {
    /** Fewest characters a line of display text may hold (the "one or two alone"). */
    static final int MIN_CHARS = 3;
    /** Price of a break by junction kind, against a line's slack squared (0–1 of the measure). */
    private static final double[] PRICE = {0, 0.25, 1, 2};
    /** Any extra line costs more than all slack and prices together. */
    private static final double PER_LINE = 1000;
    private static final double EPS = 0.01;

    private DisplayBreaker() {
    }

    /** @return the indices of the penalties the lines end at, or null when no way meets even the loosest rules */
    static List<Integer> breaks(List<Item> items, double measure) {
        int[][] tiers = {{Junctions.WORD, MIN_CHARS}, {Junctions.QUOTED, MIN_CHARS}, {Junctions.IN_WORD, MIN_CHARS},
            {Junctions.IN_WORD, 1}};
        for (int[] t : tiers) {
            List<Integer> b = breaks(items, measure, t[0], t[1]);
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    private static List<Integer> breaks(List<Item> items, double measure, int worstKind, int minChars) {
        int n = items.size();
        double[] sumW = new double[n + 1];
        int[] chars = new int[n + 1];
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            double w = 0;
            if (it instanceof Item.Box b) {
                w = b.width();
            } else if (it instanceof Item.Glue g && g.stretch() < Item.INFINITY) {
                w = g.width();
            }
            sumW[i + 1] = sumW[i] + w;
            chars[i + 1] = chars[i] + (it instanceof Item.Box b && b.unit() != null && b.unit().counts() ? 1 : 0);
        }
        List<Integer> ends = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (items.get(i) instanceof Item.Penalty p && (p.forced() || p.cost() <= worstKind)) {
                ends.add(i);
            }
        }
        int m = ends.size();
        double[] best = new double[m];
        int[] from = new int[m];
        for (int j = 0; j < m; j++) {
            best[j] = Double.MAX_VALUE;
            int e = ends.get(j);
            Item.Penalty pen = (Item.Penalty) items.get(e);
            boolean last = j == m - 1;
            for (int i = -1; i < j; i++) {
                double before = i < 0 ? 0 : best[i];
                if (before == Double.MAX_VALUE) {
                    continue;
                }
                int s = i < 0 ? 0 : lineStart(items, ends.get(i));
                double w = sumW[e] - sumW[s] + (last ? 0 : pen.width());
                int c = chars[e] - chars[s];
                boolean whole = i < 0 && last;
                if (w > measure + EPS || (c < minChars && !whole)) {
                    continue;
                }
                if (!last && pen.forced()) {
                    continue;
                }
                double slack = (measure - w) / measure;
                double cost = before + PER_LINE + slack * slack + (last ? 0 : PRICE[(int) pen.cost()]);
                if (cost < best[j]) {
                    best[j] = cost;
                    from[j] = i;
                }
            }
        }
        if (m == 0 || best[m - 1] == Double.MAX_VALUE) {
            return null;
        }
        List<Integer> result = new ArrayList<>();
        for (int j = m - 1; j >= 0; j = from[j]) {
            result.add(ends.get(j));
        }
        Collections.reverse(result);
        return result;
    }

    /** The first box after a break at {@code b} (glue and penalties after a break vanish). */
    private static int lineStart(List<Item> items, int b) {
        int s = b + 1;
        while (s < items.size() && !(items.get(s) instanceof Item.Box)) {
            s++;
        }
        return s;
    }
}
