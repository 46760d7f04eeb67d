package org.issuepress.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.finish.Editions;
import org.issuepress.support.PageInk;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;

/**
 * Rule P1 on the sample's electronic edition, measured from the rendered pages: pages that
 * use less than 60 % of the text block are few, and the mean page is well used. Covers,
 * section openers, the masthead and the contents are designed pages and not counted.
 */
class PageFullnessTest {
    private static final Set<PageKind> DESIGNED = Set.of(PageKind.COVER, PageKind.BACK_COVER, PageKind.OPENER,
            PageKind.MASTHEAD, PageKind.CONTENTS);

    @Test
    void fewRunOutPagesAndTheMeanPageWellUsed() {
        ComposedIssue issue = SampleIssue.built().composed();
        List<Page> web = issue.pages().stream().filter(Editions::onScreen).toList();
        List<Double> fill;
        try (PDDocument doc = SampleIssue.open()) {
            fill = PageInk.fill(doc, web, issue.grid());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        List<String> sparse = new ArrayList<>();
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < web.size(); i++) {
            Page p = web.get(i);
            if (DESIGNED.contains(p.kind())) {
                continue;
            }
            counted++;
            sum += fill.get(i);
            if (fill.get(i) < 0.60) {
                sparse.add(String.format(Locale.ROOT, "%s (%.0f %%)", p.folioLabel(), 100 * fill.get(i)));
            }
        }
        double mean = sum / counted;
        System.out.printf(Locale.ROOT, "page fullness: %d of %d pages under 60 %%, mean %.1f %%: %s%n",
                sparse.size(), counted, 100 * mean, sparse);
        assertTrue(web.stream().noneMatch(p -> p.kind() == PageKind.BLANK), "the e-edition has no padding pages");
        assertTrue(sparse.size() <= 3, "pages under 60 % of the text block: " + sparse);
        assertTrue(mean >= 0.88, String.format(Locale.ROOT, "mean page fill %.1f %%", 100 * mean));
    }
}
