package org.issuepress.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Page;
import org.issuepress.finish.Editions;
import org.issuepress.support.ColumnFeet;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/**
 * Issue #20 points 1 and 2 on the sample's e-edition, read from the rendered pages: while an
 * article goes on to the next page a column that ends 1.5 lines or more above its deepest
 * neighbour is one the fit report names (check warns of it at the article: no paragraph
 * above could be set a line longer or shorter to close it). The counts of such pages and of
 * last pages not balanced within one line are printed, and may not grow.
 */
class ColumnFeetTest {
    /** Two grid lines apart is a hole; one line (and the ink of a descender) is not. */
    private static final double HOLE = 1.5;

    @Test
    void everyColumnRunsToTheFootAndLastPagesAreBalanced() {
        ComposedIssue issue = SampleIssue.built().composed();
        List<Page> web = issue.pages().stream().filter(Editions::onScreen).toList();
        List<ColumnFeet.Feet> feet;
        try (PDDocument doc = SampleIssue.open()) {
            feet = ColumnFeet.of(doc, web, issue);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<ColumnFeet.Feet> holes = feet.stream().filter(f -> f.continues() && f.spread() >= HOLE).toList();
        List<ColumnFeet.Feet> unbalanced = feet.stream().filter(f -> !f.continues() && f.spread() >= HOLE).toList();
        feet.forEach(System.out::println);
        System.out.println("holes while the article goes on: " + holes.size() + " " + holes);
        System.out.println("last pages unbalanced: " + unbalanced.size() + " " + unbalanced);
        java.util.Set<Integer> reported = new java.util.TreeSet<>();
        issue.fits().forEach(f -> f.shortColumns().forEach(c -> reported.add(c.folio())));
        List<ColumnFeet.Feet> unreported = holes.stream().filter(f -> !reported.contains(f.page().folio())).toList();
        assertTrue(unreported.isEmpty(), "columns ending short while the article goes on, not reported: " + unreported
                + " (reported on folios " + reported + ")");
        // measured on 7 Dec 2026: 18 pages with holes and 6 last pages unbalanced before the rule, 10 and 4 with it
        // and head_space 0; 16 and 6 with the sample's design back at head_space 1 / header_grow 2 (issue #20:
        // one rhythm cost 4 pages once display breaks met it) — caps at what is measured, so no regression passes
        assertTrue(holes.size() <= 16, "pages with a column ending short: " + holes);
        assertTrue(unbalanced.size() <= 6, "last pages not balanced within one line: " + unbalanced);
    }
}
