package org.issuepress.render;

import org.issuepress.compose.Grid;
import org.issuepress.design.Design;

/**
 * The rendered page: trim plus bleed on every side, so artwork that touches the trim runs
 * on; composed coordinates (from the trim's top-left) shift by the bleed.
 */
public record PageMetrics(double trimWidth, double trimHeight, double bleed) {

    public static PageMetrics of(Grid grid, double bleedMm) {
        return new PageMetrics(grid.trimWidth(), grid.trimHeight(), bleedMm * Design.PT_PER_MM);
    }

    public double mediaWidth() {
        return trimWidth + 2 * bleed;
    }

    public double mediaHeight() {
        return trimHeight + 2 * bleed;
    }

    /** PDF x of a composed x. */
    public double x(double x) {
        return bleed + x;
    }

    /** PDF y (up from the bottom) of a composed y (down from the trim's top). */
    public double y(double y) {
        return mediaHeight() - bleed - y;
    }
}
