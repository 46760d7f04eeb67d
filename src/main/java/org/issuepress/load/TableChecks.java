package org.issuepress.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Table;

/**
 * Adds up a table the way a proof-reader would, because a wrong sum is the error readers
 * notice first: the 合计 row must equal the sum of the rows (小计 rows left out), a 小计 row
 * the sum of the rows since the previous 小计, and a 小计 or 合计 column the sum of the number columns to its left
 * (back to the previous such column). The first column names the row and is never added,
 * even when it holds numbers such as years. Each wrong sum is reported at its cell.
 */
final class TableChecks {
    private static final Phrase TOTAL = Phrase.of("table.total");
    /** A row with the position of each of its cells in the file. */
    record Located(Table.Row row, List<SourcePos> cells) {
        SourcePos at(int c) {
            return c < cells.size() ? cells.get(c) : row.pos();
        }

        Table.Cell cell(int c) {
            return c < row.cells().size() ? row.cells().get(c) : new Table.Cell("", null);
        }

        boolean isSubtotal() {
            return cell(0).text().strip().startsWith("小计");
        }

        /** A 合计 written as a row rather than under 'total:'. */
        boolean isTotal() {
            return !isSubtotal() && isSumName(cell(0).text());
        }
    }

    private final List<Table.Column> columns;
    private final Diagnostics out;

    TableChecks(List<Table.Column> columns, Diagnostics out) {
        this.columns = columns;
        this.out = out;
    }

    void check(List<Located> rows, Located total) {
        checkSubtotalColumns(rows, total);
        List<Located> plain = new ArrayList<>();
        List<Located> sinceSubtotal = new ArrayList<>();
        for (Located r : rows) {
            if (r.isSubtotal()) {
                checkSum(r, sinceSubtotal, Phrase.of("table.subtotal"));
                sinceSubtotal.clear();
            } else if (r.isTotal()) {
                checkSum(r, plain, TOTAL);
            } else {
                plain.add(r);
                sinceSubtotal.add(r);
            }
        }
        if (total != null) {
            checkSum(total, plain, TOTAL);
        }
    }

    /** Each number column of {@code sum} against the sum of that column over {@code parts}. */
    private void checkSum(Located sum, List<Located> parts, Phrase what) {
        for (int c = 1; c < columns.size(); c++) {
            Table.Cell t = sum.cell(c);
            if (!t.isNumber()) {
                if (!t.text().isEmpty() && numbersOnly(parts, c)) {
                    out.report(Severity.ERROR, "table-total-not-number", sum.at(c), what, columns.get(c).name(), t.text());
                }
                continue;
            }
            BigDecimal added = BigDecimal.ZERO;
            boolean numeric = true;
            for (Located r : parts) {
                Table.Cell cell = r.cell(c);
                if (cell.isNumber()) {
                    added = added.add(cell.number());
                } else if (!cell.text().isEmpty()) {
                    numeric = false;
                    out.report(Severity.ERROR, "table-not-number", r.at(c), cell.text(), columns.get(c).name(), what);
                }
            }
            if (numeric && added.compareTo(t.number()) != 0) {
                // a rate or an average does not add up: its 合计 cell is the overall figure, or empty
                out.report(Severity.ERROR, isRate(columns.get(c).name()) ? "table-total.rate" : "table-total", sum.at(c), what,
                        columns.get(c).name(), t.text(), added.toPlainString());
            }
        }
    }

    /** A column of rates, shares or averages (脱贫率, 占比（%）, 增长率, 人均收入): its rows are not parts of a whole. */
    static boolean isRate(String column) {
        return column != null && column.matches(".*(率|%|％|占比|比重|比例|增幅|增速|人均|平均|均价).*");
    }

    /** A 小计/合计 column in every row, total and subtotal rows included. */
    private void checkSubtotalColumns(List<Located> rows, Located total) {
        List<Located> all = new ArrayList<>(rows);
        if (total != null) {
            all.add(total);
        }
        int from = 1;
        for (int c = 1; c < columns.size(); c++) {
            if (!isSumName(columns.get(c).name())) {
                continue;
            }
            for (Located r : all) {
                Table.Cell t = r.cell(c);
                if (!t.isNumber()) {
                    continue;
                }
                BigDecimal added = BigDecimal.ZERO;
                boolean numeric = true;
                for (int k = from; k < c; k++) {
                    Table.Cell cell = r.cell(k);
                    if (cell.isNumber()) {
                        added = added.add(cell.number());
                    } else if (!cell.text().isEmpty()) {
                        numeric = false;
                    }
                }
                if (numeric && added.compareTo(t.number()) != 0) {
                    out.report(Severity.ERROR, "table-total.row", r.at(c), columns.get(c).name(), r.cell(0).text(), t.text(),
                            added.toPlainString());
                }
            }
            from = c + 1;
        }
    }

    /** A column of numbers (empty cells allowed) with at least one number: its sum must be a number too. */
    private static boolean numbersOnly(List<Located> rows, int column) {
        boolean any = false;
        for (Located r : rows) {
            Table.Cell cell = r.cell(column);
            if (!cell.isNumber() && !cell.text().isEmpty()) {
                return false;
            }
            any |= cell.isNumber();
        }
        return any;
    }

    /** 小计, 合计, 总计, also with a unit: 小计 (人次). */
    static boolean isSumName(String text) {
        String s = text.strip();
        return s.startsWith("小计") || s.startsWith("合计") || s.startsWith("总计");
    }
}
