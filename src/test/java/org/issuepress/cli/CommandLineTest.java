package org.issuepress.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.issuepress.finish.OutputFiles;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The commands as an editor meets them: exit codes, messages, and output that is never half-written. */
class CommandLineTest {

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            String[] all = new String[args.length + 4];
            System.arraycopy(args, 0, all, 0, args.length);
            all[args.length] = "--templates";
            all[args.length + 1] = TestFonts.ROOT.resolve("templates").toString();
            all[args.length + 2] = "--fonts";
            all[args.length + 3] = TestFonts.ROOT.resolve("fonts").toString();
            int code = Main.run(all);
            return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void aGoodIssueBuildsAndABrokenOneLeavesTheLastGoodPdfAlone() throws Exception {
        Path out = Files.createTempDirectory("out-");
        Path issue = TestIssues.minimalWith(null);
        Run ok = run("build", issue.toString(), "--out", out.toString());
        assertEquals(0, ok.code(), ok.err());
        Path pdf = out.resolve("test-01/test-01-print.pdf");
        assertTrue(Files.size(pdf) > 1000);
        byte[] good = Files.readAllBytes(pdf);

        Files.writeString(issue.resolve("articles/two.txt"), "---\ntitle: 第二篇\nkind: distrct\n---\n正文。\n");
        Run broken = run("build", issue.toString(), "--out", out.toString());
        assertEquals(1, broken.code());
        assertTrue(broken.err().contains("articles/two.txt:3:7: error: 'kind' cannot be 'distrct' — did you mean 'district'?"), broken.err());
        assertTrue(broken.err().contains("nothing was written"), broken.err());
        assertFalse(broken.err().contains("Exception"), "no stack trace: " + broken.err());
        assertFalse(broken.err().contains("\tat "), "no stack trace: " + broken.err());
        assertArrayEquals(good, Files.readAllBytes(pdf), "the last good PDF is untouched");
        try (var files = Files.list(pdf.getParent())) {
            List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
            assertEquals(List.of(OutputFiles.SOURCE_FILE, "preflight.json", "preflight.txt", "test-01-cover.pdf", "test-01-print.pdf", "test-01-web.pdf",
                            "test-01.epub", "wechat"),
                    names, "the editions, the report and where they were built from, no temporary files");
        }
    }

    @Test
    void checkListsEveryProblemAndExitsNonZero() {
        Path issue = TestIssues.minimalWith("unknown-key");
        Run r = run("check", issue.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("issue.yaml:2:1: error: unknown key 'titel' — did you mean 'title'?"), r.err());
        assertTrue(r.err().contains("missing key 'title'"), "the consequence is listed too: " + r.err());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"empty-title", "unclosed-quote", "same-id", "image-absurd-size", "not-utf8", "chart-series-length",
            "misspelt-mark"})
    void brokenInputsFailWithTheirMessageAndNoStackTrace(String name) throws Exception {
        Path issue = TestIssues.minimalWith(name);
        String expected = Files.readString(TestIssues.RESOURCES.resolve("broken").resolve(name).resolve("expect")).strip();
        Run check = run("check", issue.toString());
        Run build = run("build", issue.toString(), "--out", Files.createTempDirectory("out-").toString());
        for (Run r : List.of(check, build)) {
            String command = r == check ? "check" : "build";
            assertEquals(1, r.code(), command + ": " + r.err());
            assertTrue(r.err().replace(issue + "/", "").contains(expected), command + ": " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("internal error"),
                    command + ", no stack trace: " + r.err());
        }
    }

    @Test
    void checkWithQuietPrintsTheFindingsAndNothingElse() throws Exception {
        Path issue = TestIssues.minimalWith(null);
        Files.writeString(issue.resolve("articles/two.txt"), "---\ntitle: 第二篇\nkind: case\n---\n第一段,有半角逗号。\n");
        Run r = run("check", "--quiet", issue.toString());
        assertEquals(0, r.code(), "warnings alone do not fail a check: " + r.err());
        // a one-paragraph article leaves its page nearly empty: those run-out pages are findings too
        String comma = issue + "/articles/two.txt:5:4: warning: half-width comma ',' in Chinese text: '一段,有半' — write '一段，有半'";
        List<String> lines = r.err().lines().toList();
        assertTrue(lines.contains(comma), r.err());
        assertTrue(lines.stream().allMatch(l -> l.equals(comma) || l.contains(": warning: folio ") && l.contains("a run-out page")), r.err());
        Run loud = run("check", issue.toString());
        assertTrue(loud.err().contains("▸ load") && loud.err().contains("0 error(s), " + lines.size() + " warning(s)"), loud.err());
    }

    @Test
    void buildShowsTheWarningsOfTheCheckItRuns() throws Exception {
        Path issue = TestIssues.minimalWith(null);
        Files.writeString(issue.resolve("articles/two.txt"), "---\ntitle: 第二篇\nkind: case\n---\n第一段,有半角逗号。\n");
        Run r = run("build", issue.toString(), "--out", Files.createTempDirectory("out-").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("articles/two.txt:5:4: warning: half-width comma"), r.err());
        long runOut = r.err().lines().filter(l -> l.contains("a run-out page")).count();
        assertTrue(r.err().contains((1 + runOut) + " warning(s) above"), r.err());
    }

    @Test
    void schemaWritesTheFilesThatAreCommitted() throws Exception {
        Path dir = Files.createTempDirectory("schema-");
        Run r = run("schema", "--write", dir.toString());
        assertEquals(0, r.code(), r.err());
        for (String name : new String[] {"issue", "article", "table", "chart"}) {
            Path committed = TestFonts.ROOT.resolve("issue-data/schema/" + name + ".schema.json");
            assertEquals(Files.readString(committed), Files.readString(dir.resolve(name + ".schema.json")), name);
        }
    }

    @Test
    void aMissingIssueFolderIsAnEditorErrorNotACrash() {
        Run r = run("build", "/nonexistent/issue");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("error: not an issue folder"), r.err());
    }

    @Test
    void helpExplainsEveryCommand() {
        Run r = run("--help");
        assertEquals(0, r.code());
        assertTrue(r.out().contains("build") && r.out().contains("check") && r.out().contains("schema")
                && r.out().contains("serve"), r.out());
        Run b = run("build", "--help");
        assertTrue(b.out().contains("--out") && b.out().contains("--quiet"), b.out());
        Run s = run("serve", "--help");
        assertTrue(s.out().contains("--port") && s.out().contains("127.0.0.1"), s.out());
    }

    @Test
    void serveSaysWhenItsPortIsTakenOrTheFolderIsNotThere() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            Run r = run("serve", TestIssues.minimalWith(null).toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(1, r.code(), r.err());
            assertEquals("error: port " + taken.getLocalPort() + " is in use — stop the other server, or choose another port "
                    + "with --port N\n", r.err());
        }
        Run missing = run("serve", "/nonexistent/issue");
        assertEquals(1, missing.code());
        assertEquals("/nonexistent/issue: error: not a folder — give the issue's folder, e.g. issue-data/2021-01\n", missing.err());
    }
}
