package org.issuepress.compose.flow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The paragraphs placed on the page being flowed, so that one above a column's foot can be
 * set a line longer or shorter and the column closed without a hole (issue #20): a magazine
 * runs the previous paragraph a line longer, or takes a line back, rather than leave white
 * above a head. Only a paragraph's last fragment on this page is set again, so no finished
 * column or page moves.
 */
final class PageText {
    /** The block a text placement shows, and the block's first slot in it. */
    private record Fragment(int block, int from) {
    }

    private final Map<Placement, Fragment> fragments = new IdentityHashMap<>();

    void add(Placement p, int block, int from) {
        fragments.put(p, new Fragment(block, from));
    }

    void clear() {
        fragments.clear();
    }

    /** A block whose last fragment is in the column being closed: its lines after {@code keep} may be set again. */
    record Candidate(int block, int keep, Placement last) {
        /** Whether its last fragment stays long enough with {@code delta} lines more: two when it continues one above. */
        boolean allows(int delta, int minFragment) {
            return last.height() + delta >= (keep == 0 ? 1 : minFragment);
        }
    }

    /**
     * Blocks before {@code before} whose last fragment is in column {@code col} of this page,
     * the one nearest the column's foot first. The lines of a fragment above (an earlier column,
     * an earlier page) stay as they are.
     */
    List<Candidate> candidates(int col, int before) {
        Map<Integer, Map.Entry<Placement, Fragment>> last = new TreeMap<>();
        for (Map.Entry<Placement, Fragment> e : fragments.entrySet()) {
            if (e.getValue().block() < before) {
                last.merge(e.getValue().block(), e, (a, b) -> later(a.getKey(), b.getKey()) ? a : b);
            }
        }
        List<Candidate> out = new ArrayList<>();
        last.forEach((block, e) -> {
            if (e.getKey().column() == col) {
                out.add(new Candidate(block, e.getValue().from(), e.getKey()));
            }
        });
        out.sort(Comparator.comparingInt((Candidate c) -> c.last().slot()).reversed());
        return out;
    }

    private static boolean later(Placement a, Placement b) {
        return a.column() != b.column() ? a.column() > b.column() : a.slot() > b.slot();
    }

    /**
     * Puts {@code other} (the candidate's block set anew, {@code delta} lines longer after its
     * first {@code keep} slots) in place of its last fragment; what follows in the column
     * (above {@code foot}, where floats at the foot begin) moves by {@code delta}.
     */
    void replace(List<Placement> placements, Candidate c, TextBlock other, int delta, int foot) {
        Placement old = c.last();
        Placement now = new Placement(old.column(), old.slot(), other.slots().subList(c.keep(), c.keep() + old.height() + delta), null);
        placements.set(placements.indexOf(old), now);
        fragments.remove(old);
        fragments.put(now, new Fragment(c.block(), c.keep()));
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if (p.column() == old.column() && p.slot() > old.slot() && p.slot() < foot) {
                Placement moved = new Placement(p.column(), p.slot() + delta, p.slots(), p.floated());
                Fragment f = fragments.remove(p);
                if (f != null) {
                    fragments.put(moved, f);
                }
                placements.set(i, moved);
            }
        }
    }
}
