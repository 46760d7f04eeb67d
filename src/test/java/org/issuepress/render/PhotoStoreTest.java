package org.issuepress.render;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostics;
import org.issuepress.preflight.PreflightFailed;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.issuepress.support.TestPhotos;
import org.junit.jupiter.api.Test;

/**
 * Photos prepared by one build are taken from output/.cache by the next process instead of
 * being made again; entries no longer used are removed, damaged ones made again.
 */
class PhotoStoreTest {
    static Path issueWithPhotos() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        TestPhotos.write(issue.resolve("images/a.jpg"), 2000, 1400, 11);
        TestPhotos.write(issue.resolve("images/b.jpg"), 2000, 1400, 12);
        Path article = issue.resolve("articles/one.txt");
        Files.writeString(article, Files.readString(article).replace("[图] 一张照片的说明文字",
                "[图 images/a.jpg] 甲\n\n[图 images/b.jpg] 乙"));
        return issue;
    }

    /** Copies of one issue share an output folder here: each replaces the editions of the one before (--replace). */
    static Built build(Path issue, Path out) throws IOException {
        return new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(issue, out, new Diagnostics(), false, true);
    }

    static List<Path> entries(Path out) throws IOException {
        try (Stream<Path> s = Files.list(out.resolve(".cache/test-01/photos"))) {
            return s.sorted().toList();
        }
    }

    static List<String> printImageSpaces(Built b) throws IOException {
        try (PDDocument doc = Loader.loadPDF(b.files().get("test-01-print.pdf").toFile())) {
            List<String> spaces = new java.util.ArrayList<>();
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    if (page.getResources().getXObject(n) instanceof PDImageXObject img) {
                        spaces.add(img.getColorSpace().getName());
                    }
                }
            }
            return spaces;
        }
    }

    @Test
    void aSecondProcessTakesThePreparedPhotosFromTheStore() throws IOException {
        Path out = Files.createTempDirectory("out-");
        Path first = issueWithPhotos();
        byte[] fresh = Files.readAllBytes(build(first, out).files().get("test-01-print.pdf"));
        List<Path> stored = entries(out);
        assertEquals(2, stored.size(), stored.toString());

        // an entry the next build must read: its print JPEG swapped for the screen one (RGB)
        byte[] entry = Files.readAllBytes(stored.get(0));
        ByteBuffer in = ByteBuffer.wrap(entry);
        byte source = in.get();
        in.position(5 + in.getInt(1));
        byte[] screen = new byte[in.remaining()];
        in.get(screen);
        Files.write(stored.get(0), ByteBuffer.allocate(5 + 2 * screen.length).put(source).putInt(screen.length)
                .put(screen).put(screen).array());
        // the same issue in another folder: nothing this process has in memory
        Path second = TestIssues.copyOf(first);
        PreflightFailed failed = assertThrows(PreflightFailed.class, () -> build(second, out));
        assertTrue(failed.reports().get(0).findings().stream().anyMatch(f -> f.code().equals("rgb") && f.object().startsWith("image")),
                "the stored entry was used, not made again");

        Files.write(stored.get(0), new byte[] {1, 2, 3}); // damaged: made again, same bytes as the first build
        Path third = TestIssues.copyOf(first);
        Built c = build(third, out);
        assertArrayEquals(fresh, Files.readAllBytes(c.files().get("test-01-print.pdf")));
        assertEquals(List.of("DeviceCMYK", "DeviceCMYK"), printImageSpaces(c));
    }

    @Test
    void entriesNoLongerUsedAreRemoved() throws IOException {
        Path out = Files.createTempDirectory("out-");
        Path issue = issueWithPhotos();
        build(issue, out);
        assertEquals(2, entries(out).size());
        Path article = issue.resolve("articles/one.txt");
        Files.writeString(article, Files.readString(article).replace("[图 images/b.jpg] 乙", "[图] 乙"));
        build(issue, out);
        assertEquals(1, entries(out).size(), "b's entry is gone");
    }

    /**
     * A photo cut short past its header is the editor's error, not a crash: found before the
     * build (the file lacks its end), at the line that refers to it.
     */
    @Test
    void aPhotoDamagedPastItsHeaderIsReportedWithItsFile() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        Path png = TestPhotos.write(issue.resolve("images/cut.png"), 1600, 1100, 5);
        byte[] whole = Files.readAllBytes(png);
        Files.write(png, java.util.Arrays.copyOf(whole, whole.length / 3));
        Path article = issue.resolve("articles/one.txt");
        Files.writeString(article, Files.readString(article).replace("[图] 一张照片的说明文字", "[图 images/cut.png] 甲"));
        Path out = Files.createTempDirectory("out-");
        org.issuepress.diag.EditorErrors e = assertThrows(org.issuepress.diag.EditorErrors.class, () -> build(issue, out));
        org.issuepress.diag.Diagnostic d = e.diagnostics().all().get(0);
        assertEquals("image-cut-short", d.code());
        assertTrue(d.pos().file().endsWith("articles/one.txt") && d.pos().line() > 0, d.pos().toString());
        assertTrue(d.message().contains("cut short"), d.message());
        assertTrue(d.hint().contains("copy the photo again"), d.hint());
        try (Stream<Path> files = Files.list(out)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().equals("test-01")), "nothing written");
        }
    }
}
