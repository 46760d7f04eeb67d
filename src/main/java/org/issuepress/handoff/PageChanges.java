package org.issuepress.handoff;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What changed between two handoffs, page by page of the print file: a page is the same when
 * it looks the same at the same place; moved when what it shows is what another page showed
 * before (its folio, running head or side of the spread changed, nothing else); changed
 * otherwise — its plate is made again. Pages the new file no longer has are removed.
 *
 * @param changed the new file's pages whose content changed (or that are new)
 * @param moved   pages that show what the old file showed on another page
 * @param removed the old file's pages beyond the new file's last page
 */
public record PageChanges(List<PagePrint> changed, List<Moved> moved, List<PagePrint> removed) {

    /** A page whose content the old file showed on page {@code from}. */
    public record Moved(PagePrint from, PagePrint to) {
    }

    public static PageChanges between(List<PagePrint> before, List<PagePrint> now) {
        List<PagePrint> changed = new ArrayList<>();
        List<Moved> moved = new ArrayList<>();
        for (PagePrint p : now) {
            PagePrint old = p.page() <= before.size() ? before.get(p.page() - 1) : null;
            if (old != null && old.look().equals(p.look())) {
                continue;
            }
            PagePrint source = old != null && old.content().equals(p.content()) ? null : shown(before, p);
            if (source != null) {
                moved.add(new Moved(source, p));
            } else {
                changed.add(p);
            }
        }
        List<PagePrint> removed = before.size() > now.size() ? List.copyOf(before.subList(now.size(), before.size())) : List.of();
        return new PageChanges(List.copyOf(changed), List.copyOf(moved), removed);
    }

    /** The old page that showed what {@code p} shows, nearest to it first; null when none did. */
    private static PagePrint shown(List<PagePrint> before, PagePrint p) {
        PagePrint best = null;
        for (PagePrint b : before) {
            if (b.content().equals(p.content()) && b.page() != p.page()
                    && (best == null || Math.abs(b.page() - p.page()) < Math.abs(best.page() - p.page()))) {
                best = b;
            }
        }
        return best;
    }

    public boolean none() {
        return changed.isEmpty() && moved.isEmpty() && removed.isEmpty();
    }

    /** The pages whose plates are made again: changed and moved (a moved page prints differently too). */
    public List<PagePrint> replated() {
        List<PagePrint> all = new ArrayList<>(changed);
        moved.forEach(m -> all.add(m.to()));
        all.sort(java.util.Comparator.comparingInt(PagePrint::page));
        return all;
    }

    /** The signatures (台) those pages are on, in order. */
    public List<Integer> signatures() {
        TreeSet<Integer> s = new TreeSet<>();
        replated().forEach(p -> s.add(p.signature()));
        return List.copyOf(s);
    }
}
