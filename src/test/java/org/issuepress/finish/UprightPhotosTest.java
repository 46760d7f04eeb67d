package org.issuepress.finish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.issuepress.diag.Diagnostics;
import org.issuepress.press.Built;
import org.issuepress.press.Pipeline;
import org.issuepress.press.Progress;
import org.issuepress.support.TestFonts;
import org.issuepress.support.TestIssues;
import org.issuepress.support.TestPhotos;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An issue with one portrait phone photo for each EXIF orientation: in the print and the
 * electronic edition every one stands upright (each image read back from the PDF: red top
 * left, green top right, blue bottom left, white bottom right), as the preview draws it.
 */
class UprightPhotosTest {
    static Built built;

    @BeforeAll
    static void build() throws IOException {
        Path issue = TestIssues.minimalWith(null);
        StringBuilder lines = new StringBuilder();
        for (int o = 1; o <= 8; o++) {
            TestPhotos.writeTurned(issue.resolve("images/o" + o + ".jpg"), TestPhotos.quarters(600, 800), o);
            lines.append("[图 images/o").append(o).append(".jpg] 方向 ").append(o).append("\n\n正文一段。\n\n"); // text between: not pairs
        }
        Path article = issue.resolve("articles/one.txt");
        Files.writeString(article, Files.readString(article).replace("[图] 一张照片的说明文字", lines.toString().strip()));
        Diagnostics d = new Diagnostics();
        built = new Pipeline(TestFonts.ROOT.resolve("templates"), TestFonts.ROOT.resolve("fonts"), Progress.SILENT)
                .build(issue, Files.createTempDirectory("out-"), d);
        assertEquals(List.of(), d.all().stream().filter(x -> x.isError()).toList());
    }

    @Test
    void everyOrientationStandsUprightInPrint() throws IOException {
        List<String> seen = quarters("print", true);
        assertEquals(8, seen.size(), seen.toString());
        assertTrue(seen.stream().allMatch("portrait red green blue white"::equals), seen.toString());
    }

    @Test
    void everyOrientationStandsUprightInTheEEdition() throws IOException {
        List<String> seen = quarters("web", false);
        assertEquals(8, seen.size(), seen.toString());
        assertTrue(seen.stream().allMatch("portrait red green blue white"::equals), seen.toString());
    }

    private static List<String> quarters(String edition, boolean cmyk) throws IOException {
        List<String> seen = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(built.files().get("test-01-" + edition + ".pdf").toFile())) {
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getXObjectNames()) {
                    PDXObject x = page.getResources().getXObject(n);
                    if (x instanceof PDImageXObject img) {
                        Raster r = pixels(img, cmyk);
                        int w = r.getWidth();
                        int h = r.getHeight();
                        seen.add((h > w ? "portrait" : "landscape") + " " + colour(r, w / 4, h / 4, cmyk) + " " + colour(r, 3 * w / 4, h / 4, cmyk)
                                + " " + colour(r, w / 4, 3 * h / 4, cmyk) + " " + colour(r, 3 * w / 4, 3 * h / 4, cmyk));
                    }
                }
            }
        }
        return seen;
    }

    /** The plates as the JPEG in the PDF holds them (CMYK), or the RGB a screen shows. */
    private static Raster pixels(PDImageXObject img, boolean cmyk) throws IOException {
        byte[] jpeg;
        try (InputStream in = img.getCOSObject().createRawInputStream()) {
            jpeg = in.readAllBytes();
        }
        if (!cmyk) {
            return ImageIO.read(new ByteArrayInputStream(jpeg)).getData();
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            return r.readRaster(0, null);
        }
    }

    private static String colour(Raster r, int x, int y, boolean cmyk) {
        int[] px = r.getPixel(x, y, (int[]) null);
        StringBuilder lit = new StringBuilder();
        for (int c = 0; c < 3; c++) {
            lit.append((px[c] > 128) != cmyk ? '1' : '0'); // ink on = light off
        }
        return switch (lit.toString()) {
            case "100" -> "red";
            case "010" -> "green";
            case "001" -> "blue";
            case "111" -> "white";
            default -> "?" + java.util.Arrays.toString(px);
        };
    }
}
