package org.issuepress.safety;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.load.IssueLoader;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/** Mistakes that used to end in "internal error" or print damage silently: each is the editor's, at its file. */
class CarelessInputTest {

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
    void yamlNestedTenThousandDeepIsRefusedAtItsLineNotAStackOverflow() throws IOException {
        Path dir = TestIssues.minimalWith(null);
        String yaml = Files.readString(dir.resolve("issue.yaml"));
        Files.writeString(dir.resolve("issue.yaml"), yaml + "extra: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");
        List<String> found = load(dir);
        int line = (int) yaml.lines().count() + 1;
        assertTrue(found.stream().anyMatch(f -> f.contains("issue.yaml:" + line + ":")
                && f.contains("error: the YAML is nested more than 64 levels deep")), found.toString());
    }

    @Test
    void deepFrontMatterIsRefusedAtItsLineInTheArticle() throws IOException {
        Path dir = TestIssues.minimalWith(null);
        String deep = "extra: " + "{a: ".repeat(10_000) + "1" + "}".repeat(10_000) + "\n";
        Files.writeString(dir.resolve("articles/two.txt"), "---\ntitle: 第二篇\nkind: case\n" + deep + "---\n正文。\n");
        List<String> found = load(dir);
        assertTrue(found.stream().anyMatch(f -> f.contains("articles/two.txt:4:") && f.contains("nested more than 64 levels")),
                found.toString());
    }
}
