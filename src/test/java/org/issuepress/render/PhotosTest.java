package org.issuepress.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.issuepress.compose.page.Box;
import org.issuepress.support.TestPhotos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Photos for print are CMYK or gray at 300 ppi, for screens RGB or gray at 150 ppi. */
class PhotosTest {
    /** 240 × 160 pt: a 2400 × 1600 photo there has 720 ppi. */
    static final Box BOX = new Box(0, 0, 240, 160);

    @TempDir
    Path dir;

    /** Width, height and number of components of a JPEG. */
    static int[] jpeg(byte[] bytes) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            assertEquals("JPEG", r.getFormatName().toUpperCase(java.util.Locale.ROOT));
            Raster raster = r.readRaster(0, null);
            return new int[] {raster.getWidth(), raster.getHeight(), raster.getNumBands()};
        }
    }

    @Test
    void anRgbPhotoIsSeparatedAndDownsampledTo300ppiForPrintAnd150ForScreens() throws IOException {
        Path photo = TestPhotos.write(dir.resolve("a.jpg"), 2400, 1600, 1);
        assertArrayEquals(new int[] {1000, 667, 4}, jpeg(Photos.forPrint(photo, BOX)));
        assertArrayEquals(new int[] {500, 334, 3}, jpeg(Photos.forScreen(photo, BOX))); // half the print version
    }

    @Test
    void aPhotoWithUpTo450ppiKeepsItsPixels() throws IOException {
        Path photo = TestPhotos.write(dir.resolve("b.png"), 1400, 900, 2); // 420 ppi
        assertArrayEquals(new int[] {1400, 900, 4}, jpeg(Photos.forPrint(photo, BOX)));
    }

    @Test
    void theSameFileGivesTheSameBytes() throws IOException {
        Path a = TestPhotos.write(dir.resolve("c.jpg"), 1600, 1200, 3);
        Path b = Files.copy(a, dir.resolve("d.jpg")); // another file: not the cached result
        assertArrayEquals(Photos.forPrint(a, BOX), Photos.forPrint(b, BOX));
        assertArrayEquals(Photos.forScreen(a, BOX), Photos.forScreen(b, BOX));
    }

    @Test
    void aGrayJpegStaysAsItIsAndAGrayPngBecomesAGrayJpeg() throws IOException {
        BufferedImage gray = new BufferedImage(1000, 700, BufferedImage.TYPE_BYTE_GRAY);
        Path jpg = dir.resolve("g.jpg");
        Path png = dir.resolve("g.png");
        ImageIO.write(gray, "jpg", jpg.toFile());
        ImageIO.write(gray, "png", png.toFile());
        assertArrayEquals(Files.readAllBytes(jpg), Photos.forPrint(jpg, BOX));
        assertArrayEquals(new int[] {1000, 700, 1}, jpeg(Photos.forPrint(png, BOX)));
        assertArrayEquals(new int[] {500, 350, 1}, jpeg(Photos.forScreen(png, BOX)));
    }

    @Test
    void aCmykJpegIsPrintedAsSuppliedAndConvertedForScreens() throws IOException {
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 800, 600, 4, null);
        for (int y = 0; y < 600; y++) {
            for (int x = 0; x < 800; x++) {
                cmyk.setPixel(x, y, new int[] {x % 256, y % 256, 40, 20});
            }
        }
        Path file = dir.resolve("cmyk.jpg");
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            w.setOutput(out);
            w.write(null, new IIOImage(cmyk, null, null), null);
        }
        assertArrayEquals(Files.readAllBytes(file), Photos.forPrint(file, BOX));
        assertArrayEquals(new int[] {500, 375, 3}, jpeg(Photos.forScreen(file, BOX)));
    }

    @Test
    void separationKeepsHighlightsFreeOfBlackAndInkWithin300Percent() {
        assertArrayEquals(new int[] {0, 0, 0, 0}, Separation.cmyk(255, 255, 255));
        assertArrayEquals(new int[] {0, 0, 0, 255}, Separation.cmyk(0, 0, 0));
        int[] light = Separation.cmyk(230, 230, 230);
        assertTrue(light[3] < 5 && light[0] > 0, "a light grey is mostly CMY");
        int[] red = Separation.cmyk(255, 0, 0);
        assertEquals(0, red[0]);
        assertEquals(0, red[3]);
        int max = 0;
        for (int r = 0; r < 256; r += 15) {
            for (int g = 0; g < 256; g += 15) {
                for (int b = 0; b < 256; b += 15) {
                    int[] c = Separation.cmyk(r, g, b);
                    max = Math.max(max, c[0] + c[1] + c[2] + c[3]);
                }
            }
        }
        assertTrue(max <= 3 * 255 + 2, "total ink " + max * 100 / 255 + " %");
        assertTrue(max > 2 * 255, "shadows do get rich: " + max * 100 / 255 + " %");
    }

    /** A four-component JPEG of one colour, as stored, with an Adobe marker of the given transform. */
    Path adobeJpeg(String name, int[] stored, int transform) throws IOException {
        WritableRaster raster = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 400, 300, 4, null);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                raster.setPixel(x, y, stored);
            }
        }
        java.io.ByteArrayOutputStream plain = new java.io.ByteArrayOutputStream();
        ImageWriter w = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(plain)) {
            w.setOutput(out);
            w.write(null, new IIOImage(raster, null, null), null);
        }
        byte[] b = plain.toByteArray();
        // APP14 "Adobe", version 100, no flags, the transform, right after SOI
        byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, (byte) transform};
        byte[] marked = new byte[b.length + adobe.length];
        System.arraycopy(b, 0, marked, 0, 2);
        System.arraycopy(adobe, 0, marked, 2, adobe.length);
        System.arraycopy(b, 2, marked, 2 + adobe.length, b.length - 2);
        return Files.write(dir.resolve(name), marked);
    }

    static void assertCyanOnScreen(Path file) throws IOException {
        BufferedImage screen = ImageIO.read(new ByteArrayInputStream(Photos.forScreen(file, new Box(0, 0, 100, 75))));
        int rgb = screen.getRGB(100, 75);
        assertTrue(((rgb >> 16) & 0xff) < 40 && ((rgb >> 8) & 0xff) > 215 && (rgb & 0xff) > 215,
                "cyan on screen, not black: " + Integer.toHexString(rgb));
    }

    /**
     * Photoshop writes CMYK JPEGs with inverted components and says so in an Adobe marker:
     * pure cyan is stored as 0 255 255 255. Read without the inversion it would be black.
     */
    @Test
    void aPhotoshopCmykJpegIsReadInverted() throws IOException {
        Path file = adobeJpeg("photoshop.jpg", new int[] {0, 255, 255, 255}, 0);
        byte[] marked = Files.readAllBytes(file);
        assertArrayEquals(marked, Photos.forPrint(file, new Box(0, 0, 100, 75)), "printed as supplied");
        try {
            assertTrue(com.lowagie.text.Image.getInstance(marked).isInverted(), "OpenPDF writes /Decode [1 0 1 0 1 0 1 0] for it");
        } catch (com.lowagie.text.BadElementException e) {
            throw new AssertionError(e);
        }
        assertCyanOnScreen(file);
    }

    /**
     * Photoshop and ImageMagick mostly store CMYK as YCCK (Adobe transform 2): the inverted
     * C M Y as if they were R G B, in YCbCr. Cyan's inverted 0 255 255 is Y 179, Cb 171, Cr 1.
     */
    @Test
    void aYcckJpegIsTurnedBackIntoCmykBeforeScreens() throws IOException {
        assertCyanOnScreen(adobeJpeg("ycck.jpg", new int[] {179, 171, 1, 255}, 2));
    }

    /** A TIFF separated by the editor is printed with its own C M Y K, not separated again. */
    @Test
    void aCmykTiffKeepsItsSeparation() throws IOException {
        java.awt.color.ICC_ColorSpace cmyk = new java.awt.color.ICC_ColorSpace(java.awt.color.ICC_Profile.getInstance(
                org.apache.pdfbox.pdmodel.graphics.color.PDDeviceCMYK.class.getResourceAsStream(
                        "/org/apache/pdfbox/resources/icc/CGATS001Compat-v2-micro.icc")));
        java.awt.image.ComponentColorModel cm = new java.awt.image.ComponentColorModel(cmyk, false, false,
                java.awt.Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster raster = cm.createCompatibleWritableRaster(400, 300);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                raster.setPixel(x, y, new int[] {255, 0, 0, 0}); // cyan, as a TIFF stores it
            }
        }
        Path file = dir.resolve("separated.tif");
        assertTrue(ImageIO.write(new BufferedImage(cm, raster, false, null), "tiff", file.toFile()));
        Box box = new Box(0, 0, 100, 75);
        assertEquals(Photos.Source.SUPPLIED_CMYK, Photos.prepare(file, box, null));
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(Photos.forPrint(file, box)))) {
            ImageReader r = ImageIO.getImageReaders(in).next();
            r.setInput(in);
            int[] px = r.readRaster(0, null).getPixel(200, 150, (int[]) null);
            assertTrue(px.length == 4 && px[0] > 245 && px[1] < 10 && px[2] < 10 && px[3] < 10,
                    "cyan stays 100 % C: " + java.util.Arrays.toString(px));
        }
        assertCyanOnScreen(file);
    }
}
