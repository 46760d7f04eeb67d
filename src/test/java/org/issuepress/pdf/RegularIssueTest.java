package org.issuepress.pdf;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostics;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * A regular issue — no `special` title, as most issues and every one `new` starts are — prints
 * no trace of the missing title: the left-hand running heads and the back cover once read
 * "2022.03  null".
 */
class RegularIssueTest {

    @Test
    void anIssueWithoutASpecialTitlePrintsNothingInItsPlace() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Path yaml = issue.resolve("issue.yaml");
        String text = Files.readString(yaml);
        assertTrue(text.contains("special: 测试专刊\n"), "the minimal issue names a special title to remove");
        Files.writeString(yaml, text.replace("special: 测试专刊\n", ""));
        Diagnostics d = new Diagnostics();
        Built built = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(issue, Files.createTempDirectory("out-"), d);
        assertEquals(List.of(), d.all().stream().filter(x -> x.isError()).toList());
        for (String edition : List.of("print", "cover")) {
            String pages = text(built.files().get("test-01-" + edition + ".pdf"));
            assertFalse(pages.contains("null"), edition + " prints 'null' for the missing special title:\n" + pages);
            assertTrue(pages.contains("2022.03"), edition + " still prints the issue");
        }
        String print = text(built.files().get("test-01-print.pdf"));
        assertTrue(print.lines().anyMatch(l -> l.strip().equals("测试期刊 2022.03")),
                "a left-hand running head reads title and issue:\n" + print);
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }
}
