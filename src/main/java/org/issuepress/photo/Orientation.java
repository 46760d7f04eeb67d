package org.issuepress.photo;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * The eight EXIF orientations: how the stored pixels are turned to stand upright. A phone
 * held upright stores its sensor's landscape pixels and writes 6 (turn a quarter clockwise);
 * 2, 4, 5 and 7 also mirror, as some front cameras and editors write them.
 */
public enum Orientation {
    /** 1: stored upright */
    UPRIGHT(false),
    /** 2: mirrored left to right */
    MIRRORED(false),
    /** 3: upside down */
    TURNED_HALF(false),
    /** 4: mirrored top to bottom */
    FLIPPED(false),
    /** 5: mirrored along the main diagonal (rows become columns) */
    TRANSPOSED(true),
    /** 6: to be turned a quarter clockwise, as phones held upright store photos */
    TURN_CLOCKWISE(true),
    /** 7: mirrored along the other diagonal */
    TRANSVERSED(true),
    /** 8: to be turned a quarter counter-clockwise */
    TURN_COUNTER_CLOCKWISE(true);

    private final boolean swapsSides;

    Orientation(boolean swapsSides) {
        this.swapsSides = swapsSides;
    }

    /** The tag's value, 1–8; anything else (0 is written by some software) as upright. */
    public static Orientation of(int tag) {
        return tag >= 1 && tag <= 8 ? values()[tag - 1] : UPRIGHT;
    }

    /** The EXIF value. */
    public int tag() {
        return ordinal() + 1;
    }

    /** Whether the upright photo's width is the stored height (5–8). */
    public boolean swapsSides() {
        return swapsSides;
    }

    public int uprightWidth(int storedWidth, int storedHeight) {
        return swapsSides ? storedHeight : storedWidth;
    }

    public int uprightHeight(int storedWidth, int storedHeight) {
        return swapsSides ? storedWidth : storedHeight;
    }

    /** The image turned upright, in the same colour model (an embedded profile is kept). */
    public BufferedImage upright(BufferedImage stored) {
        if (this == UPRIGHT) {
            return stored;
        }
        ColorModel cm = stored.getColorModel();
        return new BufferedImage(cm, upright(stored.getRaster()), cm.isAlphaPremultiplied(), null);
    }

    /** The raster turned upright (any number of bands: a CMYK JPEG's raw components too). */
    public WritableRaster upright(Raster stored) {
        int w = stored.getWidth();
        int h = stored.getHeight();
        int bands = stored.getNumBands();
        WritableRaster out = stored.createCompatibleWritableRaster(uprightWidth(w, h), uprightHeight(w, h));
        int[] row = new int[w * bands];
        int[] px = new int[bands];
        for (int y = 0; y < h; y++) {
            stored.getPixels(stored.getMinX(), stored.getMinY() + y, w, 1, row);
            for (int x = 0; x < w; x++) {
                System.arraycopy(row, x * bands, px, 0, bands);
                out.setPixel(uprightX(x, y, w, h), uprightY(x, y, w, h), px);
            }
        }
        return out;
    }

    /** Where the stored pixel (x, y) of a w × h image lands in the upright one. */
    int uprightX(int x, int y, int w, int h) {
        return switch (this) {
            case UPRIGHT, FLIPPED -> x;
            case MIRRORED, TURNED_HALF -> w - 1 - x;
            case TRANSPOSED, TURN_COUNTER_CLOCKWISE -> y;
            case TURN_CLOCKWISE, TRANSVERSED -> h - 1 - y;
        };
    }

    int uprightY(int x, int y, int w, int h) {
        return switch (this) {
            case UPRIGHT, MIRRORED -> y;
            case TURNED_HALF, FLIPPED -> h - 1 - y;
            case TRANSPOSED, TURN_CLOCKWISE -> x;
            case TURN_COUNTER_CLOCKWISE, TRANSVERSED -> w - 1 - x;
        };
    }
}
