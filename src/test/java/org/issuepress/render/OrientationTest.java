package org.issuepress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.Raster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.issuepress.compose.page.Box;
import org.issuepress.support.TestPhotos;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo stored as a camera stores it, with each of the eight EXIF orientations, stands
 * upright in both editions: its quarters (red top left, green top right, blue bottom left,
 * white bottom right) are read back from the print JPEG's plates and the screen JPEG's RGB.
 */
class OrientationTest {
    @TempDir
    Path dir;

    /** A portrait phone photo, small enough to keep its pixels (90 ppi in the box). */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void keptAtItsSize(int orientation) throws IOException {
        Path file = TestPhotos.writeTurned(dir.resolve("o" + orientation + ".jpg"), TestPhotos.quarters(300, 400), orientation);
        assertUpright(file, new Box(0, 0, 240, 160), 300, 400);
    }

    /** Far more pixels than print needs: scaled as stored, then turned. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void downsampled(int orientation) throws IOException {
        Path file = TestPhotos.writeTurned(dir.resolve("d" + orientation + ".jpg"), TestPhotos.quarters(1200, 1600), orientation);
        // 90 × 120 pt: 1200 pixels across are 960 ppi, kept at 300 (375 × 500), the screen at 150
        assertUpright(file, new Box(0, 0, 90, 120), 375, 500);
    }

    private static void assertUpright(Path file, Box box, int printW, int printH) throws IOException {
        Raster print = raster(Photos.forPrint(file, box));
        assertEquals(printW, print.getWidth(), "print width");
        assertEquals(printH, print.getHeight(), "print height");
        assertEquals(4, print.getNumBands());
        assertEquals("red green blue white", quarters(print, true), "print plates");
        // read as an image: a three-component JPEG's raw raster is YCbCr
        Raster screen = ImageIO.read(new ByteArrayInputStream(Photos.forScreen(file, box))).getData();
        assertTrue(screen.getHeight() > screen.getWidth(), "portrait on screen");
        assertEquals("red green blue white", quarters(screen, false), "screen");
    }

    static String quarters(Raster r, boolean cmyk) {
        int w = r.getWidth();
        int h = r.getHeight();
        return colour(r.getPixel(w / 4, h / 4, (int[]) null), cmyk) + " " + colour(r.getPixel(3 * w / 4, h / 4, (int[]) null), cmyk)
                + " " + colour(r.getPixel(w / 4, 3 * h / 4, (int[]) null), cmyk) + " " + colour(r.getPixel(3 * w / 4, 3 * h / 4, (int[]) null), cmyk);
    }

    /** The colour a pixel prints or shows as: which inks are on (CMYK), which channels are lit (RGB). */
    private static String colour(int[] px, boolean cmyk) {
        boolean a = px[0] > 128;
        boolean b = px[1] > 128;
        boolean c = px[2] > 128;
        String key = (cmyk ? !a : a) + " " + (cmyk ? !b : b) + " " + (cmyk ? !c : c); // ink on = light off
        return switch (key) {
            case "true false false" -> "red";
            case "false true false" -> "green";
            case "false false true" -> "blue";
            case "true true true" -> "white";
            default -> "?" + java.util.Arrays.toString(px);
        };
    }

    /** The JPEG's components as stored (a CMYK JPEG's too, which ImageIO will not make an image of). */
    static Raster raster(byte[] jpeg) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(jpeg))) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            return r.readRaster(0, null);
        }
    }
}
