package org.issuepress.model;

/**
 * What the print shop needs to know, per issue: trim and bleed in millimetres, copies, paper
 * caliper for the spine, the output intent of the PDF/X file, the page multiple the inside
 * pages are padded to for binding (4), the binding (null: by page count, saddle-stitched up to
 * {@code saddleUpTo} inside pages), the narrowest spine in mm that carries the spine text, and
 * the job ticket's facts ({@link PrintOrder}).
 */
public record PrintSettings(double trimWidth, double trimHeight, double bleed, int copies,
                            String paper, double caliper, String outputCondition,
                            String outputConditionId, int padTo, BindingStyle binding, int saddleUpTo,
                            double spineTextMin, PrintOrder order) {

    /** The settings of an issue that leaves binding to its page count. */
    public PrintSettings(double trimWidth, double trimHeight, double bleed, int copies, String paper, double caliper,
                         String outputCondition, String outputConditionId, int padTo) {
        this(trimWidth, trimHeight, bleed, copies, paper, caliper, outputCondition, outputConditionId, padTo, null, 48, 5,
                PrintOrder.NONE);
    }

    /** The binding of a book block of {@code insidePages}: as the editor says, else saddle-stitched when thin. */
    public BindingStyle bindingFor(int insidePages) {
        return binding != null ? binding : insidePages <= saddleUpTo ? BindingStyle.SADDLE : BindingStyle.PERFECT;
    }

    /** Spine width in mm for a book block of {@code insidePages} pages: leaves × caliper; none when saddle-stitched. */
    public double spineWidth(int insidePages) {
        return bindingFor(insidePages) == BindingStyle.SADDLE ? 0 : Math.ceil(insidePages / 2.0) * caliper;
    }
}
