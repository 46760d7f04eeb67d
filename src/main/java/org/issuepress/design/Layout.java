package org.issuepress.design;

/**
 * How an article kind's pages are set: columns and gutter (gutter in body ems), grid lines the
 * article header takes on its first page, the banner printed above the header, if any, a
 * text width narrower than the design's measure (0: the measure), centred in the block, and
 * where an article of the kind starts: {@code page} (a new page, the default), {@code recto}
 * (a new right-hand page) or {@code run_on} (under the previous article of its part, when
 * enough of that page is left).
 */
public record Layout(int columns, double gutter, int headerLines, String banner, double width, String start) {

    public static final String PAGE = "page";
    public static final String RECTO = "recto";
    public static final String RUN_ON = "run_on";

    /** Column width in body ems: the measure (or this layout's narrower width) less the gutters, shared equally. */
    public double columnEms(double measure) {
        return (measureEms(measure) - gutter * (columns - 1)) / columns;
    }

    public double measureEms(double measure) {
        return width > 0 ? width : measure;
    }

    public boolean runsOn() {
        return RUN_ON.equals(start);
    }

    public boolean startsRecto() {
        return RECTO.equals(start);
    }
}
