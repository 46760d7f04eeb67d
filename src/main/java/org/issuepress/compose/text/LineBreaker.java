package org.issuepress.compose.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Chooses where lines end by the Knuth–Plass total-fit method: of all legal ways to break
 * the paragraph it takes the one whose lines need the least stretching and squeezing
 * overall, so one tight line does not force a loose one after it. When nothing fits (a unit
 * wider than the column) it breaks anyway and the line is marked overfull.
 */
final class LineBreaker {
    /**
     * How loose a line may be in the first pass (ratio of stretch used). Chinese can break
     * almost anywhere, so a tight tolerance still finds a solution and keeps the candidate
     * list short; the wide second pass is for paragraphs with long unbreakable words.
     */
    private static final double TIGHT = 3;
    private static final double WIDE = 40;
    private static final double LINE_PENALTY = 10;
    private static final double FITNESS_DEMERITS = 100;

    private LineBreaker() {
    }

    private static final class Node {
        final int pos;
        final int fitness;
        final double width;
        final double stretch;
        final double shrink;
        final double demerits;
        final Node prev;

        Node(int pos, int fitness, double width, double stretch, double shrink, double demerits, Node prev) {
            this.pos = pos;
            this.fitness = fitness;
            this.width = width;
            this.stretch = stretch;
            this.shrink = shrink;
            this.demerits = demerits;
            this.prev = prev;
        }
    }

    /** @return the indices of the penalties the lines end at, the last being the paragraph's end */
    static List<Integer> breaks(List<Item> items, double lineWidth) {
        List<Integer> tight = breaks(items, lineWidth, TIGHT, false);
        return tight != null ? tight : breaks(items, lineWidth, WIDE, true);
    }

    /** @return the breaks, or null when nothing fit and {@code force} is off */
    private static List<Integer> breaks(List<Item> items, double lineWidth, double tolerance, boolean force) {
        int n = items.size();
        double[] sumW = new double[n + 1];
        double[] sumY = new double[n + 1];
        double[] sumZ = new double[n + 1];
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            double w = 0, y = 0, z = 0;
            if (it instanceof Item.Box b) {
                w = b.width();
            } else if (it instanceof Item.Glue g) {
                w = g.width();
                y = g.stretch();
                z = g.shrink();
            }
            sumW[i + 1] = sumW[i] + w;
            sumY[i + 1] = sumY[i] + y;
            sumZ[i + 1] = sumZ[i] + z;
        }
        List<Node> active = new ArrayList<>();
        active.add(new Node(0, 1, 0, 0, 0, 0, null));
        Node lastDeactivated = null;
        for (int i = 0; i < n; i++) {
            if (!(items.get(i) instanceof Item.Penalty pen) || pen.forbidden()) {
                continue;
            }
            Node[] best = new Node[4];
            double[] bestD = {Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE, Double.MAX_VALUE};
            for (int a = 0; a < active.size(); a++) {
                Node node = active.get(a);
                double width = sumW[i] - node.width + pen.width();
                double r = ratio(width, lineWidth, sumY[i] - node.stretch, sumZ[i] - node.shrink);
                if (r < -1 || pen.forced()) {
                    active.remove(a--);
                    lastDeactivated = node;
                }
                if (r >= -1 && r <= tolerance) {
                    int fitness = fitness(r);
                    double ar = Math.abs(r);
                    double badness = 100 * ar * ar * ar;
                    double d = (LINE_PENALTY + badness) * (LINE_PENALTY + badness);
                    if (pen.cost() >= 0) {
                        d += pen.cost() * pen.cost();
                    } else if (!pen.forced()) {
                        d -= pen.cost() * pen.cost();
                    }
                    if (Math.abs(fitness - node.fitness) > 1) {
                        d += FITNESS_DEMERITS;
                    }
                    d += node.demerits;
                    if (d < bestD[fitness]) {
                        bestD[fitness] = d;
                        best[fitness] = node;
                    }
                }
            }
            boolean added = false;
            for (int f = 0; f < 4; f++) {
                if (best[f] != null) {
                    active.add(after(items, i, f, bestD[f], best[f], sumW, sumY, sumZ));
                    added = true;
                }
            }
            if (active.isEmpty() && !added) {
                if (!force) {
                    return null;
                }
                // nothing fits: end an overfull line here and go on from this break
                Node from = lastDeactivated != null ? lastDeactivated : new Node(0, 1, 0, 0, 0, 0, null);
                active.add(after(items, i, 1, from.demerits + 1e9, from, sumW, sumY, sumZ));
            }
        }
        Node end = null;
        for (Node node : active) {
            if (node.pos == n - 1 && (end == null || node.demerits < end.demerits)) {
                end = node;
            }
        }
        if (end == null) {
            if (!force) {
                return null;
            }
            throw new IllegalStateException("no line break solution");
        }
        List<Integer> result = new ArrayList<>();
        for (Node node = end; node.prev != null; node = node.prev) {
            result.add(node.pos);
        }
        Collections.reverse(result);
        return result;
    }

    /** The active node for a break at i: totals measured from the next line's first box. */
    private static Node after(List<Item> items, int i, int fitness, double demerits, Node prev,
                              double[] sumW, double[] sumY, double[] sumZ) {
        int j = i + 1;
        while (j < items.size() && !(items.get(j) instanceof Item.Box)) {
            if (items.get(j) instanceof Item.Penalty p && p.forced()) {
                break;
            }
            j++;
        }
        return new Node(i, fitness, sumW[j], sumY[j], sumZ[j], demerits, prev);
    }

    static double ratio(double width, double target, double stretch, double shrink) {
        if (width < target) {
            return stretch > 0 ? (target - width) / stretch : Item.INFINITY;
        }
        if (width > target) {
            return shrink > 0 ? (target - width) / shrink : -Item.INFINITY;
        }
        return 0;
    }

    private static int fitness(double r) {
        if (r < -0.5) {
            return 0;
        }
        if (r <= 0.5) {
            return 1;
        }
        return r <= 1 ? 2 : 3;
    }
}
