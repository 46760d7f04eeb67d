package org.issuepress.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * RGB photos separated into CMYK for the press by a generic conversion: grey-component
 * replacement, total ink at most 300 %, mid-tone dot gain allowed for. No CMYK output
 * profile can be shipped under a free licence (PDFBox's CGATS profile is input-only), and
 * colour-critical photos should come separated for the printer's paper anyway.
 */
final class Separation {
    private static final double TOTAL_INK = 3.0;
    /** Mid-tone dot gain of coated offset stock (Japan Color 2001 Coated: about 14 % at 50 %). */
    private static final double DOT_GAIN = 0.14;

    /** By the grey component (0–255): black, the factor 1 / (1 − k) for CMY, black's plate. */
    private static final double[] BLACK = new double[256];
    private static final double[] CMY_SCALE = new double[256];
    private static final int[] PLATE_K = new int[256];

    /** Plate values for printed values in steps of 1/4096 (a square root per channel per pixel is slow). */
    private static final int[] PLATE = new int[4097];

    static {
        double a = 4 * DOT_GAIN;
        for (int i = 0; i <= 4096; i++) {
            double v = i / 4096.0;
            // the plate value that prints as v with a parabolic dot gain of DOT_GAIN at 50 %
            double p = ((1 + a) - Math.sqrt((1 + a) * (1 + a) - 4 * a * v)) / (2 * a);
            PLATE[i] = (int) Math.round(Math.max(0, Math.min(1, p)) * 255);
        }
        for (int grey = 0; grey < 256; grey++) {
            double k = (grey / 255.0) * (grey / 255.0);
            BLACK[grey] = k;
            CMY_SCALE[grey] = k < 1 ? 1 / (1 - k) : 0; // pure black: no colour under it
            PLATE_K[grey] = PLATE[(int) (k * 4096 + 0.5)];
        }
    }

    private Separation() {
    }

    /** Four 8-bit components per pixel, C M Y K, as PDF's DeviceCMYK reads them. */
    static WritableRaster of(BufferedImage rgb) {
        int w = rgb.getWidth();
        int h = rgb.getHeight();
        WritableRaster out = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, w, h, 4, null);
        byte[] px = ((DataBufferByte) out.getDataBuffer()).getData();
        int[] row = new int[w];
        int[] cmyk = new int[4];
        int i = 0;
        for (int y = 0; y < h; y++) {
            rgb.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int p = row[x];
                separate((p >> 16) & 0xff, (p >> 8) & 0xff, p & 0xff, cmyk);
                px[i++] = (byte) cmyk[0];
                px[i++] = (byte) cmyk[1];
                px[i++] = (byte) cmyk[2];
                px[i++] = (byte) cmyk[3];
            }
        }
        return out;
    }

    static int[] cmyk(int r, int g, int b) {
        int[] out = new int[4];
        separate(r, g, b, out);
        return out;
    }

    /**
     * One RGB value separated: black takes over the grey component progressively (none in
     * highlights, all of it in the deepest shadows), CMY are what remains so that each
     * channel's darkness 1 − (1 − c)(1 − k) is kept, total ink is capped, and the plate
     * values are lowered to allow for the dot gain on press.
     */
    private static void separate(int r, int g, int b, int[] out) {
        int grey = 255 - Math.max(r, Math.max(g, b));
        double k = BLACK[grey];
        double scale = CMY_SCALE[grey];
        double c = ((255 - r) / 255.0 - k) * scale;
        double m = ((255 - g) / 255.0 - k) * scale;
        double y = ((255 - b) / 255.0 - k) * scale;
        double sum = c + m + y + k;
        if (sum > TOTAL_INK) {
            double f = (TOTAL_INK - k) / (c + m + y);
            c *= f;
            m *= f;
            y *= f;
        }
        out[0] = PLATE[Math.min(4096, (int) (c * 4096 + 0.5))]; // c can round a hair over 1
        out[1] = PLATE[Math.min(4096, (int) (m * 4096 + 0.5))];
        out[2] = PLATE[Math.min(4096, (int) (y * 4096 + 0.5))];
        out[3] = PLATE_K[grey];
    }
}
