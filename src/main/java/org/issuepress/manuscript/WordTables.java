package org.issuepress.manuscript;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/** A Word table as a grid of cells with their merges (w:gridSpan across, w:vMerge down). */
final class WordTables {
    private WordTables() {
    }

    static TableData convert(XWPFTable table) {
        List<List<TableGrid.Cell>> grid = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<TableGrid.Cell> cells = new ArrayList<>();
            for (XWPFTableCell c : row.getTableCells()) {
                int span = span(c);
                cells.add(new TableGrid.Cell(text(c), span, verticalContinue(c)));
                for (int i = 1; i < span; i++) {
                    cells.add(new TableGrid.Cell("", 1, true));
                }
            }
            grid.add(cells);
        }
        return TableGrid.table(grid);
    }

    private static String text(XWPFTableCell c) {
        StringBuilder s = new StringBuilder();
        for (XWPFParagraph p : c.getParagraphs()) {
            String t = p.getText().strip();
            if (!t.isEmpty()) {
                s.append(s.isEmpty() ? "" : " ").append(t);
            }
        }
        return s.toString();
    }

    private static int span(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        return pr != null && pr.isSetGridSpan() ? Math.max(1, pr.getGridSpan().getVal().intValue()) : 1;
    }

    /** A cell under a vertically merged one (w:vMerge without restart). */
    private static boolean verticalContinue(XWPFTableCell c) {
        CTTcPr pr = c.getCTTc().getTcPr();
        return pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }
}
