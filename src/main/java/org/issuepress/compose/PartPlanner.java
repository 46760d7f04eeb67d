package org.issuepress.compose;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.issuepress.compose.ArticleFlow.Fit;
import org.issuepress.compose.flow.FlowPage;
import org.issuepress.compose.flow.Placement;
import org.issuepress.design.FitRules;
import org.issuepress.design.Layout;
import org.issuepress.model.Article;

/**
 * Lays out the articles of one part on pages and fits the copy to them (rules P1, P2). An
 * article whose kind runs on starts under the previous article of its part when enough of
 * that page is left. The article that ends a run — the last of its part, or one followed by
 * an article that starts a page — is bent to use its last page well, only by whole grid
 * lines and only with what it has: its header a little deeper or tighter, a line more or less
 * above its sub-heads, its photos and charts taller. An article with planned pages is bent
 * to end on its last planned page, when that is possible.
 */
final class PartPlanner {
    /** Articles before a sparse end whose bending is also tried, nearest first. */
    private static final int LOOK_BACK = 8;

    private final int lines;
    private final FitRules rules;

    PartPlanner(Grid grid, FitRules rules) {
        this.lines = grid.lines();
        this.rules = rules;
    }

    /** An article ready to place: its composed blocks and its header's depth, as designed and as tight as its title allows. */
    record Setting(Article article, Layout layout, ArticleFlow.Prepared prepared, int header, int tightHeader) {
        boolean newPage(boolean firstOfPart) {
            return firstOfPart || !layout.runsOn() || article.plan().start() != null;
        }
    }

    /** One article's share of a page; {@code headerTop} is the grid line its header starts on, or -1 on its later pages. */
    record Piece(Article article, Layout layout, FlowPage flow, int headerTop, int headerLines) {
        boolean opens() {
            return headerTop >= 0;
        }
    }

    /** How an article is bent: header depth relative to its base (designed, or tight when run on), the fit. */
    private record Bend(int headerExtra, boolean tight, Fit fit) {
        static final Bend PLAIN = new Bend(0, false, Fit.PLAIN);
    }

    /** An article placed: the grid line its header starts on (0: a new page), its header's depth, its pages. */
    record Placed(Setting setting, int top, int header, List<FlowPage> pages) {
        int lastUsed() {
            return used(pages.get(pages.size() - 1));
        }

        /** Pages the article touches, the one it runs on under another included. */
        int pageCount() {
            return pages.size();
        }
    }

    /** The part's pages, and each article as placed. */
    record Plan(List<List<Piece>> pages, List<Placed> placed) {
        int lastUsed() {
            return placed.isEmpty() ? 0 : placed.get(placed.size() - 1).lastUsed();
        }
    }

    Plan plan(List<Setting> articles) {
        return plan(articles, null);
    }

    /**
     * @param target pages the part should take (whole sheets ask for one more or less), or null;
     *               met by bending its last article, else the plan returned has another count
     */
    Plan plan(List<Setting> articles, Integer target) {
        Bend[] bends = new Bend[articles.size()];
        Plan best = run(articles, bends, target);
        if (target != null) {
            return best;
        }
        int n = articles.size();
        if (n < 2 || !sparse(best.lastUsed())) {
            return best;
        }
        // the end is still a run-out page: bend the articles before it, which moves where the last one starts
        for (int j = n - 2; j >= Math.max(0, n - 1 - LOOK_BACK); j--) {
            for (Bend b : bends(articles.get(j), j == 0 || articles.get(j).newPage(false))) {
                Bend[] trial = bends.clone();
                trial[j] = b;
                Plan p = run(articles, trial, null);
                if (score(p).compareTo(score(best)) < 0) {
                    best = p;
                    bends = trial;
                }
            }
            if (!sparse(best.lastUsed())) {
                break;
            }
        }
        return best;
    }

    private Plan run(List<Setting> articles, Bend[] bends, Integer target) {
        List<List<Piece>> pages = new ArrayList<>();
        List<Placed> placed = new ArrayList<>();
        int used = 0;
        for (int i = 0; i < articles.size(); i++) {
            Setting s = articles.get(i);
            int top = 0;
            if (!s.newPage(i == 0) && !pages.isEmpty() && roomToRunOn(used, s)) {
                top = used + rules.runOnSpace();
            }
            boolean last = i + 1 == articles.size();
            boolean endsRun = last || articles.get(i + 1).newPage(false);
            Integer planned = planned(s, last ? target : null, pages.size(), top);
            Placed p = bends[i] != null ? place(s, top, bends[i])
                    : endsRun || planned != null ? fitted(s, top, planned) : place(s, top, Bend.PLAIN);
            if (p == null && top > 0) {
                top = 0;
                p = bends[i] != null ? place(s, 0, bends[i]) : fitted(s, 0, planned(s, last ? target : null, pages.size(), 0));
            }
            if (p == null) {
                p = place(s, 0, Bend.PLAIN);
            }
            if (!endsRun && bends[i] == null && planned == null && !roomToRunOn(p.lastUsed(), articles.get(i + 1))) {
                // the next article will start a page after all: this one ends a run and is fitted as such
                Placed f = fitted(s, p.top(), null);
                p = f != null ? f : p;
            }
            placed.add(p);
            for (int k = 0; k < p.pages().size(); k++) {
                Piece piece = new Piece(s.article(), s.layout(), p.pages().get(k), k == 0 ? p.top() : -1, p.header());
                if (k == 0 && p.top() > 0) {
                    pages.get(pages.size() - 1).add(piece);
                } else {
                    pages.add(new ArrayList<>(List.of(piece)));
                }
            }
            used = p.lastUsed();
        }
        return new Plan(pages, placed);
    }

    /** Whether an article can run on under a page used down to grid line {@code used}. */
    private boolean roomToRunOn(int used, Setting next) {
        return used + rules.runOnSpace() + next.tightHeader() + rules.runOnText() <= lines;
    }

    /** Pages the article should take: the editor's plan, or what is left of the part's target. */
    private static Integer planned(Setting s, Integer target, int pagesBefore, int top) {
        if (target != null) {
            return target - pagesBefore + (top > 0 ? 1 : 0);
        }
        return s.article().plan().pages();
    }

    /** The article bent to fill its last page (or its planned pages) best. */
    private Placed fitted(Setting s, int top, Integer planned) {
        Placed best = null;
        for (Bend b : bends(s, top == 0)) {
            Placed p = place(s, top, b);
            if (p != null && (best == null || better(p, best, planned))) {
                best = p;
            }
        }
        return best;
    }

    private boolean better(Placed a, Placed b, Integer planned) {
        if (planned != null) {
            int da = Math.abs(a.pageCount() - planned);
            int db = Math.abs(b.pageCount() - planned);
            if (da != db) {
                return da < db;
            }
        }
        return score(a).compareTo(score(b)) < 0;
    }

    /** What fitting minimises: a run-out last page, then pages, then white on the last page. */
    private record Score(int sparse, int pages, int white) implements Comparable<Score> {
        public int compareTo(Score o) {
            return Comparator.comparingInt(Score::sparse).thenComparingInt(Score::pages).thenComparingInt(Score::white)
                    .compare(this, o);
        }
    }

    private Score score(Placed p) {
        return new Score(sparse(p.lastUsed()) ? 1 : 0, p.pageCount(), lines - p.lastUsed());
    }

    private Score score(Plan p) {
        return new Score(sparse(p.lastUsed()) ? 1 : 0, p.pages().size(), lines - p.lastUsed());
    }

    /** No page of the plan is a run-out page. */
    boolean wellUsed(Plan p) {
        return !sparse(p.lastUsed());
    }

    private boolean sparse(int used) {
        return used < rules.sparse() * lines;
    }

    /** The bends fitting may try, the plain one first (it wins a tie). */
    private List<Bend> bends(Setting s, boolean newPage) {
        Set<Bend> out = new LinkedHashSet<>();
        List<Integer> heads = new ArrayList<>(List.of(0));
        if (s.prepared().hasHeads()) {
            for (int d = 1; d <= rules.headSpace(); d++) {
                heads.add(-d);
                heads.add(d);
            }
        }
        List<Double> scales = new ArrayList<>(List.of(1.0));
        if (s.prepared().hasFloats() && rules.floatGrow() > 1) {
            scales.add((1 + rules.floatGrow()) / 2);
            scales.add(rules.floatGrow());
        }
        for (int h : heads) {
            for (double sc : scales) {
                Fit fit = new Fit(h, sc);
                for (int extra = 0; extra <= rules.headerGrow(); extra++) {
                    out.add(new Bend(extra, false, fit));
                }
                if (newPage && s.tightHeader() < s.header()) {
                    out.add(new Bend(0, true, fit));
                }
            }
        }
        return List.copyOf(out);
    }

    /** The article flowed from grid line {@code top} with a bend; null when not even its first lines fit there. */
    private Placed place(Setting s, int top, Bend b) {
        int header = top > 0 || b.tight() ? s.tightHeader() : s.header();
        header += b.headerExtra();
        if (top + header >= lines) {
            return null;
        }
        List<FlowPage> pages = s.prepared().flow(top + header, b.fit());
        if (top > 0 && pages.get(0).placements().stream().noneMatch(pl -> !pl.isFloat())) {
            return null;
        }
        return new Placed(s, top, header, pages);
    }

    /** Grid lines a page uses from the top of the text block to its lowest text or float. */
    static int used(FlowPage page) {
        int used = 0;
        for (Placement p : page.placements()) {
            used = Math.max(used, p.slot() + p.height());
        }
        return used;
    }
}
