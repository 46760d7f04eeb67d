package org.issuepress.design;

/**
 * How far the layout may bend to fit copy to pages (design.yaml {@code fit}), in whole grid
 * lines where it moves text: a page using less than {@code sparse} of its text block is a
 * run-out page; a run-on article needs {@code runOnText} lines of text per column under its
 * header on the previous article's page and leaves {@code runOnSpace} blank lines above its
 * header; sub-heads may give up or take {@code headSpace} lines of the space above them, the
 * article header up to {@code headerGrow} lines more than designed;
 * photos and charts may grow to {@code floatGrow} times their height. Section openers
 * stand on {@code openerSide} pages: recto (the default), verso, or any.
 */
public record FitRules(double sparse, int runOnText, int runOnSpace, int headSpace, int headerGrow, double floatGrow,
                       String openerSide) {

    public static final String RECTO = "recto";
    public static final String VERSO = "verso";
    public static final String ANY = "any";

    /** Without a {@code fit} section: no bending, only the run-out threshold for reports. */
    public static final FitRules NONE = new FitRules(0.6, 1000, 1, 0, 0, 1, RECTO);

    public FitRules {
        sparse = sparse <= 0 ? 0.6 : sparse;
        floatGrow = Math.max(1, floatGrow);
        openerSide = openerSide == null ? RECTO : openerSide;
    }

    /** Whether a section opener may stand on a page of this side. */
    public boolean openerFits(boolean recto) {
        return ANY.equals(openerSide) || recto == RECTO.equals(openerSide);
    }
}
