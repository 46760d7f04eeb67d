package org.issuepress.render;

import org.issuepress.press.Loaded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * The preview plans the issue on every edit with the templates' documents of the plan before:
 * a page's document must be what a fresh plan makes, and a changed template file is read again.
 */
class PageTemplatesTest {
    private final Path templates = TestIssues.copyOf(TestFonts.ROOT.resolve("templates"));
    private final Path issue = TestIssues.minimalWith(null);
    private final PageTemplates kept = new PageTemplates(templates);

    private List<String> plan(PageTemplates with) {
        Pipeline p = new Pipeline(templates, TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        Diagnostics d = new Diagnostics();
        Loaded l = p.load(issue, d);
        ComposedIssue c = p.compose(l, d);
        return List.copyOf(new PdfRenderer(templates, l.design(), l.fonts(), with).plan(c, ColourMode.RGB).pages());
    }

    private List<String> fresh() {
        return plan(new PageTemplates(templates));
    }

    private static void edit(Path f, String from, String to) throws IOException {
        String text = Files.readString(f);
        assertTrue(text.contains(from), from);
        Files.writeString(f, text.replace(from, to));
    }

    @Test
    void anEditRunsTheTemplatesForItsPageOnly() throws IOException {
        List<String> first = plan(kept);
        assertEquals(first.size(), kept.ran());
        assertEquals(first, plan(kept));
        assertEquals(0, kept.ran(), "nothing changed: no page run again");

        edit(issue.resolve("articles/two.txt"), "只有一段。", "只有一段，改过了。");
        List<String> edited = plan(kept);
        assertEquals(fresh(), edited);
        assertEquals(1, kept.ran(), "the edited article's page");
    }

    @Test
    void aTitleChangedInIssueDataReachesEveryPageThatShowsIt() throws IOException {
        plan(kept);
        edit(issue.resolve("issue.yaml"), "title: 测试期刊", "title: 测试月刊期刊");
        List<String> edited = plan(kept);
        assertEquals(fresh(), edited);
        assertTrue(String.join("", edited).contains("测试月刊期刊"));
    }

    @Test
    void aTemplateChangedBetweenPlansIsReadAgainAndCheckedAgain() throws IOException {
        List<String> before = plan(kept);
        Path page = templates.resolve("page.html");
        edit(page, "${p.classes()}", "${p.classes()} + ' edited'");
        List<String> after = plan(kept);
        assertEquals(fresh(), after);
        assertTrue(after.get(0).contains("edited") && !before.get(0).contains("edited"), after.get(0));

        Files.writeString(page, Files.readString(page) + "<div>");
        EditorErrors e = assertThrows(EditorErrors.class, () -> plan(kept));
        assertEquals("template-xml", e.diagnostics().sorted().get(0).code());
    }
}
