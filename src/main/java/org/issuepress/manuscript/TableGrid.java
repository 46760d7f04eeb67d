package org.issuepress.manuscript;

import java.util.ArrayList;
import java.util.List;

/**
 * A table from a manuscript's grid of cells: the first row is the header; when it has cells
 * merged across columns, those are groups over the names in the second row (脱贫人口 over
 * 户数 and 人数); rows at the end with one line of text in their first cell, 资料来源：… or
 * 注：… as Excel sheets carry them under the table, are its note, not data rows of empty
 * cells; the row starting 合计, last of the rest, is the total.
 */
final class TableGrid {
    /** A cell: its text, how many columns it spans, whether it continues a merge from the left or above. */
    record Cell(String text, int span, boolean continued) {
    }

    private TableGrid() {
    }

    static TableData table(List<List<Cell>> grid) {
        int width = grid.stream().mapToInt(List::size).max().orElse(0);
        List<Cell> first = grid.isEmpty() ? List.of() : grid.get(0);
        boolean grouped = grid.size() > 1 && first.stream().anyMatch(c -> c.span() > 1);
        List<TableData.Column> columns = new ArrayList<>();
        String group = null;
        int groupLeft = 0;
        for (int j = 0; j < width; j++) {
            Cell top = j < first.size() ? first.get(j) : new Cell("", 1, false);
            if (!top.continued()) {
                group = top.span() > 1 ? top.text() : null;
                groupLeft = top.span();
            }
            String name = top.text();
            if (grouped) {
                Cell below = j < grid.get(1).size() ? grid.get(1).get(j) : new Cell("", 1, true);
                boolean inGroup = group != null && groupLeft > 0;
                name = inGroup || !below.continued() && !below.text().isEmpty() ? below.text() : top.text();
                columns.add(new TableData.Column(name, inGroup ? group : null));
            } else {
                columns.add(new TableData.Column(name, null));
            }
            groupLeft--;
        }
        List<List<String>> rows = new ArrayList<>();
        for (List<Cell> r : grid.subList(Math.min(grid.size(), grouped ? 2 : 1), grid.size())) {
            List<String> cells = new ArrayList<>();
            for (int j = 0; j < width; j++) {
                cells.add(j < r.size() ? TableData.cell(r.get(j).text()) : "");
            }
            rows.add(cells);
        }
        List<String> notes = new ArrayList<>();
        while (!rows.isEmpty() && isNote(rows.get(rows.size() - 1))) {
            notes.add(0, rows.remove(rows.size() - 1).get(0));
        }
        List<String> total = null;
        if (!rows.isEmpty() && TableData.isTotal(rows.get(rows.size() - 1))) {
            total = rows.remove(rows.size() - 1);
            total.set(0, "合计");
        }
        return new TableData(null, columns, rows, total, notes.isEmpty() ? null : String.join(" ", notes));
    }

    /** A row that is a line under the table: only its first cell has text, and that text says what it is. */
    private static boolean isNote(List<String> row) {
        return row.size() > 1 && TableData.isNote(row.get(0)) && row.subList(1, row.size()).stream().allMatch(String::isEmpty);
    }

}
