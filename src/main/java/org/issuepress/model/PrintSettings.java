package org.issuepress.model;

/**
 * What the print shop needs to know, per issue: trim and bleed in millimetres, copies, paper
 * caliper for the spine, the output intent of the PDF/X file, and the page multiple the inside
 * pages are padded to for binding (4 for perfect binding).
 */
public record PrintSettings(double trimWidth, double trimHeight, double bleed, int copies,
                            String paper, double caliper, String outputCondition,
                            String outputConditionId, int padTo) {

    /** Spine width in mm for a book block of {@code insidePages} pages: leaves × caliper. */
    public double spineWidth(int insidePages) {
        return Math.ceil(insidePages / 2.0) * caliper;
    }
}
