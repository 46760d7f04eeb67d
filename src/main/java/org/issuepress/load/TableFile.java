package org.issuepress.load;

import java.util.List;
import org.issuepress.diag.SourcePos;

/** The shape of tables/*.yaml; cells stay YAML nodes until the loader reads them as text or numbers. */
@Doc("A data table")
public record TableFile(
        @Required @Doc("the table's title as printed") String title,
        @Required @Doc("the columns, left to right") List<ColumnEntry> columns,
        @Required @Doc("the rows; one list of cells per row") List<List<String>> rows,
        @Doc("the 合计 row, checked against the sum of the rows") List<String> total,
        @Doc("a line printed under the table (unit, source)") String note,
        SourcePos pos) {

    @Doc("A table column")
    public record ColumnEntry(
            @Required @Doc("the header text") String name,
            @Doc("a header spanning this and neighbouring columns with the same group") String group,
            SourcePos pos) {
    }
}
