package org.issuepress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Files a hostile tester leaves in an issue folder, and paths an editor mistypes (issue #26). */
class HostileCommandsTest {
    private final Lang before = Messages.lang();

    @AfterEach
    void restore() {
        Messages.use(before);
    }

    @Test
    void aDeeplyNestedAcceptedYamlIsAWarningAtItsLineNotACrash() throws Exception {
        Path issue = TestIssues.minimalWith(null);
        Files.writeString(issue.resolve("accepted.yaml"), "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        CommandLineTest.Run check = CommandLineTest.run("check", issue.toString(), "--lang", "en");
        assertEquals(0, check.code(), "a file of waivers too deep to read waives nothing, and the issue is fine: " + check.err());
        assertFalse(check.err().contains("internal error"), check.err());
        assertTrue(check.err().contains("accepted.yaml:1:65: warning: accepted.yaml is nested more than 64 levels deep here"),
                check.err());
    }

    @Test
    void newThroughAMissingFolderMakesNothingAndTheRightPathThenWorks() throws Exception {
        Path data = Files.createTempDirectory("new-");
        String from = SampleIssue.DIR.toString();
        CommandLineTest.Run failed = CommandLineTest.run("new", data + "/a/../2021-03", "--from", from, "--lang", "en");
        assertEquals(1, failed.code(), failed.err());
        assertTrue(failed.err().contains("does not exist") && failed.err().contains("make that folder first"), failed.err());
        try (Stream<Path> left = Files.list(data)) {
            assertEquals(List.of(), left.toList(), "no folder, no empty articles/, no temporary folder left");
        }
        CommandLineTest.Run made = CommandLineTest.run("new", data.resolve("2021-03").toString(), "--from", from, "--lang", "en");
        assertEquals(0, made.code(), "the retry is not refused as 'already exists': " + made.err());
        try (Stream<Path> left = Files.list(data)) {
            assertEquals(List.of(data.resolve("2021-03")), left.toList(), "only the issue, moved in whole");
        }
        assertTrue(Files.isDirectory(data.resolve("2021-03/articles")) && Files.isRegularFile(data.resolve("2021-03/issue.yaml")));
    }

    @Test
    void newOnADanglingLinkSaysSoAndHowToFixIt() throws Exception {
        Path data = Files.createTempDirectory("new-");
        Files.createSymbolicLink(data.resolve("2021-04"), data.resolve("gone"));
        CommandLineTest.Run run = CommandLineTest.run("new", data.resolve("2021-04").toString(), "--from", SampleIssue.DIR.toString(),
                "--lang", "zh");
        assertEquals(1, run.code(), run.err());
        assertTrue(run.err().contains("断开的链接") && run.err().contains("请删除这个链接"), run.err());
        assertFalse(Files.exists(data.resolve("gone")), "nothing made through the link");
    }
}
