package org.issuepress.design;

/**
 * How tall a photo's frame may be for its width (design.yaml {@code photos}): a frame takes
 * its photo's own proportion, height over width, within these limits, so a portrait phone
 * photo stands as taken and a landscape one is not cut to a square; beyond a limit the photo
 * is cropped to it (where the [图] line's 裁= says). Without a photo's size (a placeholder)
 * the frame has {@code column} or {@code wide} proportion as designed.
 */
public record PhotoFrames(double column, double wide, double columnMin, double columnMax, double wideMin, double wideMax) {

    /** Without a {@code photos} section: the proportions frames had before they followed their photos. */
    public static final PhotoFrames DEFAULT = new PhotoFrames(2.0 / 3, 0.5, 0.5, 1.34, 0.4, 0.75);

    public PhotoFrames {
        column = column > 0 ? column : DEFAULT.column;
        wide = wide > 0 ? wide : DEFAULT.wide;
        columnMin = columnMin > 0 ? columnMin : DEFAULT.columnMin;
        columnMax = columnMax >= columnMin ? columnMax : Math.max(columnMin, DEFAULT.columnMax);
        wideMin = wideMin > 0 ? wideMin : DEFAULT.wideMin;
        wideMax = wideMax >= wideMin ? wideMax : Math.max(wideMin, DEFAULT.wideMax);
    }

    /** The frame's height over width for a photo of that proportion (0: unknown, as designed). */
    public double proportion(double photo, boolean pageWide) {
        if (photo <= 0) {
            return pageWide ? wide : column;
        }
        return pageWide ? Math.max(wideMin, Math.min(wideMax, photo)) : Math.max(columnMin, Math.min(columnMax, photo));
    }
}
