package org.issuepress.design;

/**
 * How an article kind's pages are set: columns and gutter (gutter in body ems), grid lines the
 * article header takes on its first page, the banner printed above the header, if any, and a
 * text width narrower than the design's measure (0: the measure), centred in the block.
 */
public record Layout(int columns, double gutter, int headerLines, String banner, double width) {

    /** Column width in body ems: the measure (or this layout's narrower width) less the gutters, shared equally. */
    public double columnEms(double measure) {
        return (measureEms(measure) - gutter * (columns - 1)) / columns;
    }

    public double measureEms(double measure) {
        return width > 0 ? width : measure;
    }
}
