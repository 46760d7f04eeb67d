package org.issuepress.finish;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.compose.page.Page;
import org.issuepress.compose.page.PageKind;
import org.issuepress.diag.Diagnostics;
import org.issuepress.model.BindingStyle;
import org.issuepress.support.PdfProbe;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/** Rule P4 and the binding: whole sheets, few blank pages, a spine only where there is one and its text never clipped. */
class BindingTest {
    private static final double MM = 72 / 25.4;
    private static final Pipeline PIPELINE = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"),
            Progress.SILENT);

    @Test
    void theSamplesInsidePagesAreWholeSheetsWithAtMostOneBlankPage() {
        List<Page> inside = SampleIssue.built().composed().insidePages();
        assertEquals(0, inside.size() % 4, inside.size() + " inside pages");
        long blanks = inside.stream().filter(p -> p.kind() == PageKind.BLANK).count();
        assertTrue(blanks <= 1, blanks + " blank pages");
    }

    /** The spine's characters lie inside the spine, clear of both folds by at least half a millimetre. */
    @Test
    void noSpineTextIsClipped() throws IOException {
        ComposedIssue issue = SampleIssue.built().composed();
        double spine = issue.issue().print().spineWidth(issue.insidePages().size());
        assertTrue(spine >= issue.issue().print().spineTextMin(), "the sample's spine carries text: " + spine + " mm");
        try (PDDocument doc = SampleIssue.open(SampleIssue.coverPdf())) {
            PDRectangle crop = doc.getPage(0).getCropBox();
            PDRectangle trim = doc.getPage(0).getTrimBox();
            double centre = trim.getLowerLeftX() - crop.getLowerLeftX() + trim.getWidth() / 2;
            List<PdfProbe.Char> onSpine = PdfProbe.chars(doc, 0).stream()
                    .filter(c -> !c.text().isBlank() && Math.abs(c.x() + c.width() / 2 - centre) < spine * MM / 2 + 2 * MM).toList();
            assertTrue(onSpine.size() >= 4, "the spine's title: " + onSpine);
            for (PdfProbe.Char c : onSpine) {
                assertTrue(c.x() >= centre - spine * MM / 2 + 0.5 * MM && c.end() <= centre + spine * MM / 2 - 0.5 * MM,
                        "'" + c.text() + "' at " + c.x() / MM + "–" + c.end() / MM + " mm, spine " + (centre / MM - spine / 2) + "–"
                                + (centre / MM + spine / 2) + " mm");
            }
        }
    }

    @Test
    void aSpineTooNarrowForItsTextIsPlainWithAWarning() throws IOException {
        Path dir = TestIssues.copyOf(SampleIssue.DIR);
        Path yaml = dir.resolve("issue.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  caliper: 0.13", "  caliper: 0.08\n  binding: perfect"));
        Diagnostics d = new Diagnostics();
        ComposedIssue issue = PIPELINE.compose(PIPELINE.load(dir, d), d);
        Page spine = issue.pages().stream().filter(p -> p.kind() == PageKind.SPINE).findFirst().orElseThrow();
        assertEquals(List.of(), spine.frames(), "no text on a spine of " + spine.width() / MM + " mm");
        assertTrue(d.all().stream().anyMatch(x -> x.code().equals("spine-narrow")), d.all().toString());
    }

    /** Three sections of the sample make about 32 inside pages: saddle-stitched, without a spine. */
    @Test
    void aThinIssueIsSaddleStitchedWithoutSpine() throws IOException {
        Path dir = TestIssues.copyOf(SampleIssue.DIR);
        Path yaml = dir.resolve("issue.yaml");
        String text = Files.readString(yaml);
        int from = text.indexOf("  - title: 显著成就");
        int to = text.indexOf("  - title: 典型案例");
        text = text.substring(0, from) + text.substring(to);
        from = text.indexOf("  - title: 大事记");
        to = text.indexOf("back_cover:");
        Files.writeString(yaml, text.substring(0, from) + text.substring(to));
        Diagnostics d = new Diagnostics();
        Built built = PIPELINE.build(dir, Files.createTempDirectory("thin"), d);
        int inside = built.composed().insidePages().size();
        assertEquals(32, inside, "inside pages");
        assertEquals(BindingStyle.SADDLE, built.composed().issue().print().bindingFor(inside));
        assertTrue(built.composed().pages().stream().noneMatch(p -> p.kind() == PageKind.SPINE), "no spine page");
        Path cover = built.files().values().stream().filter(f -> f.toString().endsWith("-cover.pdf")).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(cover.toFile())) {
            assertEquals(2 * 210, doc.getPage(0).getTrimBox().getWidth() / MM, 0.05, "back and front cover meet at the fold");
        }
    }
}
