package org.issuepress.model;

import java.math.BigDecimal;
import java.util.List;
import org.issuepress.diag.SourcePos;

/** A data table as the editor wrote it in tables/*.yaml. */
public record Table(String title, List<Column> columns, List<Row> rows, Row total, String note, SourcePos pos) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** A column; columns sharing a {@code group} get one header cell spanning them. */
    public record Column(String name, String group) {
    }

    public record Row(List<Cell> cells, SourcePos pos) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** A cell: its text as printed and, when it is a number, its value. */
    public record Cell(String text, BigDecimal number) {
        public boolean isNumber() {
            return number != null;
        }
    }

    public boolean hasGroups() {
        return columns.stream().anyMatch(c -> c.group() != null);
    }
}
