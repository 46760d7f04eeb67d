package org.issuepress.design;

/**
 * How an article kind's pages are set: columns and gutter (gutter in body ems), grid lines the
 * article header takes on its first page, and the banner printed above the header, if any.
 */
public record Layout(int columns, double gutter, int headerLines, String banner) {

    /** Column width in body ems: the measure less the gutters, shared equally. */
    public double columnEms(double measure) {
        return (measure - gutter * (columns - 1)) / columns;
    }
}
