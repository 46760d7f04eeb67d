package org.issuepress.load;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Chart;
import org.issuepress.model.Table;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Loads the tables and charts articles refer to, once each, and checks their numbers: a
 * 合计 row must equal the sum of the rows, a series must have one value per category.
 */
final class DataFiles {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private final IssueFolder folder;
    private final Diagnostics out;
    private final Map<Path, Optional<Table>> tables = new HashMap<>();
    private final Map<Path, Optional<Chart>> charts = new HashMap<>();

    DataFiles(IssueFolder folder, Diagnostics out) {
        this.folder = folder;
        this.out = out;
    }

    Table table(Path file) {
        return tables.computeIfAbsent(file, this::loadTable).orElse(null);
    }

    Chart chart(Path file) {
        return charts.computeIfAbsent(file, this::loadChart).orElse(null);
    }

    private Optional<Table> loadTable(Path file) {
        String name = folder.display(file);
        Optional<Node> root = folder.readText(file, out).flatMap(t -> YamlSource.parse(t, name, 0, out));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        RecordBinder binder = new RecordBinder(name, 0, out);
        TableFile tf = binder.bind(root.get(), TableFile.class);
        if (tf == null) {
            return Optional.empty();
        }
        List<Table.Column> columns = tf.columns().stream().map(c -> new Table.Column(c.name(), c.group())).toList();
        List<Node> rowNodes = listNodes(root.get(), "rows");
        List<Table.Row> rows = new ArrayList<>();
        for (int i = 0; i < tf.rows().size(); i++) {
            SourcePos at = i < rowNodes.size() ? binder.pos(rowNodes.get(i)) : tf.pos();
            rows.add(row(tf.rows().get(i), columns.size(), at, "row " + (i + 1)));
        }
        Table.Row total = null;
        if (tf.total() != null) {
            Node totalNode = valueNode(root.get(), "total");
            total = row(tf.total(), columns.size(), totalNode == null ? tf.pos() : binder.pos(totalNode), "total");
            // With a row of the wrong width no column can be trusted: its error is enough.
            if (rows.stream().allMatch(r -> r.cells().size() == columns.size())) {
                checkTotal(columns, rows, total);
            }
        }
        return Optional.of(new Table(tf.title(), columns, rows, total, tf.note(), tf.pos()));
    }

    private Table.Row row(List<String> texts, int width, SourcePos at, String what) {
        if (texts.size() != width) {
            out.error("table-row-width", at, what + " has " + texts.size() + " cells, the table has " + width + " columns",
                    "give every row one cell per column; write '' for an empty cell");
        }
        List<Table.Cell> cells = new ArrayList<>();
        for (String t : texts) {
            String s = t == null ? "" : t.strip();
            cells.add(new Table.Cell(s, NUMBER.matcher(s).matches() ? new BigDecimal(s) : null));
        }
        return new Table.Row(cells, at);
    }

    private void checkTotal(List<Table.Column> columns, List<Table.Row> rows, Table.Row total) {
        for (int c = 0; c < Math.min(columns.size(), total.cells().size()); c++) {
            Table.Cell t = total.cells().get(c);
            if (!t.isNumber()) {
                // The first cell is the row's label (合计), even above a column of years.
                if (c > 0 && !t.text().isEmpty() && numbersOnly(rows, c)) {
                    out.error("table-total-not-number", total.pos(), "the total of '" + columns.get(c).name() + "' is '"
                            + t.text() + "', not a number", "write the sum of the column in digits, or '' to leave it empty");
                }
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean numeric = true;
            for (Table.Row r : rows) {
                if (c >= r.cells().size()) {
                    continue;
                }
                Table.Cell cell = r.cells().get(c);
                if (cell.isNumber()) {
                    sum = sum.add(cell.number());
                } else if (!cell.text().isEmpty()) {
                    numeric = false;
                    out.error("table-not-number", r.pos(), "'" + cell.text() + "' in column '" + columns.get(c).name()
                            + "' is not a number, but the column has a total", "write the number with digits only");
                }
            }
            if (numeric && sum.compareTo(t.number()) != 0) {
                out.error("table-total", total.pos(), "total of '" + columns.get(c).name() + "' is " + t.text()
                        + " but the rows add up to " + sum.toPlainString(),
                        "check the rows and the total against the manuscript");
            }
        }
    }

    /** A column of numbers (empty cells allowed) with at least one number: its total must be a number too. */
    private static boolean numbersOnly(List<Table.Row> rows, int column) {
        boolean any = false;
        for (Table.Row r : rows) {
            if (column < r.cells().size()) {
                Table.Cell cell = r.cells().get(column);
                if (!cell.isNumber() && !cell.text().isEmpty()) {
                    return false;
                }
                any |= cell.isNumber();
            }
        }
        return any;
    }

    private Optional<Chart> loadChart(Path file) {
        String name = folder.display(file);
        Optional<Node> root = folder.readText(file, out).flatMap(t -> YamlSource.parse(t, name, 0, out));
        if (root.isEmpty()) {
            return Optional.empty();
        }
        ChartFile cf = new RecordBinder(name, 0, out).bind(root.get(), ChartFile.class);
        if (cf == null) {
            return Optional.empty();
        }
        boolean ok = true;
        for (ChartFile.SeriesEntry s : cf.series()) {
            if (s.values().size() != cf.categories().size()) {
                out.error("chart-length", s.pos(), "series '" + s.name() + "' has " + s.values().size()
                        + " values for " + cf.categories().size() + " categories",
                        "give one value per category, in the order of 'categories'");
                ok = false;
            }
        }
        if (!ok) {
            return Optional.empty();
        }
        List<Chart.Series> series = cf.series().stream().map(s -> new Chart.Series(s.name(), s.values())).toList();
        return Optional.of(new Chart(cf.type(), cf.title(), cf.unit(), cf.categories(), series, cf.source(), cf.pos()));
    }

    private static Node valueNode(Node root, String key) {
        if (root instanceof MappingNode m) {
            for (NodeTuple t : m.getValue()) {
                if (key.equals(RecordBinder.scalarText(t.getKeyNode()))) {
                    return t.getValueNode();
                }
            }
        }
        return null;
    }

    private static List<Node> listNodes(Node root, String key) {
        Node n = valueNode(root, key);
        return n instanceof SequenceNode s ? s.getValue() : List.of();
    }
}
