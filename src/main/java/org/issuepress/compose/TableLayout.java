package org.issuepress.compose;

import java.util.List;
import org.issuepress.model.Table;

/**
 * Column widths of a table fitted to its content: a table whose cells fit on one line in a
 * column stays in the column; else it spans the page, numbers keep their width and text
 * columns share the rest in proportion to their content, wrapping where they must.
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
        boolean[] numeric = new boolean[n];
        for (int c = 0; c < n; c++) {
            numeric[c] = true;
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
                if (!cell.isNumber() && !cell.text().isEmpty() && r != t.total()) {
                    numeric[c] = false;
                }
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
        double fixed = 0;
        double flexible = 0;
        for (int c = 0; c < n; c++) {
            if (numeric[c]) {
                fixed += natural[c];
            } else {
                flexible += natural[c];
            }
        }
        double[] w = new double[n];
        for (int c = 0; c < n; c++) {
            w[c] = numeric[c] ? natural[c] : natural[c] * (target - fixed) / flexible;
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
