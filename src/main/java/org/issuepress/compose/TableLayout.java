package org.issuepress.compose;

import java.util.List;
import org.issuepress.model.Table;

/**
 * Column widths of a table fitted to its content: a table whose cells fit on one line in a
 * column stays in the column; else it spans the page, short columns (figures, dates, places)
 * keep their one-line width and long text columns share the rest, wrapping where they must.
 */
final class TableLayout {
    private final TextComposer text;
    private final double padX;

    TableLayout(TextComposer text, double padX) {
        this.text = text;
        this.padX = padX;
    }

    double[] widths(Table t, double columnWidth, double pageWidth) {
        int n = t.columns().size();
        double[] natural = new double[n];
        for (int c = 0; c < n; c++) {
            natural[c] = headerWidth(t.columns().get(c).name());
        }
        List<Table.Row> all = new java.util.ArrayList<>(t.rows());
        if (t.total() != null) {
            all.add(t.total());
        }
        for (Table.Row r : all) {
            for (int c = 0; c < Math.min(n, r.cells().size()); c++) {
                Table.Cell cell = r.cells().get(c);
                natural[c] = Math.max(natural[c], text.naturalWidth(cell.text(), "table_title") + 2 * padX);
            }
        }
        double sum = 0;
        for (double w : natural) {
            sum += w;
        }
        double target = sum <= columnWidth ? columnWidth : pageWidth;
        if (sum <= target) {
            double[] w = new double[n];
            for (int c = 0; c < n; c++) {
                w[c] = natural[c] * target / sum;
            }
            return w;
        }
        return shared(natural, target);
    }

    /**
     * Widths for a table that cannot set every cell on one line: a column narrower than an
     * equal share of what is left keeps its one-line width (a date, a place, a figure never
     * wraps), again and again; the columns still too wide share the rest in proportion to their
     * content and wrap.
     */
    static double[] shared(double[] natural, double target) {
        int n = natural.length;
        double[] w = new double[n];
        boolean[] fixed = new boolean[n];
        double left = target;
        int open = n;
        boolean changed = true;
        while (changed && open > 0) {
            changed = false;
            double share = left / open;
            for (int c = 0; c < n; c++) {
                if (!fixed[c] && natural[c] <= share) {
                    fixed[c] = true;
                    w[c] = natural[c];
                    left -= natural[c];
                    open--;
                    changed = true;
                }
            }
        }
        double flexible = 0;
        for (int c = 0; c < n; c++) {
            if (!fixed[c]) {
                flexible += natural[c];
            }
        }
        for (int c = 0; c < n; c++) {
            if (!fixed[c]) {
                w[c] = natural[c] * left / flexible;
            }
        }
        return w;
    }

    /** A header may wrap: its width is that of its longest phrase, at least four characters. */
    private double headerWidth(String name) {
        double widest = 0;
        for (String part : name.split("[\\s(（]")) {
            widest = Math.max(widest, text.naturalWidth(part, "table_head"));
        }
        return Math.max(widest, 4 * text.style("table_head").size()) + 2 * padX;
    }
}
