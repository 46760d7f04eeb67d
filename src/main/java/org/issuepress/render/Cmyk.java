package org.issuepress.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * The raw components of a photo separated by the editor (a CMYK JPEG or TIFF), which Java2D
 * cannot draw: made plain (as PDF's DeviceCMYK reads them), scaled, and shown on screens.
 */
final class Cmyk {
    private Cmyk() {
    }

    /**
     * Plain C M Y K, 0 = no ink. A JPEG with an Adobe marker stores its components inverted
     * (Photoshop's way), and YCCK (transform 2) further as YCbCr of the inverted C M Y.
     *
     * @param adobe the marker's transform, or -1 without a marker (stored plain)
     */
    static Raster plain(Raster stored, int adobe) {
        if (adobe < 0) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        WritableRaster out = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, w, h, 4, null);
        int[] px = new int[4 * w];
        for (int y = 0; y < h; y++) {
            stored.getPixels(stored.getMinX(), stored.getMinY() + y, w, 1, px);
            for (int i = 0; i < px.length; i += 4) {
                if (adobe == 2) {
                    double luma = px[i];
                    double cb = px[i + 1] - 128;
                    double cr = px[i + 2] - 128;
                    px[i] = clamp(luma + 1.402 * cr);
                    px[i + 1] = clamp(luma - 0.344136 * cb - 0.714136 * cr);
                    px[i + 2] = clamp(luma + 1.772 * cb);
                }
                for (int j = 0; j < 4; j++) {
                    px[i + j] = 255 - px[i + j];
                }
            }
            out.setPixels(0, y, w, 1, px);
        }
        return out;
    }

    /** Downscaled by {@code factor} (below 1): see {@link BoxFilter}. */
    static Raster scaled(Raster src, double factor) {
        return BoxFilter.scaled(src, factor);
    }

    /** For screens: by the usual formula (no profile for the printer's condition). */
    static BufferedImage toRgb(Raster cmyk) {
        int w = cmyk.getWidth();
        int h = cmyk.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        int[] px = new int[4 * w];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            cmyk.getPixels(cmyk.getMinX(), cmyk.getMinY() + y, w, 1, px);
            for (int x = 0; x < w; x++) {
                int i = 4 * x;
                double k = 1 - px[i + 3] / 255.0;
                int r = (int) Math.round((255 - px[i]) * k);
                int g = (int) Math.round((255 - px[i + 1]) * k);
                int b = (int) Math.round((255 - px[i + 2]) * k);
                row[x] = (r << 16) | (g << 8) | b;
            }
            out.setRGB(0, y, w, 1, row, 0, w);
        }
        return out;
    }

    /** Three bands 0–255 as an RGB image (a box-filtered RGB raster, for measuring). */
    static BufferedImage toRgbImage(Raster rgb) {
        BufferedImage out = new BufferedImage(rgb.getWidth(), rgb.getHeight(), BufferedImage.TYPE_INT_RGB);
        out.getRaster().setRect(rgb);
        return out;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
