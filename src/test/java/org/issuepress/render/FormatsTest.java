package org.issuepress.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.issuepress.compose.page.Box;
import org.issuepress.support.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every format an editor is sent photos in: JPEG, PNG (8 and 16 bits, transparent parts on
 * white), TIFF, and WebP (as WeChat saves them; read through TwelveMonkeys), each printed in
 * CMYK and shown in RGB the right way round.
 */
class FormatsTest {
    static final Box BOX = new Box(0, 0, 120, 90);

    @TempDir
    Path dir;

    /** cwebp 1.2.4 made these from a 160 × 120 picture of the four quarters, lossy (-q 90) and lossless. */
    @Test
    void webpLossyAndLosslessArePrintedAndShown() throws IOException {
        for (String name : new String[] {"quarters-lossy.webp", "quarters-lossless.webp"}) {
            Path file = dir.resolve(name);
            try (InputStream in = FormatsTest.class.getResourceAsStream("/photos/" + name)) {
                Files.copy(in, file);
            }
            assertQuarters(file, 160, 120);
        }
    }

    @Test
    void aTiffIsPrintedAndShown() throws IOException {
        Path file = dir.resolve("quarters.tif");
        assertTrue(ImageIO.write(TestPhotos.quarters(160, 120), "tiff", file.toFile()));
        assertQuarters(file, 160, 120);
    }

    /** A 16-bit PNG whose right half is transparent: the photo's part prints, the rest is paper (no ink, white on screen). */
    @Test
    void aSixteenBitPngWithAlphaIsFlattenedOnWhite() throws IOException {
        ComponentColorModel cm = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        WritableRaster r = cm.createCompatibleWritableRaster(160, 120);
        for (int y = 0; y < 120; y++) {
            for (int x = 0; x < 160; x++) {
                r.setPixel(x, y, x < 80 ? new int[] {0xE000, 0x2000, 0x2000, 0xFFFF} : new int[] {0, 0, 0, 0});
            }
        }
        Path file = dir.resolve("deep.png");
        assertTrue(ImageIO.write(new BufferedImage(cm, r, false, null), "png", file.toFile()));
        Raster print = OrientationTest.raster(Photos.forPrint(file, BOX));
        int[] red = print.getPixel(40, 60, (int[]) null);
        int[] paper = print.getPixel(120, 60, (int[]) null);
        assertTrue(red[0] < 40 && red[1] > 180 && red[2] > 180, "red: " + java.util.Arrays.toString(red));
        assertEquals("[0, 0, 0, 0]", java.util.Arrays.toString(paper), "no ink where the PNG is transparent");
        BufferedImage screen = ImageIO.read(new ByteArrayInputStream(Photos.forScreen(file, BOX)));
        assertTrue((screen.getRGB(3 * screen.getWidth() / 4, screen.getHeight() / 2) & 0xFFFFFF) > 0xF8F8F8, "white on screen");
    }

    private static void assertQuarters(Path file, int w, int h) throws IOException {
        Raster print = OrientationTest.raster(Photos.forPrint(file, BOX));
        assertEquals(4, print.getNumBands(), file + " in CMYK");
        assertEquals(w + "×" + h, print.getWidth() + "×" + print.getHeight());
        assertEquals("red green blue white", OrientationTest.quarters(print, true), file + " in print");
        Raster screen = ImageIO.read(new ByteArrayInputStream(Photos.forScreen(file, BOX))).getData();
        assertEquals("red green blue white", OrientationTest.quarters(screen, false), file + " on screen");
    }
}
