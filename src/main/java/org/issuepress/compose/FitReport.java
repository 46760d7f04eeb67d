package org.issuepress.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.issuepress.compose.flow.FlowPage;
import org.issuepress.compose.flow.Placement;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Messages;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Article;
import org.issuepress.model.Section;

/** The fit of each article as placed, and what the editor hears about a page plan not met. */
final class FitReport {
    /** Used this much, a page counts as full for a plan (the threshold of a run-out page is lower). */
    private static final double SPARSE = 0.85;

    private FitReport() {
    }

    /** The fit report as `check` prints it: each article's folios, pages, last page, plan. */
    static List<String> lines(List<ArticleFit> fits) {
        List<String> out = new ArrayList<>();
        out.add(Messages.text("fit.report"));
        for (ArticleFit f : fits) {
            String folios = f.pages() == 1 ? String.valueOf(f.folio()) : f.folio() + "–" + f.lastFolio();
            String last = f.sharedEnd() ? Messages.text("fit.shared", (int) Math.round(100 * f.lastFill()))
                    : Messages.text("fit.last", (int) Math.round(100 * f.lastFill()));
            String plan = f.plannedPages() == null ? ""
                    : f.overLines() > 0 ? Messages.text("fit.over", f.plannedPages(), f.overLines())
                    : f.underPages() > 0.05 ? Messages.text("fit.under", f.plannedPages(), String.format(Locale.ROOT, "%.1f", f.underPages()))
                    : Messages.text("fit.planned", f.plannedPages());
            out.add(Messages.text("fit.article", folios, f.pages(), last, plan, f.article().pos().file()));
        }
        return out;
    }

    static List<ArticleFit> of(List<PartPlanner.Plan> plans, Map<String, Integer> folios, int lines) {
        List<ArticleFit> fits = new ArrayList<>();
        for (PartPlanner.Plan plan : plans) {
            List<PartPlanner.Placed> placed = plan.placed();
            for (int i = 0; i < placed.size(); i++) {
                PartPlanner.Placed p = placed.get(i);
                boolean shared = i + 1 < placed.size() && placed.get(i + 1).top() > 0;
                Article a = p.setting().article();
                int columns = p.setting().layout().columns();
                Integer planned = a.plan().pages();
                int over = 0;
                double under = 0;
                if (planned != null && p.pageCount() > planned) {
                    for (FlowPage page : p.pages().subList(planned, p.pageCount())) {
                        over += page.placements().stream().mapToInt(Placement::height).sum();
                    }
                } else if (planned != null) {
                    // a last page less than well used counts as pages under
                    under = planned - (p.pageCount() - 1) - Math.min(1, p.lastUsed() / (double) lines / SPARSE);
                }
                int folio = folios.get(a.id());
                List<ArticleFit.ShortColumn> shorts = new ArrayList<>();
                for (int k = 0; k < p.pageCount(); k++) {
                    for (FlowPage.ShortColumn s : p.pages().get(k).shortColumns()) {
                        shorts.add(new ArticleFit.ShortColumn(folio + k, s.column() + 1, s.lines(), s.aboveFloat(), s.pos()));
                    }
                }
                fits.add(new ArticleFit(a, columns, folio, p.pageCount(), p.lastUsed() / (double) lines, shared,
                        planned, over, under, (int) Math.round(under * lines * columns), shorts));
            }
        }
        return fits;
    }

    /**
     * What the editor hears: a planned page count not met (cut or add copy, or change the
     * plan), and a run-out page fitting could not fill (at the article ending on it).
     */
    static void report(List<ArticleFit> fits, double sparse, int lines, Diagnostics out) {
        for (ArticleFit f : fits) {
            SourcePos at = SourcePos.file(f.article().pos().file());
            if (f.runsOut(sparse)) {
                int missing = (int) Math.ceil((sparse - f.lastFill()) * lines * f.columns());
                out.report(Severity.WARNING, "page-sparse", at, String.valueOf(f.lastFolio()),
                        (int) Math.round(100 * f.lastFill()), (int) Math.round(100 * sparse), missing);
            }
            for (ArticleFit.ShortColumn c : f.shortColumns()) {
                // issue #20: a column ends short while the article goes on, where no paragraph above could close it
                out.report(Severity.WARNING, "column-short", c.next(), String.valueOf(c.folio()), c.column(), c.lines(),
                        c.aboveFloat() ? 1 : 0);
            }
            if (f.overLines() > 0) {
                out.report(Severity.WARNING, "plan-over", at, f.overLines(), f.plannedPages(), f.pages());
            } else if (f.underPages() > 0.05) {
                out.report(Severity.WARNING, "plan-under", at,
                        String.format(Locale.ROOT, "%.1f", f.underPages()), f.plannedPages(), f.underLines());
            }
        }
    }

    /** An article planned to start on a folio it cannot: the pages before take more (or fewer) than planned. */
    static void startMissed(Article a, int folio, Diagnostics out) {
        Integer start = a.plan().start();
        SourcePos at = a.plan().pos() != null ? a.plan().pos() : SourcePos.file(a.pos().file());
        if (folio > start) {
            out.report(Severity.WARNING, "plan-start-late", at, String.valueOf(start), String.valueOf(folio), folio - start);
        } else {
            out.report(Severity.WARNING, "plan-start-early", at, String.valueOf(start), String.valueOf(folio), start - folio);
        }
    }

    /** A blank page went before a section opener to bring it to its side (fit.opener_side). */
    static void openerBlank(Section s, int folio, Diagnostics out) {
        Article first = s.articles().findFirst().orElseThrow();
        out.report(Severity.WARNING, "opener-blank", SourcePos.file(first.pos().file()), s.title(), String.valueOf(folio));
    }
}
