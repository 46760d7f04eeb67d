package org.issuepress.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.support.SampleIssue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class NextIssueTest {

    @Test
    void theIssueAdvancesByAMonthAndDecemberIsFollowedByJanuary() {
        assertEquals("2021.02", NextIssue.nextIssue("2021.01"));
        assertEquals("2022.01", NextIssue.nextIssue("2021.12"));
        assertEquals("2021年春季", NextIssue.nextIssue("2021年春季"), "anything else is the editor's to write");
    }

    @Test
    void aDecemberIssueGivesTheNextYearsFirst() throws Exception {
        Path from = Files.createTempDirectory("i15-prev-").resolve("2021-12");
        Files.createDirectories(from);
        Files.writeString(from.resolve("issue.yaml"), Files.readString(SampleIssue.DIR.resolve("issue.yaml"))
                .replace("issue: \"2021.01\"", "issue: \"2021.12\"").replace("number: 82", "number: 93"));
        Path dir = from.resolveSibling("2022-01");
        NextIssue.Made made = NextIssue.make(from, dir, new Diagnostics());
        assertEquals("2022.01", made.issue());
        assertEquals("94", made.number());
        String yaml = Files.readString(dir.resolve("issue.yaml"));
        assertTrue(yaml.contains("id: 2022-01\ntitle: 郑州三农\nissue: \"2022.01\"\nnumber: 94\n"), yaml);
        assertEquals(dir.toAbsolutePath().normalize(), NextIssue.previous(from.resolveSibling("2022-02")).orElseThrow(),
                "the last folder by name is the default");
    }

    @Test
    void anExistingFolderIsNeverWrittenOver() throws Exception {
        Path dir = Files.createTempDirectory("i15-exists-");
        Files.writeString(dir.resolve("issue.yaml"), "keep me");
        Diagnostics d = new Diagnostics();
        Executable make = () -> NextIssue.make(SampleIssue.DIR, dir, d);
        org.junit.jupiter.api.Assertions.assertThrows(EditorErrors.class, make);
        assertEquals("new-exists", d.all().get(0).code());
        assertEquals("keep me", Files.readString(dir.resolve("issue.yaml")));
    }
}
