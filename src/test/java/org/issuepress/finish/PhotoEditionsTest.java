package org.issuepress.finish;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostics;
import org.issuepress.preflight.FileReport;
import org.issuepress.preflight.Finding;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.issuepress.support.TestPhotos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An issue with photos, as the real one has: camera JPEGs (RGB, far more pixels than print
 * needs) and a PNG. Print gets them in CMYK at 300 ppi, the e-edition in RGB at 150 ppi,
 * which is what makes the e-edition small.
 */
class PhotoEditionsTest {
    static Built built;
    static Path out;
    static Path issue;

    @BeforeAll
    static void build() throws IOException {
        issue = TestIssues.minimalWith(null);
        TestPhotos.write(issue.resolve("images/a.jpg"), 2400, 1600, 1);
        TestPhotos.write(issue.resolve("images/b.jpg"), 2400, 1600, 2);
        TestPhotos.write(issue.resolve("images/c.png"), 1600, 1200, 3);
        TestPhotos.write(issue.resolve("images/cover.jpg"), 3200, 2400, 4);
        Path article = issue.resolve("articles/one.txt");
        Files.writeString(article, Files.readString(article).replace("[图] 一张照片的说明文字",
                "[图 images/a.jpg] 第一张照片\n\n正文一段。\n\n[图 images/b.jpg] 第二张照片\n\n正文一段。\n\n[图 images/c.png] 第三张照片"));
        Path yaml = issue.resolve("issue.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  photo_caption: 山", "  photo: images/cover.jpg\n  photo_caption: 山"));
        out = Files.createTempDirectory("out-");
        Diagnostics d = new Diagnostics();
        built = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(issue, out, d);
        assertEquals(List.of(), d.all().stream().filter(x -> x.isError()).toList());
    }

    static Path file(String edition) {
        return built.files().get("test-01-" + edition + ".pdf");
    }

    /** Every image on every page, sorted: colour space name, width and height in pixels. */
    static List<String> images(String edition) throws IOException {
        List<String> found = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(file(edition).toFile())) {
            for (PDPage page : doc.getPages()) {
                collect(page.getResources(), edition, found);
            }
        }
        found.sort(null);
        return found;
    }

    /** The cover spread places its pages as forms: images are found inside them too. */
    private static void collect(PDResources res, String edition, List<String> found) throws IOException {
        for (COSName n : res.getXObjectNames()) {
            PDXObject x = res.getXObject(n);
            if (x instanceof PDImageXObject img) {
                assertEquals("jpg", img.getSuffix(), "JPEG in " + edition);
                found.add(img.getColorSpace().getName() + " " + img.getWidth() + "×" + img.getHeight());
            } else if (x instanceof PDFormXObject form && form.getResources() != null) {
                collect(form.getResources(), edition, found);
            }
        }
    }

    @Test
    void printHasThePhotosInCmykAt300ppiAndPreflightIsContent() throws IOException {
        // the column is 85.2 mm wide: 1006 pixels at 300 ppi
        assertEquals(List.of("DeviceCMYK 1006×671", "DeviceCMYK 1006×671", "DeviceCMYK 1006×755"), images("print"));
        FileReport print = built.preflight().get(0);
        assertEquals(3, print.images());
        List<String> codes = print.findings().stream().map(Finding::code).toList();
        assertTrue(!codes.contains("rgb") && !codes.contains("image-resolution"), print.findings().toString());
        assertTrue(print.colourSpaces().stream().noneMatch(s -> s.contains("RGB")), print.colourSpaces().toString());
        assertEquals(1, images("cover").size());
        assertTrue(images("cover").get(0).startsWith("DeviceCMYK "), images("cover").toString());
    }

    @Test
    void theEEditionHasThemInRgbAtHalfTheResolution() throws IOException {
        List<String> web = images("web");
        assertEquals(4, web.size(), web.toString());
        // the cover's photo (covering a box taller in proportion than the photo: its height sets
        // the scale) and the three column photos
        assertEquals(List.of("DeviceRGB 1675×1256", "DeviceRGB 503×336", "DeviceRGB 503×336", "DeviceRGB 503×378"), web);
        assertEquals(4, built.preflight().get(2).images());
    }

    @Test
    void theEEditionIsAtMostHalfThePrintEdition() throws IOException {
        long print = Files.size(file("print"));
        long web = Files.size(file("web"));
        assertTrue(2 * web <= print, "web " + web + " bytes, print " + print);
    }

    @Test
    void builtAgainTheFilesAreTheSameBytes() throws IOException {
        Built again = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(issue, Files.createTempDirectory("out-"), new Diagnostics());
        for (String name : built.files().keySet()) {
            assertTrue(java.util.Arrays.equals(Files.readAllBytes(built.files().get(name)), Files.readAllBytes(again.files().get(name))),
                    name + " differs");
        }
    }
}
