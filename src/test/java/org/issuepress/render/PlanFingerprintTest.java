package org.issuepress.render;

import org.issuepress.press.Loaded;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.compose.ComposedIssue;
import org.issuepress.diag.Diagnostics;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/**
 * The preview redraws a page only when its fingerprint changes, so a fingerprint must be the
 * same for the same content in every build, and change with the page's content.
 */
class PlanFingerprintTest {
    private static final Path TEMPLATES = TestFonts.ROOT.resolve("templates");

    record Prints(List<Integer> prints, List<String> articles) {
    }

    static Prints prints(Path issue) {
        Pipeline p = new Pipeline(TEMPLATES, TestFonts.ROOT.resolve("fonts"), Progress.SILENT);
        Diagnostics d = new Diagnostics();
        Loaded l = p.load(issue, d);
        ComposedIssue c = p.compose(l, d);
        PdfRenderer.Plan plan = new PdfRenderer(TEMPLATES, l.design(), l.fonts()).plan(c, ColourMode.RGB);
        List<Integer> prints = new ArrayList<>();
        for (int i = 0; i < plan.pages().size(); i++) {
            prints.add(plan.fingerprint(i));
        }
        return new Prints(prints, c.pages().stream().map(pg -> String.valueOf(pg.articleId())).toList());
    }

    /** The pages whose fingerprints differ. */
    static List<Integer> changed(Prints a, Prints b) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < a.prints().size(); i++) {
            if (!a.prints().get(i).equals(b.prints().get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    @Test
    void twoBuildsOfTheSameFilesHaveTheSameFingerprints() {
        Path issue = TestIssues.minimalWith(null);
        assertEquals(List.of(), changed(prints(issue), prints(issue)),
                "each build loads its own fonts; the pages are still the same");
    }

    @Test
    void editingAParagraphChangesThePageItIsOnAndNoOther() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Prints before = prints(issue);
        Path two = issue.resolve("articles/two.txt");
        Files.writeString(two, Files.readString(two).replace("只有一段。", "只有一段，改过了。"));
        Prints after = prints(issue);
        assertEquals(List.of(before.articles().indexOf("two")), changed(before, after));
    }

    @Test
    void replacingAPhotoUnderTheSameNameChangesItsPage() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Files.createDirectories(issue.resolve("images"));
        Path photo = issue.resolve("images/village.png");
        writePhoto(photo, 0x336699);
        Path two = issue.resolve("articles/two.txt");
        Files.writeString(two, Files.readString(two) + "\n[图 images/village.png] 村口\n");
        Prints before = prints(issue);
        writePhoto(photo, 0x993366);
        Files.setLastModifiedTime(photo, FileTime.fromMillis(Files.getLastModifiedTime(photo).toMillis() + 5000));
        assertEquals(List.of(before.articles().indexOf("two")), changed(before, prints(issue)));
    }

    private static void writePhoto(Path file, int rgb) throws IOException {
        BufferedImage image = new BufferedImage(1100, 733, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 100; x++) {
            image.setRGB(x, 0, rgb);
        }
        ImageIO.write(image, "png", file.toFile());
    }
}
