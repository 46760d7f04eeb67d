package org.issuepress.compose;

import java.util.List;
import java.util.Map;
import org.issuepress.compose.page.Page;
import org.issuepress.model.Issue;

/**
 * The issue as composed pages, in reading order (front cover, inside pages, back cover), with
 * the folio each article starts on and how each fits its pages. The renderer paints it;
 * preflight, check and tests read it.
 */
public record ComposedIssue(Issue issue, Grid grid, List<Page> pages, Map<String, Integer> articleFolios,
                            List<ArticleFit> fits) {

    public ComposedIssue {
        pages = List.copyOf(pages);
        articleFolios = Map.copyOf(articleFolios);
        fits = List.copyOf(fits);
    }

    /** The fit report's lines, in the reader's language: each article's folios, pages and last page. */
    public List<String> fitReport() {
        return FitReport.lines(fits);
    }

    public List<Page> insidePages() {
        return pages.stream().filter(Page::inside).toList();
    }
}
