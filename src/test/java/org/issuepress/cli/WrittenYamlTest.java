package org.issuepress.cli;

import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.diag.Lang;
import org.issuepress.diag.Messages;
import org.issuepress.load.AcceptedFindings;
import org.issuepress.manuscript.NextIssue;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The YAML the tool writes for editors (accepted.yaml, a new issue.yaml) loads again, whatever the text holds. */
class WrittenYamlTest {
    /** A section title as an editor might write it (its escapes are YAML's): quotes, backslash, #, ": ", a line break, a tab. */
    private static final String TITLE_YAML = "\"- 《三农》\\\"特刊\\\" # 1: C:\\\\稿件 ？！\\n第二行\\t零\\u200B宽 😀 \"";
    private static final String TITLE = "- 《三农》\"特刊\" # 1: C:\\稿件 ？！\n第二行\t零\u200B宽 😀 ";
    /** The reason an editor types in the preview: anything at all. */
    private static final String WHY = "  - 有意为之: \"引号\" #注释 \\反斜杠\r\n换行\t制表 \u0007响铃 \u202E反向 \uFEFF \uFFFE 🌾 null ";

    private static Pipeline pipeline() {
        return new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
    }

    @Test
    void warningsAcceptedWithAnyTextAndReasonAreListedAsAcceptedByCheck() throws Exception {
        Path issue = TestIssues.minimalWith(null);
        Path yaml = issue.resolve("issue.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("back_cover:",
                "  - title: " + TITLE_YAML + "\n    pinyin: DISANBUFEN\n    articles: []\nback_cover:"));
        // an article file listed nowhere, with a name as awkward as the title
        Files.copy(issue.resolve("articles/one.txt"), issue.resolve("articles/-引号\"与#号: 冒号 \\ 反斜杠 😀.txt"));

        Diagnostics first = new Diagnostics();
        pipeline().load(issue, first);
        List<Diagnostic> warnings = first.all().stream().filter(d -> !d.isError()).toList();
        Set<String> codes = new TreeSet<>(warnings.stream().map(Diagnostic::code).toList());
        assertTrue(codes.containsAll(Set.of("section-no-articles", "article-unlisted")), codes.toString());
        assertTrue(warnings.stream().anyMatch(d -> d.message(Lang.EN).contains(TITLE)), "the title is in the warning's words");

        for (Diagnostic w : warnings) {
            AcceptedFindings.accept(issue, w, WHY); // as the preview's Keep button does
        }

        Diagnostics again = new Diagnostics();
        pipeline().load(issue, again);
        assertEquals(List.of(), again.all().stream().filter(d -> !d.isError()).map(Diagnostic::format).toList(), "no warning is left");
        assertEquals(warnings.size(), again.accepted().size(), again.accepted().toString());
        CommandLineTest.Run check = CommandLineTest.run("check", issue.toString());
        assertEquals(0, check.code(), check.err());
        assertTrue(check.err().contains(Messages.text("check.accepted", warnings.size(), AcceptedFindings.FILE)), check.err());
        assertFalse(check.err().contains("accepted-"), "accepted.yaml reads without a complaint: " + check.err());

        String written = Files.readString(issue.resolve(AcceptedFindings.FILE));
        // the whole text in one reading window, as the tool reads it (snakeyaml-engine 2.10 fails
        // on a surrogate pair across a window's end)
        List<?> entries = (List<?>) new Load(LoadSettings.builder().setBufferSize(written.length() + 2).build()).loadFromString(written);
        assertEquals(warnings.size(), entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Map<?, ?> e = (Map<?, ?>) entries.get(i);
            assertEquals(WHY, e.get("why"), "the reason reads back as typed");
            assertEquals(warnings.get(i).message(Lang.EN), e.get("what"));
        }
    }

    @Test
    void aNewIssueFromOneWithAwkwardStandingValuesLoads() throws Exception {
        Path parent = Files.createTempDirectory("yaml-new-");
        Path plain = parent.resolve("plain");
        Path awkward = parent.resolve("awkward");
        Files.move(TestIssues.minimalWith(null), plain);
        Files.move(TestIssues.minimalWith(null), awkward);
        Path yaml = awkward.resolve("issue.yaml");
        Files.writeString(yaml, Files.readString(yaml)
                .replace("title: 测试期刊", "title: " + TITLE_YAML)
                .replace("issue: \"2022.03\"", "issue: \"2022年\\\"春\\\"季 # 1: \\\\\"")
                .replace("  - title: 第一部分", "  - title: " + TITLE_YAML));
        Diagnostics before = new Diagnostics();
        try {
            pipeline().load(awkward, before);
        } catch (EditorErrors e) {
            // its findings are compared below
        }
        assertEquals(Set.of(), codes(before), "the previous issue itself loads");

        // 'null' and 'true' are fine folder names; YAML must not read them as null and true
        NextIssue.Made made = NextIssue.make(awkward, parent.resolve("null"), new Diagnostics());
        NextIssue.make(plain, parent.resolve("true"), new Diagnostics());
        Map<?, ?> doc = (Map<?, ?>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(made.dir().resolve("issue.yaml")));
        assertEquals("null", doc.get("id"));
        assertEquals(TITLE, doc.get("title"));
        assertEquals("2022年\"春\"季 # 1: \\", doc.get("issue"));
        assertEquals(TITLE, ((Map<?, ?>) ((List<?>) doc.get("sections")).get(0)).get("title"));
        assertEquals(codes(loaded(parent.resolve("true"))), codes(loaded(made.dir())),
                "the new issue has just what any new issue has to fill in, nothing broken");
    }

    private static Diagnostics loaded(Path issue) {
        Diagnostics d = new Diagnostics();
        try {
            pipeline().load(issue, d);
        } catch (EditorErrors e) {
            // a new issue has no articles yet: that is one of its findings
        }
        return d;
    }

    private static Set<String> codes(Diagnostics d) {
        return new TreeSet<>(d.all().stream().filter(Diagnostic::isError).map(Diagnostic::code).toList());
    }
}
