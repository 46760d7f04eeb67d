package org.issuepress.preflight;

/**
 * What preflight measured in a file, for the report's list of checks with their values: the
 * trim (and the size expected, 0 when unknown), the least bleed, the PDF/X declaration and
 * output intent by name, and the extremes the page rules met — smallest type, thinnest rule,
 * lowest image resolution — each with its page. Gathered while the rules run, not in a pass
 * of its own. {@code created} is the file's creation date (yyyy-MM-dd), which the build takes from
 * the issue, not the clock; bookmarks and links are -1 when not counted (print).
 */
public record Measures(double trimWidthMm, double trimHeightMm, double expectedWidthMm, double expectedHeightMm,
                       double bleedMm, String pdfxVersion, String outputIntent, String outputCondition,
                       Extreme smallestType, Extreme thinnestRule, Extreme lowestPpi, int bookmarks, int links,
                       String title, String created) {

    /** The least value met and on which 1-based PDF page; page 0 when nothing was measured. */
    public record Extreme(double value, int page) {
        public static final Extreme NONE = new Extreme(Double.NaN, 0);

        public boolean measured() {
            return page > 0;
        }

        Extreme least(double v, int p) {
            return !measured() || v < value ? new Extreme(v, p) : this;
        }
    }

    static final Measures NONE = new Measures(0, 0, 0, 0, Double.NaN, null, null, null, Extreme.NONE, Extreme.NONE, Extreme.NONE,
            -1, -1, null, null);
}
