package org.issuepress.safety;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.load.IssueLoader;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/** Issue data from many hands: refused calmly, never a crash, never a file outside the issue read. */
class HostileInputTest {

    static List<String> load(Path dir) {
        Diagnostics d = new Diagnostics();
        try {
            IssueLoader.load(dir, d);
        } catch (EditorErrors e) {
            // reported in d
        }
        return d.sorted().stream().map(Diagnostic::format).toList();
    }

    @Test
    void aBillionLaughsFileIsRefusedByTheAliasLimitBeforeAnythingIsExpanded() throws IOException {
        Path dir = TestIssues.minimalWith(null);
        StringBuilder y = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            char p = (char) (c - 1);
            y.append(c).append(": &").append(c).append(" [*").append(p);
            for (int i = 0; i < 8; i++) {
                y.append(",*").append(p);
            }
            y.append("]\n");
        }
        Files.writeString(dir.resolve("issue.yaml"), y.toString());
        List<String> found = load(dir);
        // refused by the alias limit while parsing: nothing was expanded (how fast is the benchmark's business)
        assertTrue(found.stream().anyMatch(f -> f.contains("issue.yaml") && f.contains("error") && f.contains("fewer aliases")),
                found.toString());
    }

    @Test
    void referencesCannotLeaveTheIssueFolder() throws IOException {
        Path dir = TestIssues.minimalWith(null);
        Path outside = Files.createTempFile("secret", ".txt");
        Files.writeString(outside, "---\ntitle: 秘密\nkind: case\n---\n秘密内容\n");
        String yaml = Files.readString(dir.resolve("issue.yaml"));
        Files.writeString(dir.resolve("issue.yaml"), yaml.replace("articles/two.txt", outside.toString()));
        assertTrue(load(dir).stream().anyMatch(f -> f.contains("is an absolute path")));

        Files.createSymbolicLink(dir.resolve("articles/link.txt"), outside);
        Files.writeString(dir.resolve("issue.yaml"), yaml.replace("articles/two.txt", "articles/link.txt"));
        assertTrue(load(dir).stream().anyMatch(f -> f.contains("link pointing outside the issue folder")));

        Files.writeString(dir.resolve("issue.yaml"), yaml.replace("articles/two.txt", "articles/../../" + outside.getFileName()));
        assertTrue(load(dir).stream().anyMatch(f -> f.contains("points outside the issue folder")));
    }

    @Test
    void markupInTheTextIsPrintedAsTextNotParsed() throws IOException {
        Path dir = TestIssues.minimalWith(null);
        String hostile = "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><b>&e;</b><script>alert(1)</script>";
        Files.writeString(dir.resolve("articles/two.txt"), "---\ntitle: 第二篇 <i>&e;</i>\nkind: case\n---\n" + hostile + "\n");
        Path out = Files.createTempDirectory("out-");
        Pipeline p = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        Built built = p.build(dir, out, new Diagnostics());
        byte[] web = Files.readAllBytes(built.files().get("test-01-web.pdf"));
        String text;
        try (var doc = SampleIssue.open(web)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
        }
        assertTrue(text.contains("<script>alert(1)</script>"), "printed literally");
        assertTrue(text.contains("<i>&e;</i>"), "a title with markup is printed literally");
        assertFalse(text.contains("root:x:0:0"), "no entity was resolved");
    }

    @Test
    void controlAndBidiCharactersAreReportedNotPrinted() throws IOException {
        Path dir = TestIssues.minimalWith(null);
        Files.writeString(dir.resolve("articles/two.txt"), "---\ntitle: 第二篇\nkind: case\n---\n正文\u202E反向\u202C文字\u0000。\n");
        List<String> found = load(dir);
        assertTrue(found.stream().anyMatch(f -> f.contains("articles/two.txt:5:3: error: bidirectional control U+202E")), found.toString());
        assertTrue(found.stream().anyMatch(f -> f.contains("control character U+0000")), found.toString());
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        Path dir = TestIssues.minimalWith(null);
        Pipeline p = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        Map<String, Path> a = p.build(dir, Files.createTempDirectory("a"), new Diagnostics()).files();
        Map<String, Path> b = p.build(dir, Files.createTempDirectory("b"), new Diagnostics()).files();
        assertEquals(a.keySet(), b.keySet());
        // the three PDFs, the EPUB, the WeChat folder's files and the report: every one compared
        assertTrue(a.keySet().stream().anyMatch(n -> n.endsWith(".epub")) && a.keySet().stream().anyMatch(n -> n.startsWith("wechat"))
                && a.containsKey("preflight.txt") && a.size() > 6, a.keySet().toString());
        for (String name : a.keySet()) {
            assertArrayEquals(Files.readAllBytes(a.get(name)), Files.readAllBytes(b.get(name)), name);
        }
    }
}
