package org.issuepress.render;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * Downscaling by area: each output pixel the mean of the source pixels it covers, on the
 * stored components (any bands, any depth; before colour conversion, so a 12-megapixel
 * Adobe RGB photo is converted at its printed size, not at its full size). One pass, one row
 * of sums: measured against Java2D's halving steps on camera photos it is the reference
 * (PSNR and SSIM in src/test/.../render/PhotoQualityBench) and faster, since Java2D converts
 * every pixel of the full-size image as it draws.
 */
final class BoxFilter {
    private BoxFilter() {
    }

    /** The image downscaled by {@code factor} (at most 1/2), in its own colour model. */
    static BufferedImage scaled(BufferedImage src, double factor) {
        ColorModel cm = src.getColorModel();
        WritableRaster r = (WritableRaster) scaled(src.getRaster(), factor);
        return new BufferedImage(cm, r, cm.isAlphaPremultiplied(), null);
    }

    static Raster scaled(Raster src, double factor) {
        int sw = src.getWidth();
        int sh = src.getHeight();
        int w = Math.max(1, (int) Math.round(sw * factor));
        int h = Math.max(1, (int) Math.round(sh * factor));
        int bands = src.getNumBands();
        WritableRaster out = src.createCompatibleWritableRaster(w, h);
        long[] sum = new long[w * bands];
        int[] count = new int[w];
        int[] row = new int[sw * bands];
        int[] column = new int[sw]; // the output column each source column falls in
        for (int x = 0; x < sw; x++) {
            column[x] = Math.min(w - 1, (int) ((long) x * w / sw));
        }
        int[] outRow = new int[w * bands];
        int sy = 0;
        for (int y = 0; y < h; y++) {
            Arrays.fill(sum, 0);
            Arrays.fill(count, 0);
            int end = y == h - 1 ? sh : (int) ((long) (y + 1) * sh / h);
            for (; sy < end; sy++) {
                src.getPixels(src.getMinX(), src.getMinY() + sy, sw, 1, row);
                for (int x = 0, i = 0; x < sw; x++) {
                    int c = column[x];
                    count[c]++;
                    int o = c * bands;
                    for (int b = 0; b < bands; b++) {
                        sum[o + b] += row[i++];
                    }
                }
            }
            for (int x = 0; x < w; x++) {
                for (int b = 0; b < bands; b++) {
                    outRow[x * bands + b] = count[x] == 0 ? 0 : (int) ((sum[x * bands + b] + count[x] / 2) / count[x]);
                }
            }
            out.setPixels(0, y, w, 1, outRow);
        }
        return out;
    }
}
