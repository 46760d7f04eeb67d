package org.issuepress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * What the terminal tells an editor after check and build, as issue #26 (items 11, 13) found it
 * wanting: the photos still to come (the cover's among them, with where it goes), no stage line
 * left standing alone when a check fails, and counts that say what they count.
 */
class TerminalWordsTest {

    @Test
    void checkListsThePhotosStillToComeTheCoversFirstWithWhereItGoes() throws Exception {
        Path issue = TestIssues.minimalWith(null); // its cover has a caption and no photo file
        CommandLineTest.Run r = CommandLineTest.run("check", issue.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.err().lines().toList();
        int head = lines.indexOf(lines.stream().filter(l -> l.contains("still to come, placeholders on the pages")).findFirst()
                .orElseThrow(() -> new AssertionError(r.err())));
        String cover = lines.get(head + 1);
        assertTrue(cover.startsWith("  " + issue + "/issue.yaml:") && cover.endsWith(
                ": cover photo '山' — put it into images/ and name it under cover: in issue.yaml as photo: images/FILE.jpg"), cover);
        assertTrue(r.err().contains("warning(s) about the issue's files and pages (one per place)"), r.err());
    }

    @Test
    void buildListsThemTooAndPreflightSendsTheCoverPhotoToCoverPhoto() throws Exception {
        Path issue = TestIssues.minimalWith(null);
        Path out = Files.createTempDirectory("out-");
        CommandLineTest.Run r = CommandLineTest.run("build", issue.toString(), "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains(": cover photo '山' — put it into images/"), r.err());
        assertTrue(r.err().contains("in the PDFs (each of the three files counted"), r.err());
        String report = Files.readString(out.resolve("test-01/preflight.txt"));
        assertTrue(report.contains("placeholder for the cover photo still to come [photo '山（摄影：张三）'] — put the photo into images/ and name it"
                + " under cover: in issue.yaml as photo: images/FILE.jpg"), report);
        assertFalse(report.contains("[photo '山（摄影：张三）'] — add the file to the issue and refer to it"), report);
    }

    @Test
    void aFailingCheckSaysWhichStageStoppedInsteadOfLeavingItsLabelAlone() throws Exception {
        Path issue = TestIssues.minimalWith(null);
        Files.writeString(issue.resolve("issue.yaml"), Files.readString(issue.resolve("issue.yaml"))
                .replace("title: 测试期刊", "title: [测试期刊"));
        CommandLineTest.Run r = CommandLineTest.run("check", issue.toString());
        assertEquals(1, r.code(), r.err());
        List<String> stages = r.err().lines().filter(l -> l.startsWith("▸")).toList();
        assertEquals(List.of("▸ load       stopped: the problems follow"), stages, r.err());
    }

    /** Issue #26 item 15: notes an import left next to an article are work still open; check says so. */
    @Test
    void checkRemindsOfTheImportNotesStillInTheIssue() throws Exception {
        Path issue = TestIssues.minimalWith(null);
        Files.writeString(issue.resolve("articles/one.import-notes.md"), "a.docx → articles/one.txt\n\n"
                + "articles/one.txt:9:1: warning: a comment by 王编辑 is not in the article: 请核实\n"
                + "articles/one.txt:14:1: warning: a footnote is not in the article: 数据截至2020年底。\n");
        CommandLineTest.Run r = CommandLineTest.run("check", issue.toString());
        assertTrue(r.err().contains(issue + "/articles/one.import-notes.md still lists 2 thing(s) the import could not carry over"),
                r.err());
    }
}
