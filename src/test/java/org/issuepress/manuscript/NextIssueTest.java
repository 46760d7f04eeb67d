package org.issuepress.manuscript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
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

    /** Issue #26 item 13: the sample's English note on its own cover photo is not carried into a Chinese issue.yaml. */
    @Test
    void theNextIssueKeepsNoneOfThePreviousCoversNotesAndQuotesASectionForTheShell() throws Exception {
        Path dir = Files.createTempDirectory("i26-next-").resolve("2021-02");
        Lang before = Messages.lang();
        Messages.use(Lang.ZH);
        try {
            NextIssue.make(SampleIssue.DIR, dir, new Diagnostics());
        } finally {
            Messages.use(before);
        }
        String yaml = Files.readString(dir.resolve("issue.yaml"));
        assertTrue(Files.readString(SampleIssue.DIR.resolve("issue.yaml")).contains("# no photo file yet"), "the sample has the note");
        for (String line : yaml.lines().toList()) {
            int hash = line.indexOf('#');
            if (hash >= 0 && !line.startsWith("# yaml-language-server:")) {
                assertTrue(line.substring(hash).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        "a comment in Chinese: " + line);
            }
        }
        assertEquals("\"区县(市)扶贫篇\"", org.issuepress.diag.ShellArg.of("区县(市)扶贫篇"));
        assertEquals("典型案例", org.issuepress.diag.ShellArg.of("典型案例"));
        assertEquals("\"a \\$b\"", org.issuepress.diag.ShellArg.of("a $b"));
    }
}
