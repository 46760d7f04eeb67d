package org.issuepress.preflight;

/**
 * What a file should be: print (PDF/X) or screen, the trim size when known (a build knows
 * it; a file checked on its own does not), how many articles need bookmarks, and whether
 * placeholders are still allowed (proofs) or are errors (the final file for the printer),
 * whether the pages need a full check or only their colours and placeholders, and whether the
 * file holds only some pages of a print edition (a handoff's changed pages: their count is not
 * a binding's).
 */
public record Expectations(Edition edition, double trimWidthMm, double trimHeightMm, int articles, boolean finalRun,
                           boolean light, boolean somePages) {

    public Expectations(Edition edition, double trimWidthMm, double trimHeightMm, int articles, boolean finalRun) {
        this(edition, trimWidthMm, trimHeightMm, articles, finalRun, false, false);
    }

    /**
     * The same, checking the pages' colours and placeholders only (no type or geometry):
     * for an edition made from pages that were checked in full in another edition.
     */
    public Expectations lightly() {
        return new Expectations(edition, trimWidthMm, trimHeightMm, articles, finalRun, true, somePages);
    }

    /** The same, for a file of some of the edition's pages: every check but the page count's multiple. */
    public Expectations somePagesOnly() {
        return new Expectations(edition, trimWidthMm, trimHeightMm, articles, finalRun, light, true);
    }

    public enum Edition { PRINT, COVER, WEB }

    /** Read the edition from the file itself: PDF/X means print. */
    public static Expectations guess(boolean pdfx, boolean spread, boolean finalRun) {
        return new Expectations(pdfx ? (spread ? Edition.COVER : Edition.PRINT) : Edition.WEB, 0, 0, 0, finalRun);
    }
}
