package org.issuepress.manuscript;

import java.util.List;
import java.util.SortedMap;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * One Excel sheet as read: the text of each cell with something in it (row → column → text,
 * both from 0) and its merged ranges. Only cells with text are kept, so a sheet of formatting
 * thousands of columns wide costs nothing.
 */
record SheetCells(String name, SortedMap<Integer, SortedMap<Integer, String>> rows, List<CellRangeAddress> merged) {
    int width() {
        return rows.values().stream().mapToInt(r -> r.lastKey() + 1).max().orElse(0);
    }
}
