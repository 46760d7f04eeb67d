package org.issuepress.compose.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns units into boxes, glue and penalties under the Chinese line-breaking rules:
 * a break may fall between any two units unless the second may not start a line (，。）…)
 * or the first may not end one (（《“); spacing stretches between every pair of units, so the
 * slack of a justified line is spread between characters, not only at spaces; a quarter-em
 * gap separates Chinese from Latin letters and digits; a closing or pause mark at a line end
 * may give up its blank half when that makes the line fit better.
 */
final class ItemBuilder {
    /** Cost of setting a line-end mark half-width: used when it helps, not by default. */
    static final double HALF_WIDTH_END_COST = 30;

    private final Params p;
    /** Display text: each break's cost is its junction's kind (see {@link DisplayBreaker}); null for body text. */
    private final Junctions display;

    /**
     * @param indent      first-line indent in points
     * @param latinGap    gap between Chinese and Latin/digits in ems
     * @param stretch     stretchability of each gap in ems
     * @param minLastLine fewest counted characters on the last line
     */
    record Params(double indent, double latinGap, double stretch, int minLastLine) {
    }

    ItemBuilder(Params p) {
        this(p, null);
    }

    ItemBuilder(Params p, Junctions display) {
        this.p = p;
        this.display = display;
    }

    List<Item> build(List<Unit> units) {
        List<Item> items = new ArrayList<>();
        if (p.indent() > 0) {
            items.add(new Item.Box(null, p.indent()));
        }
        int[] countAfter = countsAfter(units);
        for (int i = 0; i < units.size(); i++) {
            Unit u = units.get(i);
            if (u.isSpace()) {
                continue; // handled as the junction of its neighbours
            }
            items.add(new Item.Box(u, u.width()));
            int next = i + 1;
            boolean space = false;
            while (next < units.size() && units.get(next).isSpace()) {
                space = true;
                next++;
            }
            if (next >= units.size()) {
                break;
            }
            junction(u, units.get(next), space ? units.get(i + 1) : null, countAfter[next], items,
                    display == null ? 0 : display.before(next, space));
        }
        items.add(new Item.Glue(0, Item.INFINITY, 0));
        items.add(new Item.Penalty(0, -Item.INFINITY));
        return items;
    }

    private void junction(Unit a, Unit b, Unit space, int remaining, List<Item> items, int kind) {
        boolean nbsp = space != null && space.text.equals("\u00A0");
        boolean breakable = a.cls.mayEndLine() && b.cls.mayStartLine() && !nbsp
                && !(remaining > 0 && remaining < p.minLastLine())
                && !isConnector(a) && !isConnector(b);
        double halfable = a.blankRight - a.trimRight;
        if (breakable && display != null) {
            // display text is not justified: a mark ending a line always drops its blank half,
            // so a centred line centres on its ink
            items.add(new Item.Penalty(halfable > 0 ? -halfable : 0, kind));
        } else if (breakable) {
            items.add(new Item.Penalty(0, 0));
            if (halfable > 0) {
                items.add(new Item.Penalty(-halfable, HALF_WIDTH_END_COST));
            }
        }
        if (space != null) {
            double w = space.width();
            items.add(new Item.Glue(w, w * 0.5, w * 0.3));
            return;
        }
        double em = Math.max(a.size, b.size);
        double natural = needsLatinGap(a, b) ? p.latinGap() * em : 0;
        double squeezable = (a.blankRight - a.trimRight) + (b.blankLeft - b.trimLeft);
        double shrink = squeezable * 0.5 + natural * 0.4;
        items.add(new Item.Glue(natural, p.stretch() * em, shrink));
    }

    /** A single dash joins what it stands between (2011—2020): no break on either side of it. */
    private static boolean isConnector(Unit u) {
        return u.cls == CharClass.DASH && u.text.codePointCount(0, u.text.length()) == 1;
    }

    static boolean needsLatinGap(Unit a, Unit b) {
        return (a.cls == CharClass.IDEOGRAPH && b.cls == CharClass.LATIN)
                || (a.cls == CharClass.LATIN && b.cls == CharClass.IDEOGRAPH);
    }

    /** For each unit, how many counted characters follow from it to the end. */
    private static int[] countsAfter(List<Unit> units) {
        int[] after = new int[units.size() + 1];
        for (int i = units.size() - 1; i >= 0; i--) {
            after[i] = after[i + 1] + (units.get(i).counts() ? 1 : 0);
        }
        return after;
    }
}
