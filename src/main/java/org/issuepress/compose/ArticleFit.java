package org.issuepress.compose;

import java.util.List;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Article;

/**
 * How an article came to fit its pages, for the fit report: the folio it starts on, the
 * pages it touches, how much of its last page's text block it uses (0..1, the next article's
 * share not counted), and against a page plan the lines it is over or the pages it is under.
 *
 * @param columns     text columns of its layout
 * @param sharedEnd   whether the next article runs on under it on its last page
 * @param overLines   column lines on pages past the planned ones (0 when not over)
 * @param underPages  planned pages left empty, in pages (0 when not under)
 * @param underLines  the same in column lines of body text
 * @param shortColumns columns that end above their foot while the article goes on (issue #20)
 */
public record ArticleFit(Article article, int columns, int folio, int pages, double lastFill, boolean sharedEnd,
                         Integer plannedPages, int overLines, double underPages, int underLines,
                         List<ShortColumn> shortColumns) {

    public ArticleFit {
        shortColumns = List.copyOf(shortColumns);
    }

    /**
     * A column of the article left {@code lines} grid lines above its foot on folio {@code folio}
     * (column 1 is the left one), above a float that ends it or not; {@code next} is the block
     * that went on to the next column.
     */
    public record ShortColumn(int folio, int column, int lines, boolean aboveFloat, SourcePos next) {
    }

    public int lastFolio() {
        return folio + pages - 1;
    }

    /** Its last page is a run-out page: less than {@code sparse} of the text block used, and no article runs on under it. */
    public boolean runsOut(double sparse) {
        return !sharedEnd && lastFill < sparse;
    }
}
