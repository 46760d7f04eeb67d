package org.issuepress.compose;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the issue to whole sheets (rule P4): inside pages are printed in multiples of
 * {@code padTo}. Before blank pages pad the issue, parts are asked for a page more (an end
 * bent to fill one more page: taller photos, looser heads) or a page less (a tail pulled
 * back), whichever leaves fewer blank pages; only plans without a run-out end are taken.
 */
final class SheetFit {
    private final PartPlanner planner;
    private final int padTo;

    SheetFit(PartPlanner planner, int padTo) {
        this.planner = planner;
        this.padTo = padTo;
    }

    /**
     * @param before      inside pages before the first part (foreword, masthead, contents)
     * @param opensSection for each part, whether a section opener page comes before it
     */
    List<PartPlanner.Plan> fit(int before, List<Boolean> opensSection, List<List<PartPlanner.Setting>> parts,
                               List<PartPlanner.Plan> plans) {
        int total = before;
        for (int i = 0; i < plans.size(); i++) {
            total += plans.get(i).pages().size() + (opensSection.get(i) ? 1 : 0);
        }
        int rest = total % padTo;
        if (padTo <= 1 || rest == 0) {
            return plans;
        }
        List<PartPlanner.Plan> fewer = rest <= padTo - rest ? changed(parts, plans, -1, rest) : null;
        if (fewer != null) {
            return fewer;
        }
        List<PartPlanner.Plan> more = changed(parts, plans, +1, padTo - rest);
        return more != null ? more : plans;
    }

    /**
     * The plans with {@code count} parts changed by {@code delta} pages each, the last parts
     * first (their changes move the fewest folios); with {@code delta} +1 as many as can be.
     */
    private List<PartPlanner.Plan> changed(List<List<PartPlanner.Setting>> parts, List<PartPlanner.Plan> plans,
                                           int delta, int count) {
        List<PartPlanner.Plan> out = new ArrayList<>(plans);
        int done = 0;
        for (int i = plans.size() - 1; i >= 0 && done < count; i--) {
            int target = plans.get(i).pages().size() + delta;
            PartPlanner.Plan alt = planner.plan(parts.get(i), target);
            if (alt.pages().size() == target && planner.wellUsed(alt)) {
                out.set(i, alt);
                done++;
            }
        }
        return done == count || delta > 0 && done > 0 ? out : null;
    }
}
