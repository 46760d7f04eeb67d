package org.issuepress.manuscript;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;

/**
 * Results for the formulas a workbook holds without one (Excel and WPS always save them;
 * programs that write .xlsx often do not): worked out here, the workbook opened whole only
 * now that streaming it found it within {@link TableLimits}. A formula that cannot be worked
 * out (a name that does not exist, a function POI lacks) is named by sheet and cell.
 */
final class FormulaResults {
    private FormulaResults() {
    }

    static void fill(Path file, StreamedSheets.Read read, SourcePos at, Diagnostics out) throws IOException, InvalidFormatException {
        if (read.unsaved().isEmpty()) {
            return;
        }
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ); XSSFWorkbook book = new XSSFWorkbook(pkg)) {
            FormulaEvaluator eval = book.getCreationHelper().createFormulaEvaluator();
            DataFormatter format = new DataFormatter(Locale.ROOT);
            for (StreamedSheets.Unsaved u : read.unsaved()) {
                CellAddress a = new CellAddress(u.cell());
                Row row = book.getSheetAt(u.sheet()).getRow(a.getRow());
                Cell cell = row == null ? null : row.getCell(a.getColumn());
                String text;
                try {
                    text = cell == null ? "" : format.formatCellValue(cell, eval).strip();
                } catch (RuntimeException e) { // POI's words ("Specified named range … does not exist") are not the editor's
                    out.report(Severity.ERROR, "import-formula-unsaved", at, u.sheetName(), u.cell(), u.formula());
                    continue;
                }
                if (text.startsWith("#")) {
                    out.report(Severity.ERROR, "import-cell-error", at, u.sheetName(), u.cell(), text);
                } else if (!text.isEmpty()) {
                    read.sheets().stream().filter(s -> s.name().equals(u.sheetName())).findFirst().ifPresent(s ->
                            s.rows().computeIfAbsent(a.getRow(), r -> new TreeMap<>()).put(a.getColumn(), text));
                }
            }
        }
    }
}
