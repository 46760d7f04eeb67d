package org.issuepress.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Transparency;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.issuepress.compose.page.Box;
import org.issuepress.support.TestProfiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A photo tagged with its camera's colour space is shown in sRGB in the e-edition as that
 * colour, within ΔE 3 (CIE 1976) of the value computed here from the profile's published
 * primaries; a photo without a profile is taken as sRGB.
 */
class PhotoColourTest {
    static final Box BOX = new Box(0, 0, 100, 75);
    /** A terracotta, a leaf green (just outside sRGB from Adobe RGB: clipped in red, as both sides clip) and a sky blue; shown untagged they would be ΔE 4–18 off. */
    static final int[][] COLOURS = {{190, 90, 60}, {90, 160, 70}, {90, 140, 200}};

    @TempDir
    Path dir;

    @Test
    void adobeRgbLandsOnItsSrgbValue() throws IOException {
        for (int[] c : COLOURS) {
            double[] expected = srgbOf(c, TestProfiles.toXyz(new double[][] {{0.64, 0.33}, {0.21, 0.71}, {0.15, 0.06}}), false);
            assertWithin3(tagged("adobe", TestProfiles.adobeRgb(), c), expected, "Adobe RGB " + java.util.Arrays.toString(c));
        }
    }

    @Test
    void displayP3LandsOnItsSrgbValue() throws IOException {
        for (int[] c : COLOURS) {
            double[] expected = srgbOf(c, TestProfiles.toXyz(new double[][] {{0.680, 0.320}, {0.265, 0.690}, {0.150, 0.060}}), true);
            assertWithin3(tagged("p3", TestProfiles.displayP3(), c), expected, "Display P3 " + java.util.Arrays.toString(c));
        }
    }

    @Test
    void aPhotoWithoutAProfileIsTakenAsSrgb() throws IOException {
        for (int[] c : COLOURS) {
            BufferedImage img = new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB);
            for (int y = 0; y < 48; y++) {
                for (int x = 0; x < 64; x++) {
                    img.setRGB(x, y, (c[0] << 16) | (c[1] << 8) | c[2]);
                }
            }
            Path file = dir.resolve("plain" + c[0] + ".jpg");
            ImageIO.write(img, "jpg", file.toFile());
            assertWithin3(file, new double[] {c[0], c[1], c[2]}, "untagged " + java.util.Arrays.toString(c));
        }
    }

    /** A flat JPEG of the colour {@code c} in the profile's space, the profile embedded (APP2 ICC_PROFILE). */
    private Path tagged(String name, ICC_Profile profile, int[] c) throws IOException {
        ComponentColorModel cm = new ComponentColorModel(new ICC_ColorSpace(profile), false, false, Transparency.OPAQUE, DataBuffer.TYPE_BYTE);
        WritableRaster r = cm.createCompatibleWritableRaster(64, 48);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                r.setPixel(x, y, c);
            }
        }
        Path file = dir.resolve(name + c[0] + ".jpg");
        assertTrue(ImageIO.write(new BufferedImage(cm, r, false, null), "jpg", file.toFile()));
        return file;
    }

    private static void assertWithin3(Path file, double[] expected, String what) throws IOException {
        BufferedImage screen = ImageIO.read(new ByteArrayInputStream(Photos.forScreen(file, BOX)));
        int p = screen.getRGB(screen.getWidth() / 2, screen.getHeight() / 2);
        double[] got = {(p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff};
        double de = deltaE(lab(expected), lab(got));
        assertTrue(de <= 3, what + ": expected sRGB " + java.util.Arrays.toString(expected) + ", got " + java.util.Arrays.toString(got)
                + ", ΔE " + de);
    }

    /** The sRGB value of {@code c} in a space of the given RGB → XYZ matrix (D65), by its tone curve. */
    static double[] srgbOf(int[] c, double[][] toXyz, boolean srgbCurve) {
        double[] lin = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = c[i] / 255.0;
            lin[i] = srgbCurve ? decode(v) : Math.pow(v, 563 / 256.0);
        }
        double[] xyz = multiply(toXyz, lin);
        double[][] fromXyz = {{3.2404542, -1.5371385, -0.4985314}, {-0.9692660, 1.8760108, 0.0415560}, {0.0556434, -0.2040259, 1.0572252}};
        double[] s = multiply(fromXyz, xyz);
        for (int i = 0; i < 3; i++) {
            double v = Math.max(0, Math.min(1, s[i]));
            s[i] = 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * Math.pow(v, 1 / 2.4) - 0.055);
        }
        return s;
    }

    private static double decode(double v) {
        return v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
    }

    private static double[] multiply(double[][] m, double[] v) {
        return new double[] {m[0][0] * v[0] + m[0][1] * v[1] + m[0][2] * v[2], m[1][0] * v[0] + m[1][1] * v[1] + m[1][2] * v[2],
            m[2][0] * v[0] + m[2][1] * v[1] + m[2][2] * v[2]};
    }

    /** CIELAB (D65) of an sRGB value 0–255. */
    static double[] lab(double[] srgb) {
        double[] lin = {decode(srgb[0] / 255), decode(srgb[1] / 255), decode(srgb[2] / 255)};
        double[][] toXyz = {{0.4124564, 0.3575761, 0.1804375}, {0.2126729, 0.7151522, 0.0721750}, {0.0193339, 0.1191920, 0.9503041}};
        double[] xyz = multiply(toXyz, lin);
        double[] white = {0.95047, 1.0, 1.08883};
        double[] f = new double[3];
        for (int i = 0; i < 3; i++) {
            double t = xyz[i] / white[i];
            f[i] = t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
        }
        return new double[] {116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])};
    }

    static double deltaE(double[] a, double[] b) {
        return Math.sqrt((a[0] - b[0]) * (a[0] - b[0]) + (a[1] - b[1]) * (a[1] - b[1]) + (a[2] - b[2]) * (a[2] - b[2]));
    }
}
