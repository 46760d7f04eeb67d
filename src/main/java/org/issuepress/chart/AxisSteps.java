package org.issuepress.chart;

/**
 * The value axis a reader counts at a glance: 4 to 6 grid lines over zero, one step apart, the
 * step 1, 2 or 5 times a power of ten (17 lines at 0.2万 steps were a ruler, not a guide). The
 * step is the smallest such that the tallest value fits under 6 lines; a value that would need
 * only 3 gets a fourth line of headroom.
 */
record AxisSteps(double step, int lines) {
    static final int FEWEST = 4;
    static final int MOST = 6;
    private static final int[] MANTISSAS = {1, 2, 5};

    /** The steps for an axis that reaches at least {@code top} (a positive value). */
    static AxisSteps over(double top) {
        if (!(top > 0) || Double.isInfinite(top)) {
            return new AxisSteps(1, FEWEST);
        }
        double power = Math.pow(10, Math.floor(Math.log10(top / MOST)));
        for (int k = 0; ; k++) {
            for (int m : MANTISSAS) {
                double step = m * power * Math.pow(10, k);
                int lines = (int) Math.ceil(top / step - 1e-9);
                if (lines <= MOST) {
                    return new AxisSteps(step, Math.max(FEWEST, lines));
                }
            }
        }
    }

    /** The axis's end: its last grid line. */
    double upper() {
        return step * lines;
    }
}
