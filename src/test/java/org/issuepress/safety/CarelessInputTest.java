package org.issuepress.safety;

import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.EditorErrors;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/** Mistakes that used to end in "internal error" or print damage silently: each is the editor's, at its file. */
class CarelessInputTest {

    static List<String> load(Path dir) {
        return HostileInputTest.load(dir);
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

    private static Path issueWithPhoto(byte[] jpeg) throws IOException {
        Path dir = TestIssues.minimalWith(null);
        Files.createDirectories(dir.resolve("images"));
        Files.write(dir.resolve("images/cut.jpg"), jpeg);
        Path article = dir.resolve("articles/one.txt");
        Files.writeString(article, Files.readString(article).replace("[图] 一张照片的说明文字", "[图 images/cut.jpg] 甲"));
        return dir;
    }

    private static byte[] cameraJpeg() throws IOException {
        Path whole = org.issuepress.support.TestPhotos.write(Files.createTempDirectory("photo-").resolve("a.jpg"), 2400, 1800, 7);
        return Files.readAllBytes(whole);
    }

    /** A JPEG cut short in transfer printed grey below the cut with check, build and preflight clean. */
    @Test
    void aJpegCutShortIsAnErrorAtTheLineThatShowsIt() throws IOException {
        byte[] whole = cameraJpeg();
        Path dir = issueWithPhoto(java.util.Arrays.copyOf(whole, whole.length / 2));
        List<String> found = load(dir);
        assertTrue(found.stream().anyMatch(f -> f.contains("articles/one.txt:16:1: error: 'images/cut.jpg' is cut short")),
                found.toString());
    }

    /**
     * The check before the build reads the file's end; a JPEG whose pixels stop early but
     * which ends as a whole one does is found while its pixels are decoded, and reported at
     * the same line, not at the image file.
     */
    @Test
    void aJpegWhosePixelsStopEarlyIsFoundInTheBuildAtItsLine() throws IOException {
        byte[] whole = cameraJpeg();
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2 + 2);
        cut[cut.length - 2] = (byte) 0xFF;
        cut[cut.length - 1] = (byte) 0xD9;
        Path dir = issueWithPhoto(cut);
        Pipeline p = new Pipeline(org.issuepress.support.TestFonts.ROOT.resolve("templates"),
                org.issuepress.support.TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        Diagnostics d = new Diagnostics();
        EditorErrors e = org.junit.jupiter.api.Assertions.assertThrows(EditorErrors.class,
                () -> p.build(dir, Files.createTempDirectory("out-"), d));
        List<String> found = e.diagnostics().sorted().stream().map(Diagnostic::format).toList();
        assertTrue(found.stream().anyMatch(f -> f.contains("articles/one.txt:16:1: error: 'images/cut.jpg' is cut short")),
                found.toString());
    }
}
