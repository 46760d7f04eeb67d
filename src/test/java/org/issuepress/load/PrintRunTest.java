package org.issuepress.load;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * The print run is written twice, print.copies for the print shop and 印数 in the imprint for
 * readers: they must agree, and the preflight report tells the print shop the number.
 */
class PrintRunTest {
    private final Path issue = TestIssues.minimalWith(null);

    private List<Diagnostic> load(String copies) throws IOException {
        Path yaml = issue.resolve("issue.yaml");
        Files.writeString(yaml, Files.readString(yaml) + "print:\n  copies: " + copies + "\n");
        Diagnostics d = new Diagnostics();
        IssueLoader.load(issue, d);
        return d.sorted().stream().filter(x -> x.code().equals("copies-imprint")).toList();
    }

    @Test
    void copiesThatDisagreeWithTheImprintAreAWarningAtTheImprintLine() throws IOException {
        List<Diagnostic> found = load("200");
        assertEquals(1, found.size(), found.toString());
        assertEquals(20, found.get(0).pos().line(), "the 印数 line of the imprint");
        String text = found.get(0).message();
        assertTrue(text.contains("100册") && text.contains("200"), text);
    }

    @Test
    void anotherPaperWithoutItsThicknessIsAWarningAtPrint() throws IOException {
        Path yaml = issue.resolve("issue.yaml");
        String text = Files.readString(yaml);
        Files.writeString(yaml, text + "print:\n  paper: 80g胶版纸\n");
        Diagnostics d = new Diagnostics();
        IssueLoader.load(issue, d);
        List<Diagnostic> found = d.sorted().stream().filter(x -> x.code().equals("paper-caliper")).toList();
        assertEquals(1, found.size(), d.sorted().toString());
        assertTrue(found.get(0).message().contains("80g胶版纸") && found.get(0).message().contains("0.13"), found.get(0).message());

        Files.writeString(yaml, text + "print:\n  paper: 80g胶版纸\n  caliper: 0.1\n");
        Diagnostics given = new Diagnostics();
        IssueLoader.load(issue, given);
        assertTrue(given.sorted().stream().noneMatch(x -> x.code().equals("paper-caliper")), "the thickness given: quiet");
    }

    @Test
    void copiesThatAgreeAreQuietAndNamedInThePreflightReport() throws IOException {
        assertEquals(List.of(), load("100"));
        Diagnostics d = new Diagnostics();
        Built built = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(issue, Files.createTempDirectory("out-"), d);
        String report = Files.readString(built.files().get("preflight.txt"), StandardCharsets.UTF_8);
        assertTrue(report.contains("print run: 100 copies"), report);
        assertTrue(Files.readString(built.files().get("preflight.json")).contains("\"copies\" : 100")
                || Files.readString(built.files().get("preflight.json")).contains("\"copies\":100"), "json");
    }
}
