package org.issuepress.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case under src/test/resources/broken/ overlays the minimal issue with a mistake an
 * editor makes; its {@code expect} file holds the message it must give, as
 * file:line:col: severity: text — the message must start with it.
 */
class BrokenInputsTest {

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(TestIssues.RESOURCES.resolve("broken"))) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    static List<String> check(Path dir) {
        Diagnostics d = new Diagnostics();
        Pipeline p = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        try {
            p.compose(p.load(dir, d), d);
        } catch (EditorErrors e) {
            if (e.diagnostics() != d) {
                d.addAll(e.diagnostics());
            }
        }
        String prefix = dir.toAbsolutePath() + "/";
        return d.sorted().stream().map(Diagnostic::format).map(s -> s.replace(prefix, "")).toList();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givesItsMessageWithFileAndLine(String name) throws IOException {
        Path dir = TestIssues.minimalWith(name);
        String expected = Files.readString(TestIssues.RESOURCES.resolve("broken").resolve(name).resolve("expect")).strip();
        List<String> found = check(dir);
        assertTrue(found.stream().anyMatch(f -> f.startsWith(expected)),
                () -> "expected a message starting with\n  " + expected + "\nbut got\n  " + String.join("\n  ", found));
        assertTrue(found.stream().anyMatch(f -> f.contains(": error: ")), "it is an error: " + found);
    }

    @Test
    void theMinimalIssueIsClean() {
        List<String> found = check(TestIssues.minimalWith(null));
        assertTrue(found.stream().noneMatch(f -> f.contains(": error: ")), found.toString());
    }
}
