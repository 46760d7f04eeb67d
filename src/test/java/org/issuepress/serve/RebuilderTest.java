package org.issuepress.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.issuepress.press.Progress;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.junit.jupiter.api.Test;

/** The preview's rebuild: the whole issue is composed again, only changed pages are drawn again. */
class RebuilderTest {
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};
    private final Path issue = TestIssues.minimalWith(null);
    private final PageImages images = new PageImages();
    private final Rebuilder rebuilder = new Rebuilder(issue, TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"),
            images, new LargePages());

    Rebuilder.Outcome rebuild() {
        return rebuilder.rebuild(Progress.SILENT, partial -> {
        });
    }

    static List<String> versions(Rebuilder.Outcome o) {
        return o.pages().stream().map(PreviewState.PageEntry::v).toList();
    }

    static int pageOf(Rebuilder.Outcome o, String title) {
        return o.pages().stream().filter(p -> p.title().equals(title)).findFirst().orElseThrow().index();
    }

    void edit(String file, String from, String to) throws IOException {
        Path f = issue.resolve(file);
        String text = Files.readString(f);
        assertTrue(text.contains(from), from);
        Files.writeString(f, text.replace(from, to));
    }

    @Test
    void theFirstBuildDrawsEveryPageAndTheNextOnlyWhatChanged() throws IOException {
        Rebuilder.Outcome first = rebuild();
        assertTrue(first.ok(), first.diagnostics().toString());
        assertEquals(first.pages().size(), first.redrawn());
        for (PreviewState.PageEntry p : first.pages()) {
            assertNotNull(p.v(), "page " + p.index() + " has an image");
            assertArrayEquals(PNG, Arrays.copyOf(images.get(p.v()), 4), "page " + p.index() + " is a PNG");
        }
        assertEquals(0, rebuild().redrawn(), "nothing changed, nothing drawn");

        edit("articles/two.txt", "只有一段。", "只有一段，改过了。");
        Rebuilder.Outcome edited = rebuild();
        assertEquals(1, edited.redrawn());
        int two = pageOf(first, "第二篇");
        List<Integer> changed = new ArrayList<>();
        for (int i = 0; i < first.pages().size(); i++) {
            if (!versions(first).get(i).equals(versions(edited).get(i))) {
                changed.add(i);
            }
        }
        assertEquals(List.of(two), changed);
    }

    @Test
    void aBrokenIssueKeepsTheLastGoodPagesAndSaysWhyThenRecovers() throws IOException {
        Rebuilder.Outcome good = rebuild();
        edit("articles/two.txt", "kind: case", "kind: distrct");
        Rebuilder.Outcome broken = rebuild();
        assertFalse(broken.ok());
        assertEquals(versions(good), versions(broken), "the last good pages stay");
        PreviewState.Finding error = broken.findings().stream().filter(f -> f.severity().equals("error")).findFirst().orElseThrow();
        assertEquals("articles/two.txt:3:7", error.where());
        assertTrue(error.what().contains("'kind' cannot be 'distrct' — did you mean 'district'?"), error.what());
        assertEquals(List.of(pageOf(good, "第二篇")), error.pages(), "linked to the article's page");

        edit("articles/two.txt", "kind: distrct", "kind: case");
        Rebuilder.Outcome fixed = rebuild();
        assertTrue(fixed.ok());
        assertEquals(versions(good), versions(fixed));
        assertEquals(0, fixed.redrawn(), "the same text again: the images drawn before serve");
        assertTrue(fixed.findings().stream().noneMatch(f -> f.severity().equals("error")), fixed.findings().toString());
    }

    @Test
    void anIssueThatNeverLoadedHasNoPagesAndItsErrors() throws IOException {
        Files.writeString(issue.resolve("issue.yaml"), "titel: x\n");
        Rebuilder.Outcome o = rebuild();
        assertFalse(o.ok());
        assertEquals(List.of(), o.pages());
        assertTrue(o.findings().stream().anyMatch(f -> f.text().contains("unknown key 'titel'")), o.findings().toString());
    }

    @Test
    void aBrokenTemplateIsAFindingNotACrash() throws IOException {
        Path templates = Files.createTempDirectory("templates-");
        try (var files = Files.walk(TestFonts.ROOT.resolve("templates"))) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path to = templates.resolve(TestFonts.ROOT.resolve("templates").relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        Path page = templates.resolve("page.html");
        Files.writeString(page, Files.readString(page).replace("${p.classes()}", "${p.nope()}"));
        Rebuilder other = new Rebuilder(issue, templates, TestFonts.ROOT.resolve("fonts"), images, new LargePages());
        Rebuilder.Outcome o = other.rebuild(Progress.SILENT, x -> {
        });
        assertFalse(o.ok());
        PreviewState.Finding f = o.findings().stream().filter(x -> x.severity().equals("error")).findFirst().orElseThrow();
        int line = Files.readAllLines(page).stream().filter(l -> l.contains("p.nope()")).findFirst()
                .map(Files.readAllLines(page)::indexOf).orElseThrow() + 1;
        assertTrue(f.where().matches(".*/page\\.html:" + line + ":\\d+"), "where the template is wrong: " + f.where());
        assertTrue(f.what().contains("\"p.nope()\""), "names the expression: " + f.what());
    }

    /** The preview shows a photo as soon as it is named, and again when the file is replaced. */
    @Test
    void aPhotoAddedOrReplacedRedrawsItsPage() throws IOException {
        assertTrue(rebuild().ok());
        org.issuepress.support.TestPhotos.write(issue.resolve("images/a.jpg"), 1600, 1100, 1);
        edit("articles/one.txt", "[图] 一张照片的说明文字", "[图 images/a.jpg] 一张照片的说明文字");
        Rebuilder.Outcome named = rebuild();
        assertTrue(named.ok(), named.diagnostics().toString());
        assertTrue(named.redrawn() >= 1, "the photo's page is drawn again");
        org.issuepress.support.TestPhotos.write(issue.resolve("images/a.jpg"), 1600, 1100, 2);
        Files.setLastModifiedTime(issue.resolve("images/a.jpg"), java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() + 5000));
        Rebuilder.Outcome replaced = rebuild();
        assertTrue(replaced.ok(), replaced.diagnostics().toString());
        assertEquals(1, replaced.redrawn(), "only the photo's page");
    }
}
