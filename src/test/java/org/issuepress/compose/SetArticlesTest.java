package org.issuepress.compose;

import org.issuepress.press.Loaded;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * The preview composes the issue again on every edit with the articles the last compose set:
 * what it makes must be what a compose from nothing makes, with the same findings.
 */
class SetArticlesTest {
    private static final Pipeline PIPELINE = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"),
            Progress.SILENT);
    private final Path issue = TestIssues.copyOf(SampleIssue.DIR);
    private final SetArticles set = SetArticles.keeping();

    private record Composed(ComposedIssue issue, List<Diagnostic> findings) {
    }

    private Composed compose(SetArticles with) {
        Diagnostics d = new Diagnostics();
        ComposedIssue c = PIPELINE.compose(PIPELINE.load(issue, d), d, with);
        return new Composed(c, d.sorted());
    }

    private void edit(String file, String from, String to) throws IOException {
        Path f = issue.resolve(file);
        String text = Files.readString(f);
        assertTrue(text.contains(from), from);
        Files.writeString(f, text.replaceFirst(java.util.regex.Pattern.quote(from), to));
    }

    @Test
    void anEditedIssueComposesAsFromNothingWithOnlyTheEditedArticleSetAgain() throws IOException {
        Composed first = compose(set);
        assertEquals(0, set.reused(), "nothing to reuse at first");
        Composed again = compose(set);
        assertEquals(first.issue().pages(), again.issue().pages());
        assertEquals(first.findings(), again.findings(), "the findings of setting reported again");
        long articles = first.issue().issue().articles().count();
        assertEquals(articles, set.reused());

        // a paragraph longer by a line or two: its article is set again, the pages after it move
        edit("articles/012-zhengzhou.txt", "。", "。" + "又".repeat(60) + "。");
        Composed edited = compose(set);
        assertEquals(articles - 1, set.reused(), "only the edited article is set again");
        Composed fresh = compose(SetArticles.NONE);
        assertEquals(fresh.issue().pages(), edited.issue().pages(), "the same pages as a compose from nothing");
        assertEquals(fresh.findings(), edited.findings());
        assertNotEquals(first.issue().pages(), edited.issue().pages());
    }

    @Test
    void aMissingGlyphFoundWhenSettingIsAnErrorEveryTime() throws IOException {
        edit("articles/021-gongyi.txt", "。", "。𓀀");
        for (int run = 0; run < 2; run++) {
            Diagnostics d = new Diagnostics();
            Loaded l = PIPELINE.load(issue, d);
            EditorErrors e = assertThrows(EditorErrors.class, () -> PIPELINE.compose(l, d, set));
            assertTrue(e.diagnostics().sorted().stream().anyMatch(x -> x.code().equals("glyph-missing")
                    && x.pos().file().endsWith("021-gongyi.txt")), "run " + run + ": " + e.diagnostics().sorted());
        }
        assertTrue(set.reused() > 0, "the second compose took the articles from the first");
    }

    @Test
    void anotherDesignSetsEveryArticleAgain() throws IOException {
        compose(set);
        compose(set);
        assertTrue(set.reused() > 0);
        Path templates = TestIssues.copyOf(TestFonts.ROOT.resolve("templates"));
        Path design = templates.resolve("design.yaml");
        Files.writeString(design, Files.readString(design).replace("size: 9,    leading: 13.5", "size: 9.5,  leading: 13.5"));
        Pipeline other = new Pipeline(templates, TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        Diagnostics d = new Diagnostics();
        other.compose(other.load(issue, d), d, set);
        assertEquals(0, set.reused());
    }
}
