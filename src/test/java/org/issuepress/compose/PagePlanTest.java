package org.issuepress.compose;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * Rule P2 on the sample issue with a page plan written into its issue.yaml: a plan the levers
 * can meet is met, a plan too tight or too loose is reported with the lines to cut or add,
 * and an article given a start folio starts there in the contents, the page labels and the pages.
 */
class PagePlanTest {
    private static final Pipeline PIPELINE = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"),
            Progress.SILENT);

    private record Composed(ComposedIssue issue, Diagnostics diagnostics) {
        ArticleFit fit(String id) {
            return issue.fits().stream().filter(f -> f.article().id().equals(id)).findFirst().orElseThrow();
        }

        List<String> messages(String code) {
            return diagnostics.all().stream().filter(d -> d.code().equals(code)).map(Diagnostic::format).toList();
        }
    }

    /** The sample issue with one article's entry written as a mapping with {@code plan}. */
    private static Path planned(String article, String plan) throws IOException {
        Path dir = TestIssues.copyOf(SampleIssue.DIR);
        Path yaml = dir.resolve("issue.yaml");
        String text = Files.readString(yaml);
        String entry = "- articles/" + article + ".txt\n";
        assertTrue(text.contains(entry), entry);
        Files.writeString(yaml, text.replace(entry, "- {file: articles/" + article + ".txt, " + plan + "}\n"));
        return dir;
    }

    private static Composed compose(Path dir) {
        Diagnostics d = new Diagnostics();
        return new Composed(PIPELINE.compose(PIPELINE.load(dir, d), d), d);
    }

    @Test
    void aPlanTheLeversCanMeetIsMet() throws IOException {
        // unplanned, 021-gongyi ends with a few lines on its third page; planned for two, fitting pulls them back
        ArticleFit natural = compose(TestIssues.copyOf(SampleIssue.DIR)).fit("021-gongyi");
        assertEquals(3, natural.pages(), "the unplanned layout, which this test assumes");
        Composed c = compose(planned("021-gongyi", "pages: 2"));
        ArticleFit fit = c.fit("021-gongyi");
        assertEquals(2, fit.pages());
        assertTrue(fit.lastFill() > 0.85, "its second page is well used: " + fit.lastFill());
        assertEquals(List.of(), c.messages("plan-over"));
        assertEquals(List.of(), c.messages("plan-under"));
    }

    @Test
    void aPlanTooTightSaysHowManyLinesToCut() throws IOException {
        Composed c = compose(planned("014-huigu", "pages: 3"));
        ArticleFit fit = c.fit("014-huigu");
        assertTrue(fit.pages() > 3 && fit.overLines() > 0, fit.toString());
        List<String> over = c.messages("plan-over");
        assertEquals(1, over.size(), over.toString());
        assertTrue(over.get(0).endsWith("articles/014-huigu.txt: warning: " + fit.overLines() + " lines over its 3 pages — cut about "
                + fit.overLines() + " lines, or give it " + fit.pages() + " pages"), over.get(0));
    }

    @Test
    void aPlanTooLooseSaysHowManyPagesAndLinesAreMissing() throws IOException {
        Composed c = compose(planned("118-wangxiangping", "pages: 4"));
        ArticleFit fit = c.fit("118-wangxiangping");
        assertTrue(fit.pages() < 4 && fit.underPages() > 1, fit.toString());
        List<String> under = c.messages("plan-under");
        assertEquals(1, under.size(), under.toString());
        Matcher m = Pattern.compile("articles/118-wangxiangping\\.txt: warning: (\\d\\.\\d) pages under its 4 pages — add about (\\d+) lines or a photo")
                .matcher(under.get(0));
        assertTrue(m.find(), under.get(0));
        // three columns of 38 lines a page
        assertEquals(Math.round(Double.parseDouble(m.group(1)) * 3 * 38), Integer.parseInt(m.group(2)), 3 * 38 * 0.05 + 1);
    }

    @Test
    void anArticleGivenAStartFolioStartsThereInContentsLabelsAndPages() throws IOException {
        int natural = compose(TestIssues.copyOf(SampleIssue.DIR)).issue().articleFolios().get("046-dangjian");
        int start = natural + 2;
        Path dir = planned("046-dangjian", "start: " + start);
        Diagnostics d = new Diagnostics();
        Path out = Files.createTempDirectory("plan-build");
        Built built = PIPELINE.build(dir, out, d);
        assertEquals(start, built.composed().articleFolios().get("046-dangjian"));
        Page first = built.composed().pages().stream().filter(p -> p.anchors().contains("046-dangjian")).findFirst().orElseThrow();
        assertEquals(start, first.folio());
        assertTrue(d.all().stream().anyMatch(x -> x.code().equals("plan-start-early")), "the blank pages before it are reported");
        String title = PdfProbe.squeeze(built.composed().issue().articles().filter(a -> a.id().equals("046-dangjian"))
                .findFirst().orElseThrow().title());
        Path web = built.files().values().stream().filter(f -> f.toString().endsWith("-web.pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(web.toFile())) {
            String[] labels = PdfProbe.labels(doc);
            int at = -1;
            for (int i = 0; i < labels.length; i++) {
                if (labels[i].equals(String.valueOf(start))) {
                    at = i;
                }
            }
            assertTrue(at > 0, "a page labelled " + start);
            StringBuilder large = new StringBuilder();
            PdfProbe.chars(doc, at).stream().filter(ch -> ch.size() >= 18).forEach(ch -> large.append(ch.text()));
            assertTrue(PdfProbe.squeeze(large.toString()).contains(title), "page " + start + " carries the title " + title);
            StringBuilder contents = new StringBuilder();
            PDFTextStripper s = new PDFTextStripper();
            List<Page> shown = built.composed().pages().stream().filter(org.issuepress.finish.Editions::onScreen).toList();
            for (int i = 0; i < shown.size(); i++) {
                if (shown.get(i).kind() == PageKind.CONTENTS) {
                    s.setStartPage(i + 1);
                    s.setEndPage(i + 1);
                    contents.append(s.getText(doc));
                }
            }
            assertTrue(PdfProbe.squeeze(contents.toString()).contains(start + title), "the contents lists it at " + start);
        }
    }
}
