package org.issuepress.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The order pages are drawn in: the spread the editor looks at, then the pages after it as
 * one reads on, then those before it (nearest first).
 */
final class ViewingOrder {
    private ViewingOrder() {
    }

    /** The next {@code count} of {@code missing} (page indexes) to draw while page {@code focus} is looked at. */
    static List<Integer> next(List<Integer> missing, List<PreviewState.PageEntry> pages, int focus, int count) {
        int f = Math.max(0, Math.min(focus, pages.size() - 1));
        int partner = partner(pages, f);
        List<Integer> ordered = new ArrayList<>(missing);
        ordered.sort(Comparator.comparingInt(i -> rank(i, f, partner, pages.size())));
        return List.copyOf(ordered.subList(0, Math.min(count, ordered.size())));
    }

    /** The page {@code focus} and the page facing it in print, if any, in page order. */
    static List<Integer> spread(List<PreviewState.PageEntry> pages, int focus) {
        if (pages.isEmpty()) {
            return List.of();
        }
        int f = Math.max(0, Math.min(focus, pages.size() - 1));
        int partner = partner(pages, f);
        return partner == f ? List.of(f) : List.of(Math.min(f, partner), Math.max(f, partner));
    }

    private static int rank(int page, int focus, int partner, int total) {
        if (page == focus || page == partner) {
            return page == Math.min(focus, partner) ? 0 : 1;
        }
        return page > focus ? 1 + page - focus : 1 + total + focus - page;
    }

    /** The page facing {@code f} in print (a left-hand page faces the next, a right-hand one the previous), or f. */
    private static int partner(List<PreviewState.PageEntry> pages, int f) {
        if (pages.isEmpty()) {
            return f;
        }
        boolean recto = pages.get(f).recto();
        int other = recto ? f - 1 : f + 1;
        return other >= 0 && other < pages.size() && pages.get(other).recto() != recto ? other : f;
    }
}
