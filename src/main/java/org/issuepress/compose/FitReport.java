package org.issuepress.compose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.issuepress.compose.flow.FlowPage;
import org.issuepress.compose.flow.Placement;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Article;

/** The fit of each article as placed, and what the editor hears about a page plan not met. */
final class FitReport {
    private FitReport() {
    }

    static List<ArticleFit> of(List<List<PartPlanner.Setting>> parts, List<PartPlanner.Plan> plans,
                               Map<String, Integer> folios, int lines) {
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
                } else if (planned != null && p.pageCount() < planned
                        || planned != null && PartPlanner.used(p.pages().get(p.pageCount() - 1)) < lines * 0.6) {
                    under = planned - (p.pageCount() - 1) - PartPlanner.used(p.pages().get(p.pageCount() - 1)) / (double) lines;
                }
                fits.add(new ArticleFit(a, folios.get(a.id()), p.pageCount(),
                        PartPlanner.used(p.pages().get(p.pageCount() - 1)) / (double) lines, shared,
                        planned, over, under, (int) Math.round(under * lines * columns)));
            }
        }
        return fits;
    }

    /** A planned page count not met is the editor's to act on: cut or add copy, or change the plan. */
    static void reportPlans(List<ArticleFit> fits, Diagnostics out) {
        for (ArticleFit f : fits) {
            SourcePos at = SourcePos.file(f.article().pos().file());
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
}
