package org.issuepress.preflight;

/**
 * What a file should be: print (PDF/X) or screen, the trim size when known (a build knows
 * it; a file checked on its own does not), how many articles need bookmarks, and whether
 * placeholders are still allowed (proofs) or are errors (the final file for the printer),
 * and whether the pages need a full check or only their colours and placeholders.
 */
public record Expectations(Edition edition, double trimWidthMm, double trimHeightMm, int articles, boolean finalRun,
                           boolean light) {

    public Expectations(Edition edition, double trimWidthMm, double trimHeightMm, int articles, boolean finalRun) {
        this(edition, trimWidthMm, trimHeightMm, articles, finalRun, false);
    }

    /**
     * The same, checking the pages' colours and placeholders only (no type or geometry):
     * for an edition made from pages that were checked in full in another edition.
     */
    public Expectations lightly() {
        return new Expectations(edition, trimWidthMm, trimHeightMm, articles, finalRun, true);
    }

    public enum Edition { PRINT, COVER, WEB }

    /** Read the edition from the file itself: PDF/X means print. */
    public static Expectations guess(boolean pdfx, boolean spread, boolean finalRun) {
        return new Expectations(pdfx ? (spread ? Edition.COVER : Edition.PRINT) : Edition.WEB, 0, 0, 0, finalRun);
    }
}
