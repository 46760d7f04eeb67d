package org.issuepress.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.issuepress.design.Design;
import org.issuepress.diag.Diagnostic;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.ArticleKind;
import org.issuepress.support.TestFonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhotoCheckTest {
    static final SourcePos AT = new SourcePos("articles/a.txt", 7, 1);

    @TempDir
    Path dir;

    List<Diagnostic> check(int width, int height, double placedPt, String format) throws IOException {
        Path file = dir.resolve("p" + width + "x" + height + "." + format);
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), format, file.toFile());
        Diagnostics d = new Diagnostics();
        new PhotoCheck(d).check(file, "images/" + file.getFileName(), AT, placedPt, PhotoCheck.COLUMN);
        return d.all();
    }

    @Test
    void aPhotoWith300ppiAtItsPrintedWidthIsFine() throws IOException {
        assertEquals(List.of(), check(1007, 700, PhotoCheck.COLUMN_PT, "png"));
        assertEquals(List.of(), check(2100, 1400, PhotoCheck.WIDE_PT, "jpg"));
    }

    @Test
    void between150And250ppiIsAWarningNamingTheWidthItPrintsWellAtBelow150AnError() throws IOException {
        List<Diagnostic> soft = check(700, 467, PhotoCheck.COLUMN_PT, "png");
        assertEquals(1, soft.size(), soft.toString());
        // 700 pixels at 250 ppi: 71 mm
        assertEquals("articles/a.txt:7:1: warning: 'images/p700x467.png' is 700 × 467 pixels: 208 ppi across a column (85 mm),"
                + " below the 250 ppi it needs to print well; at this size it prints well up to 71 mm wide"
                + " — print needs 300 ppi: use a photo at least 1007 pixels wide", soft.get(0).format()
                .substring(0, soft.get(0).format().indexOf(" (the original")));
        List<Diagnostic> blurred = check(1000, 667, PhotoCheck.WIDE_PT, "jpg");
        assertTrue(blurred.get(0).isError() && blurred.get(0).message().contains("142 ppi"), blurred.toString());
    }

    @Test
    void theSameFileIsGoodInAColumnAndTooCoarseAcrossThePage() throws IOException {
        assertEquals(List.of(), check(1500, 1000, PhotoCheck.COLUMN_PT, "png"));
        assertEquals(1, check(1500, 1000, PhotoCheck.WIDE_PT, "png").size());
    }

    @Test
    void thePrintedWidthsAreTheDesigns() {
        Design design = TestFonts.design();
        double widestColumn = 0;
        for (ArticleKind k : ArticleKind.values()) {
            widestColumn = Math.max(widestColumn, design.layout(k.key()).columnEms(design.measure()) * design.em());
        }
        assertEquals(widestColumn, PhotoCheck.COLUMN_PT, 1e-9, "column photos are checked at the widest article column");
        assertEquals(design.measurePt(), PhotoCheck.WIDE_PT, 1e-9, "通栏 photos at the full measure");
    }

    @Test
    void aFileThatIsNoImageIsAnErrorNotACrash() throws IOException {
        Path file = Files.writeString(dir.resolve("x.jpg"), "<html>not a photo</html>");
        Diagnostics d = new Diagnostics();
        new PhotoCheck(d).check(file, "images/x.jpg", AT, PhotoCheck.COLUMN_PT, "a column");
        assertEquals("image-unreadable", d.all().get(0).code());
    }

    /**
     * Issue #26 item 17: the cover's frame is the bled page below the title band, 216 × 213 mm on
     * the sample's 210 × 285 mm page; a 2700 × 1890 photo covers it scaled to its height, so it loses
     * 29 % of its width and prints at 225 ppi, not the 317 ppi its width over 216 mm would give.
     */
    @Test
    void aCoverPhotoOfAnotherShapeIsSaidToBeCroppedAndMeasuredAcrossTheSideThatFills() throws IOException {
        double bleed = 3 * Design.PT_PER_MM;
        double w = 210 * Design.PT_PER_MM + 2 * bleed;
        double h = 285 * Design.PT_PER_MM + 2 * bleed - Design.COVER_PHOTO_TOP;
        Path wide = dir.resolve("cover.jpg");
        ImageIO.write(new BufferedImage(2700, 1890, BufferedImage.TYPE_INT_RGB), "jpg", wide.toFile());
        Diagnostics d = new Diagnostics();
        new PhotoCheck(d).checkCover(wide, "images/cover.jpg", AT, w, h);
        assertEquals(List.of("image-resolution", "cover-photo-cropped"), d.all().stream().map(Diagnostic::code).toList(), d.toString());
        assertTrue(d.all().get(0).message().contains(" 225 ppi "), d.all().get(0).message());
        assertEquals("cover photo 'images/cover.jpg' is 2700 × 1890 pixels but the cover's photo frame is 216 × 213 mm (nearly square):"
                + " the photo is scaled to the frame's height and loses about 29 % of its width, left and right", d.all().get(1).message());
        assertTrue(d.all().get(1).hint().contains("(2552 × 2513 pixels at 300 ppi)"), d.all().get(1).hint());

        Path square = dir.resolve("square.jpg");
        ImageIO.write(new BufferedImage(2600, 2570, BufferedImage.TYPE_INT_RGB), "jpg", square.toFile());
        Diagnostics none = new Diagnostics();
        new PhotoCheck(none).checkCover(square, "images/square.jpg", AT, w, h);
        assertEquals(List.of(), none.all());
    }

    /**
     * A phone's portrait photo is stored landscape with orientation 6: its printed width is the
     * stored height. 1100 × 700 stored is 328 ppi across a column lying down, 208 standing up.
     */
    @Test
    void theResolutionIsThatOfThePhotoStandingUpright() throws IOException {
        Diagnostics d = new Diagnostics();
        Path turned = org.issuepress.support.TestPhotos.writeTurned(dir.resolve("phone.jpg"),
                new BufferedImage(700, 1100, BufferedImage.TYPE_INT_RGB), 6);
        new PhotoCheck(d).check(turned, "images/phone.jpg", AT, PhotoCheck.COLUMN_PT, PhotoCheck.COLUMN);
        assertEquals(1, d.all().size(), d.all().toString());
        assertTrue(d.all().get(0).message().contains("700 × 1100 pixels: 208 ppi"), d.all().get(0).message());
        Diagnostics upright = new Diagnostics();
        Path lying = org.issuepress.support.TestPhotos.writeTurned(dir.resolve("lying.jpg"),
                new BufferedImage(1100, 700, BufferedImage.TYPE_INT_RGB), 1);
        new PhotoCheck(upright).check(lying, "images/lying.jpg", AT, PhotoCheck.COLUMN_PT, PhotoCheck.COLUMN);
        assertEquals(List.of(), upright.all());
    }

    /** HEIC (an ISO box file, brand heic) has no Java reader: refused with how to convert, named by the editor's name for it. */
    @Test
    void aHeicPhotoIsRefusedWithHowToConvertIt() throws IOException {
        Path heic = dir.resolve("IMG_0042.jpg"); // phones and chat apps save HEIC under .jpg too
        Files.write(heic, new byte[] {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'h', 'e', 'i', 'c', 0, 0, 0, 0, 'm', 'i', 'f', '1', 'h', 'e',
            'i', 'c', 0, 0, 0, 8, 'm', 'd', 'a', 't'});
        Diagnostics d = new Diagnostics();
        new PhotoCheck(d).check(heic, "images/IMG_0042.jpg", AT, PhotoCheck.COLUMN_PT, PhotoCheck.COLUMN);
        assertEquals(1, d.all().size(), d.all().toString());
        Diagnostic e = d.all().get(0);
        assertTrue(e.isError(), e.format());
        assertEquals("image-heif", e.code());
        assertTrue(e.format().startsWith("articles/a.txt:7:1: error: 'images/IMG_0042.jpg' is a HEIC/HEIF photo"), e.format());
        assertTrue(e.format().contains("Most Compatible"), e.format());
    }

    /** 250 ppi and more print well: 900 pixels across a column are 268 ppi, no warning; 830 are 247, a warning. */
    @Test
    void from250ppiNoWarning() throws IOException {
        assertEquals(List.of(), check(900, 600, PhotoCheck.COLUMN_PT, "png"));
        assertEquals(1, check(830, 553, PhotoCheck.COLUMN_PT, "png").size());
    }
}
