package org.issuepress.pdf;

import org.issuepress.press.Built;
import org.issuepress.press.Loaded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Page;
import org.issuepress.diag.Diagnostics;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * An article's front matter may give a shorter title for the running head: its right-hand
 * pages print that instead of the section and part; other articles keep the section.
 */
class RunningHeadTest {
    /** Above the running head's baseline (14 mm from the trim) plus the bleed: nothing else is set there. */
    private static final float HEAD_ZONE = 70;

    @Test
    void theArticlesOwnRunningHeadIsPrintedOnItsRightHandPages() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Path two = issue.resolve("articles/two.txt");
        String text = Files.readString(two);
        assertTrue(text.startsWith("---\ntitle: 第二篇\n"));
        // long enough for a right-hand page whatever side it starts on
        Files.writeString(two, text.replace("title: 第二篇\n", "title: 第二篇\nrunning_head: 第二篇短题\n")
                + ("\n" + "第二篇的正文，写得长一些，好占满几页。".repeat(12) + "\n").repeat(40));
        Pipeline pipeline = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        Diagnostics d = new Diagnostics();
        Loaded l = pipeline.load(issue, d);
        ComposedIssue composed = pipeline.compose(l, d);
        Built built = pipeline.build(issue, Files.createTempDirectory("out-"), d);
        assertEquals(List.of(), d.all().stream().filter(x -> x.isError()).toList());

        List<String> ownHeads = new ArrayList<>();
        List<String> otherHeads = new ArrayList<>();
        try (PDDocument print = Loader.loadPDF(built.files().get("test-01-print.pdf").toFile())) {
            List<Page> pages = composed.pages();
            assertEquals(pages.stream().filter(Page::inside).count(), print.getNumberOfPages());
            for (Page p : pages) {
                if (!p.inside() || !p.recto() || !p.hasChrome() || p.articleIds().isEmpty()) {
                    continue;
                }
                // the print edition holds the inside pages, folio 1 first (the covers are their own file)
                String head = PdfProbe.chars(print, p.folio() - 1).stream().filter(c -> c.y() < HEAD_ZONE)
                        .map(PdfProbe.Char::text).collect(Collectors.joining());
                (p.articleIds().get(0).equals("two") ? ownHeads : otherHeads).add(head);
            }
        }
        assertFalse(ownHeads.isEmpty(), "the article has a right-hand page");
        ownHeads.forEach(h -> assertEquals("第二篇短题", h.strip()));
        assertFalse(otherHeads.isEmpty(), "another article has a right-hand page");
        otherHeads.forEach(h -> assertFalse(h.contains("第二篇短题"), h));
        assertTrue(otherHeads.stream().anyMatch(h -> h.contains("第一部分")), otherHeads.toString());
    }
}
