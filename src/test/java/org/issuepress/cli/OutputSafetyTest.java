package org.issuepress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/** Issue 14: nothing is written outside output/, nothing replaced unasked, every failure says why. */
class OutputSafetyTest {

    private static CommandLineTest.Run run(String... args) {
        return CommandLineTest.run(args);
    }

    private static List<String> listing(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    private static void setId(Path issue, String id) throws IOException {
        Path yaml = issue.resolve("issue.yaml");
        Files.writeString(yaml, Files.readString(yaml).replaceFirst("(?m)^id: .*$", "id: " + id));
    }

    @Test
    void anIdLeadingOutOfTheOutputFolderIsRefusedAtItsLineAndNothingIsWritten() throws IOException {
        Path work = Files.createTempDirectory("work-");
        Path out = Files.createDirectories(work.resolve("a/b/output"));
        Path issue = TestIssues.minimalWith(null);
        setId(issue, "../../x");
        List<String> before = listing(work);
        for (String command : List.of("check", "build")) {
            CommandLineTest.Run r = command.equals("build") ? run("build", issue.toString(), "--out", out.toString())
                    : run("check", issue.toString());
            assertEquals(1, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("issue.yaml:1:5: error: 'id' '../../x' contains '..'"), command + ": " + r.err());
        }
        assertEquals(before, listing(work), "nothing written or deleted around output/");
    }

    @Test
    void aCopiedIssueWithTheSameIdDoesNotReplaceTheOthersEditionsUnasked() throws IOException {
        Path out = Files.createTempDirectory("out-");
        Path first = TestIssues.minimalWith(null);
        assertEquals(0, run("build", first.toString(), "--out", out.toString()).code());
        Path pdf = out.resolve("test-01/test-01-print.pdf");
        byte[] firstPdf = Files.readAllBytes(pdf);

        Path copy = TestIssues.copyOf(first);
        Files.writeString(copy.resolve("articles/one.txt"), Files.readString(copy.resolve("articles/one.txt")) + "\n又一段。\n");
        for (String command : List.of("check", "build")) {
            CommandLineTest.Run r = run(command, copy.toString(), "--out", out.toString());
            assertEquals(1, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("issue.yaml:1:5: error: ") && r.err().contains("holds the editions built from another issue folder")
                    && r.err().contains("--replace"), command + ": " + r.err());
        }
        assertArrayEquals(firstPdf, Files.readAllBytes(pdf), "the other issue's editions are untouched");

        assertEquals(0, run("build", first.toString(), "--out", out.toString()).code(), "its own folder builds again");
        CommandLineTest.Run replaced = run("build", copy.toString(), "--out", out.toString(), "--replace");
        assertEquals(0, replaced.code(), replaced.err());
        assertFalse(java.util.Arrays.equals(firstPdf, Files.readAllBytes(pdf)), "replaced when asked");
        assertEquals(0, run("build", copy.toString(), "--out", out.toString()).code(), "and from then on it is this issue's");
    }

    @Test
    void aWriteThatFailsNamesTheFileAndTheCause() throws IOException {
        Path work = Files.createTempDirectory("work-");
        Path out = work.resolve("output");
        Files.writeString(out, "a file where the output folder should be");
        CommandLineTest.Run r = run("build", TestIssues.minimalWith(null).toString(), "--out", out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("error: cannot write " + out) && r.err().contains("a file is in the way where a folder should be"),
                r.err());
        assertFalse(r.err().contains(".part") || r.err().contains(".new-") || r.err().contains("Exception"), r.err());
    }

    @Test
    void aFileNameWithANewlineCannotPrintALineOfItsOwn() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        String name = "bad\nissue.yaml:9:9: error: forged.txt";
        Files.writeString(issue.resolve("articles").resolve(name), "---\ntitle: 第二篇\nkind: distrct\n---\n正文。\n");
        Path yaml = issue.resolve("issue.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("- articles/one.txt",
                "- \"articles/bad\\nissue.yaml:9:9: error: forged.txt\""));
        CommandLineTest.Run r = run("check", issue.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().lines().noneMatch(l -> l.startsWith("issue.yaml:9:9")), r.err());
        assertTrue(r.err().contains("bad\\nissue.yaml:9:9: error: forged.txt:3:7: error: 'kind' cannot be 'distrct'"), r.err());
    }

    @Test
    void aBidiOverrideInAFileNameIsShownNotObeyed() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Files.writeString(issue.resolve("issue.yaml"), Files.readString(issue.resolve("issue.yaml"))
                .replace("- articles/one.txt", "- \"articles/\\u202Eevil.txt\""));
        CommandLineTest.Run r = run("check", issue.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("articles/\\u202Eevil.txt") && !r.err().contains("\u202E"), r.err());
    }

    @Test
    void anEmptyIssueFileIsAnErrorForCheckAsForBuild() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Files.writeString(issue.resolve("issue.yaml"), "# 2021.01\n\n   \n# sections to come\n");
        for (String command : List.of("check", "build")) {
            CommandLineTest.Run r = run(command, issue.toString(), "--out", Files.createTempDirectory("out-").toString());
            assertEquals(1, r.code(), command + ": " + r.err());
            assertTrue(r.err().contains("issue.yaml: error: issue.yaml is empty (only blank lines or comments)"), command + ": " + r.err());
            assertFalse(r.err().contains("no problems found") || r.err().contains("0 error(s)"), command + ": " + r.err());
        }
    }

    @Test
    void anArticleNoSectionListsIsAWarningNamingIt() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Files.writeString(issue.resolve("articles/four.txt"), "---\ntitle: 第四篇\nkind: district\n---\n正文。\n");
        CommandLineTest.Run r = run("check", issue.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("articles/four.txt: warning: the article articles/four.txt is not listed in any section"), r.err());
    }

    @Test
    void impossibleTimelineDatesAreErrorsAtTheirLine() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Files.writeString(issue.resolve("articles/three.txt"), "---\ntitle: 第三篇 大事记\nkind: timeline\n---\n# 2016年\n"
                + "- 2016年2月29日，会议召开。\n- 2016年2月30日，启动试点工作。\n- 2016年9月26日—31日，督导。\n- 2020年13月45日，又一事。\n");
        CommandLineTest.Run r = run("check", issue.toString());
        assertEquals(1, r.code(), r.err());
        assertFalse(r.err().contains("three.txt:6:"), "2016 is a leap year: " + r.err());
        assertTrue(r.err().contains("three.txt:7:3: error: the timeline date '2016年2月30日' is not in the calendar: February 2016 has 29 days"),
                r.err());
        assertTrue(r.err().contains("three.txt:8:3: error: the timeline date '2016年9月26日—31日' is not in the calendar: month 9 has 30 days"),
                r.err());
        assertTrue(r.err().contains("three.txt:9:3: error: the timeline date '2020年13月45日' has month 13"), r.err());
    }
}
