package org.issuepress.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;

/**
 * Numbers written the way the magazine writes them. A value on a bar is the figure exactly as
 * the text gives it (15127, 5405.77 — no thousands separators, which Chinese text does not use
 * below 万); only a large round figure is shortened to 万 (1230000 → 123万), never rounded.
 * Axis ticks are guides, not data, and bare numbers in the unit the line over the axis names:
 * the data's own (0, 10000, 20000 over 单位：户、人), or on an axis reaching 10万 and more, 万 of
 * it (0, 50, 100 over 单位：万元), as the figures at the bars then are (123万). Shares are
 * percent with one decimal.
 */
public final class ChineseNumbers {
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal SHORTEN_FROM = BigDecimal.valueOf(100_000);

    private ChineseNumbers() {
    }

    /** A data value as printed next to its bar, point or slice. */
    public static String value(BigDecimal v) {
        if (v.abs().compareTo(SHORTEN_FROM) >= 0) {
            BigDecimal inWan = v.divide(WAN);
            if (inWan.stripTrailingZeros().scale() <= 2) {
                return plain(inWan) + "万";
            }
        }
        return v.toPlainString();
    }

    /** A share of a whole: 30.8%. */
    public static String percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP).toPlainString() + "%";
    }

    /** Whether an axis whose last line is {@code upper} is counted in 万: from where the figures are shortened to 万. */
    public static boolean countsInWan(double upper) {
        return upper >= SHORTEN_FROM.doubleValue();
    }

    /** The format of an axis's ticks, counted in 万 or not. */
    public static NumberFormat axis(boolean inWan) {
        return new AxisFormat(inWan);
    }

    /** An axis tick: 0, 5000 or, on an axis counted in 万 (the unit line says so), 50 for 500000. */
    public static String tick(double v, boolean inWan) {
        if (v == 0) {
            return "0";
        }
        BigDecimal d = BigDecimal.valueOf(v);
        if (inWan) {
            return plain(d.divide(WAN).setScale(2, RoundingMode.HALF_UP));
        }
        return plain(d.setScale(2, RoundingMode.HALF_UP));
    }

    private static String plain(BigDecimal d) {
        BigDecimal s = d.stripTrailingZeros();
        return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
    }

    /** JFreeChart asks a NumberFormat for its tick labels. */
    private static final class AxisFormat extends NumberFormat {
        private final boolean inWan;

        AxisFormat(boolean inWan) {
            this.inWan = inWan;
        }

        @Override
        public StringBuffer format(double number, StringBuffer to, FieldPosition pos) {
            return to.append(tick(number, inWan));
        }

        @Override
        public StringBuffer format(long number, StringBuffer to, FieldPosition pos) {
            return to.append(tick(number, inWan));
        }

        @Override
        public Number parse(String source, ParsePosition pos) {
            return null;
        }
    }
}
