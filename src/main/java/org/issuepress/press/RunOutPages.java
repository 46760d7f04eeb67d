package org.issuepress.press;

import java.util.ArrayList;
import java.util.List;
import org.issuepress.compose.ArticleFit;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.Finding;

/**
 * Run-out pages (rule P1) in the preflight report: the print shop and the editor read the
 * same list, each page by folio (in the print edition the PDF page is the folio), pointing at
 * the article that ends on it.
 */
final class RunOutPages {
    private RunOutPages() {
    }

    static List<FileReport> add(List<FileReport> reports, ComposedIssue issue, double sparse, String printFile) {
        List<Finding> found = new ArrayList<>();
        int lines = issue.grid().lines();
        for (ArticleFit f : issue.fits()) {
            if (f.runsOut(sparse)) {
                Object[] args = {String.valueOf(f.lastFolio()), (int) Math.round(100 * f.lastFill()), (int) Math.round(100 * sparse),
                        (int) Math.ceil((sparse - f.lastFill()) * lines * f.columns())};
                found.add(new Finding(Severity.WARNING, "page-sparse", printFile, f.lastFolio(), String.valueOf(f.lastFolio()), null,
                        List.of(args), SourcePos.file(f.article().pos().file()).inIssue(issue.issue().dir())));
            }
        }
        if (found.isEmpty()) {
            return reports;
        }
        List<FileReport> out = new ArrayList<>();
        for (FileReport r : reports) {
            out.add(r.file().equals(printFile) ? r.with(found) : r);
        }
        return out;
    }
}
