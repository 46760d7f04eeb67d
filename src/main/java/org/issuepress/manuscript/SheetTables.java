package org.issuepress.manuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * An Excel sheet as a table: a first row with one cell across the sheet is the title (as
 * tables are laid out in Excel), the sheet's name otherwise; merged cells become groups as in
 * a Word table; values are shown as Excel shows them (formulas by their result).
 */
final class SheetTables {
    private SheetTables() {
    }

    /** Every sheet with cells, in order. */
    static List<TableData> convert(List<SheetCells> sheets) {
        List<TableData> tables = new ArrayList<>();
        for (SheetCells sheet : sheets) {
            List<List<TableGrid.Cell>> grid = grid(sheet);
            if (grid.isEmpty()) {
                continue;
            }
            String title = sheet.name();
            List<TableGrid.Cell> first = grid.get(0);
            long filled = first.stream().filter(c -> !c.text().isEmpty()).count();
            if (grid.size() > 2 && filled == 1 && !first.get(0).text().isEmpty() && first.size() > 1) {
                title = first.get(0).text();
                grid = grid.subList(1, grid.size());
            }
            tables.add(TableGrid.table(grid).withTitle(title));
        }
        return tables;
    }

    /** The rows with text, each as wide as the sheet's widest (a merged range counts to its last column). */
    private static List<List<TableGrid.Cell>> grid(SheetCells sheet) {
        int width = sheet.width();
        for (CellRangeAddress a : sheet.merged()) {
            if (sheet.rows().containsKey(a.getFirstRow()) && a.getLastColumn() < TableLimits.MAX_COLUMNS) {
                width = Math.max(width, a.getLastColumn() + 1);
            }
        }
        List<List<TableGrid.Cell>> grid = new ArrayList<>();
        for (Map.Entry<Integer, SortedMap<Integer, String>> row : sheet.rows().entrySet()) {
            int i = row.getKey();
            List<TableGrid.Cell> cells = new ArrayList<>();
            for (int j = 0; j < width; j++) {
                String text = row.getValue().getOrDefault(j, "");
                CellRangeAddress merged = merge(sheet, i, j);
                int span = merged != null && merged.getFirstRow() == i && merged.getFirstColumn() == j
                        ? merged.getLastColumn() - merged.getFirstColumn() + 1 : 1;
                boolean continued = merged != null && (merged.getFirstRow() != i || merged.getFirstColumn() != j);
                cells.add(new TableGrid.Cell(text, span, continued));
            }
            grid.add(cells);
        }
        return grid;
    }

    private static CellRangeAddress merge(SheetCells sheet, int row, int col) {
        for (CellRangeAddress a : sheet.merged()) {
            if (a.isInRange(row, col)) {
                return a;
            }
        }
        return null;
    }
}
