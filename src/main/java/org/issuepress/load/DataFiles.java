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
import org.issuepress.diag.Severity;
import org.issuepress.diag.Phrase;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Chart;
import org.issuepress.model.Table;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Loads the tables and charts articles refer to, once each, and has their numbers checked
 * ({@link TableChecks}, {@link ChartChecks}) before anything is drawn from them.
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

    /** A data file read and parsed; empty when it could not be (already reported). */
    private Optional<Node> parse(Path file, String name) {
        return folder.readText(file, out).flatMap(t -> YamlSource.parse(t, name, 0, out));
    }

    private Optional<Table> loadTable(Path file) {
        String name = folder.display(file);
        Optional<Node> root = parse(file, name);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        RecordBinder binder = new RecordBinder(name, 0, out);
        TableFile tf = binder.bind(root.get(), TableFile.class);
        if (tf == null) {
            return Optional.empty();
        }
        List<Table.Column> columns = tf.columns().stream().map(c -> new Table.Column(c.name(), c.group())).toList();
        List<Node> rowNodes = YamlNodes.items(root.get(), "rows");
        List<TableChecks.Located> rows = new ArrayList<>();
        for (int i = 0; i < tf.rows().size(); i++) {
            Node node = i < rowNodes.size() ? rowNodes.get(i) : null;
            rows.add(row(tf.rows().get(i), columns.size(), node, tf.pos(), binder, Phrase.of("table.row", String.valueOf(i + 1))));
        }
        TableChecks.Located total = null;
        if (tf.total() != null) {
            total = row(tf.total(), columns.size(), YamlNodes.get(root.get(), "total"), tf.pos(), binder, Phrase.of("table.total"));
        }
        // with a row of the wrong width no column can be trusted: its own error is enough
        if (rows.stream().allMatch(r -> r.row().cells().size() == columns.size())) {
            new TableChecks(columns, out).check(rows, total);
        }
        return Optional.of(new Table(tf.title(), columns, rows.stream().map(TableChecks.Located::row).toList(),
                total == null ? null : total.row(), tf.note(), tf.pos()));
    }

    private TableChecks.Located row(List<String> texts, int width, Node node, SourcePos fallback, RecordBinder binder,
                                    Phrase what) {
        SourcePos at = node == null ? fallback : binder.pos(node);
        if (texts.size() != width) {
            out.report(Severity.ERROR, "table-row-width", at, what, String.valueOf(texts.size()), String.valueOf(width));
        }
        List<Table.Cell> cells = new ArrayList<>();
        for (String t : texts) {
            String s = t == null ? "" : t.strip();
            cells.add(new Table.Cell(s, NUMBER.matcher(s).matches() ? new BigDecimal(s) : null));
        }
        List<SourcePos> cellsAt = YamlNodes.items(node).stream().map(binder::pos).toList();
        return new TableChecks.Located(new Table.Row(cells, at), cellsAt);
    }

    private Optional<Chart> loadChart(Path file) {
        String name = folder.display(file);
        Optional<Node> root = parse(file, name);
        if (root.isEmpty()) {
            return Optional.empty();
        }
        RecordBinder binder = new RecordBinder(name, 0, out);
        ChartFile cf = binder.bind(root.get(), ChartFile.class);
        if (cf == null || !new ChartChecks(binder, out).check(cf, root.get())) {
            return Optional.empty();
        }
        List<Chart.Series> series = cf.series().stream().map(s -> new Chart.Series(s.name(), s.values())).toList();
        return Optional.of(new Chart(cf.type(), cf.title(), cf.unit(), cf.categories(), series, cf.source(), cf.note(),
                cf.approximate(), cf.pos()));
    }
}
