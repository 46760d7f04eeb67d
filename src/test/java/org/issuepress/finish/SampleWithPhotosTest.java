package org.issuepress.finish;

import org.issuepress.press.Built;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.diag.Diagnostics;
import org.issuepress.preflight.FileReport;
import org.issuepress.support.SampleIssue;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.issuepress.support.TestPhotos;
import org.junit.jupiter.api.Test;

/**
 * The sample issue as it will be once the editors supply the photos its captions name (here
 * photo-like test images of camera size): the e-edition's photos then take at most half the
 * bytes of the print edition's (150 ppi RGB against 300 ppi CMYK). The files as a whole are
 * not compared: without photos both are mostly the same fonts, and since the print JPEGs
 * went from quality 92 to 85 (#21) the fonts are a large share of both.
 */
class SampleWithPhotosTest {
    private static final Pattern PHOTO = Pattern.compile("(?m)^\\[图\\] ");

    /** The stored bytes of every image in the file (in forms too). */
    static long imageBytes(Path pdf) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            long n = 0;
            for (org.apache.pdfbox.pdmodel.PDPage page : doc.getPages()) {
                n += imageBytes(page.getResources());
            }
            return n;
        }
    }

    private static long imageBytes(org.apache.pdfbox.pdmodel.PDResources res) throws IOException {
        long n = 0;
        if (res == null) {
            return 0;
        }
        for (org.apache.pdfbox.cos.COSName name : res.getXObjectNames()) {
            var x = res.getXObject(name);
            if (x instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img) {
                n += img.getCOSObject().getLength();
            } else if (x instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                n += imageBytes(form.getResources());
            }
        }
        return n;
    }

    @Test
    void withItsPhotosTheEEditionsPhotosAreAtMostHalfThePrintEditions() throws IOException {
        Path issue = TestIssues.copyOf(SampleIssue.DIR);
        int photos = 0;
        try (Stream<Path> files = Files.list(issue.resolve("articles"))) {
            for (Path article : files.sorted().toList()) {
                String text = Files.readString(article);
                Matcher m = PHOTO.matcher(text);
                StringBuilder b = new StringBuilder();
                while (m.find()) {
                    photos++;
                    TestPhotos.write(issue.resolve("images/photo-" + photos + ".jpg"), 2400, 1600, photos);
                    m.appendReplacement(b, "[图 images/photo-" + photos + ".jpg] ");
                }
                m.appendTail(b);
                Files.writeString(article, b.toString());
            }
        }
        TestPhotos.write(issue.resolve("images/cover.jpg"), 3600, 2700, 0);
        Path yaml = issue.resolve("issue.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  photo_caption: 伏羲山", "  photo: images/cover.jpg\n  photo_caption: 伏羲山"));

        Diagnostics d = new Diagnostics();
        Built built = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(issue, Files.createTempDirectory("out-"), d);
        assertEquals(7, photos, "the photos the printed issue's captions name");
        List<FileReport> reports = built.preflight();
        assertEquals(7, reports.get(0).images());
        assertEquals(0, reports.get(0).errors(), reports.get(0).findings().toString());
        assertEquals(1, reports.get(0).placeholders(), "only the chart the text gives no data for");
        assertTrue(Files.readString(built.files().get("preflight.txt")).contains("photos: 8 — 8 RGB, separated to CMYK"),
                "the report tells the print shop which photos were separated here");
        long print = Files.size(built.files().get("2021-01-print.pdf"));
        long web = Files.size(built.files().get("2021-01-web.pdf"));
        long printPhotos = imageBytes(built.files().get("2021-01-print.pdf"));
        long webPhotos = imageBytes(built.files().get("2021-01-web.pdf"));
        assertTrue(printPhotos > 0 && 2 * webPhotos <= printPhotos, "web photos " + webPhotos + " bytes, print photos " + printPhotos);
        System.out.printf("sample with its 7 photos and a cover photo: print %.2f MB, web %.2f MB%n", print / 1048576.0, web / 1048576.0);
    }
}
