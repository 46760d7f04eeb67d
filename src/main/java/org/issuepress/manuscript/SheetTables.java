package org.issuepress.manuscript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
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
    static List<TableData> convert(Workbook book) {
        DataFormatter format = new DataFormatter(Locale.ROOT);
        FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
        List<TableData> tables = new ArrayList<>();
        for (Sheet sheet : book) {
            List<List<TableGrid.Cell>> grid = grid(sheet, format, eval);
            if (grid.isEmpty()) {
                continue;
            }
            String title = sheet.getSheetName();
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

    private static List<List<TableGrid.Cell>> grid(Sheet sheet, DataFormatter format, FormulaEvaluator eval) {
        int width = 0;
        for (Row r : sheet) {
            width = Math.max(width, r.getLastCellNum());
        }
        List<List<TableGrid.Cell>> grid = new ArrayList<>();
        for (int i = sheet.getFirstRowNum(); i <= sheet.getLastRowNum() && width > 0; i++) {
            Row r = sheet.getRow(i);
            List<TableGrid.Cell> cells = new ArrayList<>();
            boolean any = false;
            for (int j = 0; j < width; j++) {
                Cell c = r == null ? null : r.getCell(j);
                String text = c == null ? "" : format.formatCellValue(c, eval).strip();
                any |= !text.isEmpty();
                CellRangeAddress merged = merge(sheet, i, j);
                int span = merged != null && merged.getFirstRow() == i && merged.getFirstColumn() == j
                        ? merged.getLastColumn() - merged.getFirstColumn() + 1 : 1;
                boolean continued = merged != null && (merged.getFirstRow() != i || merged.getFirstColumn() != j);
                cells.add(new TableGrid.Cell(text, span, continued));
            }
            if (any) {
                grid.add(cells);
            }
        }
        return grid;
    }

    private static CellRangeAddress merge(Sheet sheet, int row, int col) {
        for (CellRangeAddress a : sheet.getMergedRegions()) {
            if (a.isInRange(row, col)) {
                return a;
            }
        }
        return null;
    }
}
