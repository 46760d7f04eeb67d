package org.issuepress.compose;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * Fits the issue to whole sheets (rule P4) with every section opener on its side (design key
 * {@code fit.opener_side}): inside pages are printed in multiples of {@code padTo}, and an
 * opener that would fall on the wrong side needs a blank page before it. Before blank pages
 * are spent, parts are asked for a page more (an end bent to fill one more page: taller
 * photos, looser heads) or a page less (a tail pulled back); of all the ways, the one with
 * the fewest blank pages is taken, then the fewest parts changed, later parts first (their
 * changes move the fewest folios). Only plans without a run-out end are taken.
 */
final class SheetFit {
    /** A blank page costs more than changing every part. */
    private static final double BLANK = 1000;
    private static final int[] DELTAS = {0, -1, 1};

    private final PartPlanner planner;
    private final int padTo;
    private final IntPredicate openerFits;

    /** @param openerFits whether an opener may stand on a folio */
    SheetFit(PartPlanner planner, int padTo, IntPredicate openerFits) {
        this.planner = planner;
        this.padTo = Math.max(1, padTo);
        this.openerFits = openerFits;
    }

    /**
     * @param before       inside pages before the first part (foreword, masthead, contents)
     * @param opensSection for each part, whether a section opener page comes before it
     */
    List<PartPlanner.Plan> fit(int before, List<Boolean> opensSection, List<List<PartPlanner.Setting>> parts,
                               List<PartPlanner.Plan> plans) {
        if (blanks(before, opensSection, plans) == 0) {
            return plans;
        }
        // each part's plans a page shorter and longer, if it has them (fitted in parallel)
        List<Map<Integer, PartPlanner.Plan>> options = IntStream.range(0, plans.size()).parallel()
                .mapToObj(i -> options(parts.get(i), plans.get(i))).toList();
        List<PartPlanner.Plan> best = choose(before, opensSection, options);
        return best == null ? plans : best;
    }

    private Map<Integer, PartPlanner.Plan> options(List<PartPlanner.Setting> part, PartPlanner.Plan plan) {
        Map<Integer, PartPlanner.Plan> byDelta = new HashMap<>();
        byDelta.put(0, plan);
        for (int d : new int[] {-1, 1}) {
            int target = plan.pages().size() + d;
            if (target < 1) {
                continue;
            }
            PartPlanner.Plan alt = planner.plan(part, target);
            if (alt.pages().size() == target && planner.wellUsed(alt)) {
                byDelta.put(d, alt);
            }
        }
        return byDelta;
    }

    /** The blank pages a sequence of plans needs: before misplaced openers and to fill the last sheet. */
    int blanks(int before, List<Boolean> opensSection, List<PartPlanner.Plan> plans) {
        int pages = before;
        int blanks = 0;
        for (int i = 0; i < plans.size(); i++) {
            if (opensSection.get(i)) {
                if (!openerFits.test(pages + 1)) {
                    blanks++;
                    pages++;
                }
                pages++;
            }
            pages += plans.get(i).pages().size();
        }
        return blanks + (padTo - pages % padTo) % padTo;
    }

    /** One step of the search: after some parts, how many pages so far, at what cost, from which step. */
    private record Step(int pages, double cost, Step prev, int delta) {
    }

    /**
     * The cheapest choice of a page more, less or as planned per part. Steps are kept per page
     * count modulo a sheet (and side), the only thing later choices depend on.
     */
    private List<PartPlanner.Plan> choose(int before, List<Boolean> opensSection, List<Map<Integer, PartPlanner.Plan>> options) {
        int modulus = padTo % 2 == 0 ? padTo : 2 * padTo;
        Map<Integer, Step> steps = Map.of(before % modulus, new Step(before, 0, null, 0));
        int n = options.size();
        for (int i = 0; i < n; i++) {
            Map<Integer, Step> next = new java.util.TreeMap<>();
            for (Step s : steps.values()) {
                int pages = s.pages();
                double cost = s.cost();
                if (opensSection.get(i)) {
                    if (!openerFits.test(pages + 1)) {
                        pages++;
                        cost += BLANK;
                    }
                    pages++;
                }
                for (int d : DELTAS) {
                    PartPlanner.Plan p = options.get(i).get(d);
                    if (p == null) {
                        continue;
                    }
                    // later parts are cheaper to change: they move fewer folios
                    double c = cost + (d == 0 ? 0 : 1 + (n - i) * 1e-3);
                    Step t = new Step(pages + p.pages().size(), c, s, d);
                    Step old = next.get(t.pages() % modulus);
                    if (old == null || t.cost() < old.cost()) {
                        next.put(t.pages() % modulus, t);
                    }
                }
            }
            steps = next;
        }
        Step best = null;
        double bestCost = Double.MAX_VALUE;
        for (Step s : steps.values()) {
            double c = s.cost() + BLANK * ((padTo - s.pages() % padTo) % padTo);
            if (c < bestCost) {
                bestCost = c;
                best = s;
            }
        }
        if (best == null) {
            return null;
        }
        List<PartPlanner.Plan> chosen = new ArrayList<>();
        int i = n - 1;
        for (Step s = best; s.prev() != null; s = s.prev(), i--) {
            chosen.add(0, options.get(i).get(s.delta()));
        }
        return chosen;
    }
}
