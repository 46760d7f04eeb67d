package org.issuepress.proof;

import java.util.Locale;

/**
 * The 编校差错率 as 《期刊编校差错率计算方法》 counts it, from what the tool can see: the
 * characters checked are the characters per line of the body type × lines per page × pages,
 * each cover page at half; the errors are {@link ProofReport#weightedErrors()}. An estimate of
 * the part a program can find, not a substitute for 三校: the rate of an issue that passes here
 * may still fail a reader's check.
 */
public record ErrorRate(double errors, long charsChecked, int formErrors) {
    /** 《报纸期刊质量管理规定》(2020): a periodical passes at 2 errors in 10,000 characters or fewer. */
    public static final double LIMIT = 2.0 / 10_000;
    public static final int FORM_LIMIT = 5;

    /**
     * @param perLine     characters per line of the body type across the text block
     * @param lines       lines per page
     * @param insidePages pages counted whole
     * @param coverPages  cover pages, counted at half
     */
    public static ErrorRate of(ProofReport r, int perLine, int lines, int insidePages, int coverPages) {
        long chars = Math.round(perLine * (double) lines * (insidePages + coverPages / 2.0));
        // tenths, as the method counts (0.1 a number): no float noise in preflight.json
        return new ErrorRate(Math.round(r.weightedErrors() * 10) / 10.0, chars, r.formErrors());
    }

    public double rate() {
        return charsChecked == 0 ? 0 : errors / charsChecked;
    }

    public boolean passes() {
        return rate() <= LIMIT && formErrors <= FORM_LIMIT;
    }

    /** 1.23 (errors, two decimals) */
    public String errorsText() {
        return String.format(Locale.ROOT, "%.1f", errors);
    }

    /** the rate in ten-thousandths: 0.37 */
    public String perTenThousand() {
        return String.format(Locale.ROOT, "%.2f", rate() * 10_000);
    }
}
