package org.issuepress.load;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.issuepress.diag.Diagnostics;
import org.issuepress.diag.Severity;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Chart.ChartType;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Checks that a chart's data can be drawn without misleading: one value per category in
 * every series (counted in the file, so a value that is not a number is reported once, as
 * such, not again as a missing value), no category or series twice (the chart would silently
 * merge them), one series for a plain bar chart, and a pie only for the non-negative parts
 * of one whole.
 */
final class ChartChecks {
    private final RecordBinder binder;
    private final Diagnostics out;
    private boolean ok;

    ChartChecks(RecordBinder binder, Diagnostics out) {
        this.binder = binder;
        this.out = out;
    }

    /** @return whether the chart can be drawn */
    boolean check(ChartFile cf, Node root) {
        ok = cf.type() != null && cf.categories() != null && cf.series() != null;
        if (!ok) {
            return false; // already reported by the binder
        }
        Node categories = YamlNodes.get(root, "categories");
        List<Node> categoryNodes = YamlNodes.items(categories);
        if (cf.categories().isEmpty()) {
            error(pos(categories, cf.pos()), "chart-data.no-categories");
        }
        unique(cf.categories(), categoryNodes, cf.pos(), "chart-data.category-twice");
        List<Node> seriesNodes = YamlNodes.items(root, "series");
        if (cf.series().isEmpty()) {
            error(pos(YamlNodes.get(root, "series"), cf.pos()), "chart-data.no-series");
        }
        unique(cf.series().stream().map(ChartFile.SeriesEntry::name).toList(), seriesNodes, cf.pos(), "chart-data.series-twice");
        for (int i = 0; i < cf.series().size(); i++) {
            ChartFile.SeriesEntry s = cf.series().get(i);
            Node values = i < seriesNodes.size() ? YamlNodes.get(seriesNodes.get(i), "values") : null;
            int written = values == null ? s.values().size() : YamlNodes.items(values).size();
            if (written != cf.categories().size()) {
                error(pos(values, s.pos()), "chart-data.values", s.name(), String.valueOf(written), String.valueOf(cf.categories().size()));
            }
        }
        List<Node> approximate = YamlNodes.items(root, "approximate");
        List<String> named = cf.approximate() == null ? List.of() : cf.approximate();
        for (int i = 0; i < named.size(); i++) {
            String name = named.get(i);
            if (cf.categories().stream().noneMatch(c -> org.issuepress.model.Chart.names(c, name))) {
                error(pos(i < approximate.size() ? approximate.get(i) : null, cf.pos()), "chart-data.approximate", named.get(i));
            }
        }
        checkType(cf, root);
        return ok;
    }

    private void checkType(ChartFile cf, Node root) {
        SourcePos at = pos(YamlNodes.get(root, "type"), cf.pos());
        if (cf.type() == ChartType.BAR && cf.series().size() > 1) {
            error(at, "chart-data.bar-series", String.valueOf(cf.series().size()));
        }
        if (cf.type() == ChartType.PIE) {
            if (cf.series().size() != 1) {
                error(at, "chart-data.pie-series", String.valueOf(cf.series().size()));
            } else if (!allNonNegative(cf.series().get(0)) || sum(cf.series().get(0)).signum() <= 0) {
                error(at, "chart-data.pie-values");
            }
        }
        if (cf.type() == ChartType.STACKED_BAR && !cf.series().stream().allMatch(ChartChecks::allNonNegative)) {
            error(at, "chart-data.stacked-negative");
        }
    }

    private void unique(List<String> names, List<Node> nodes, SourcePos fallback, String key) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String n = names.get(i);
            if (n != null && !seen.add(n)) {
                error(pos(i < nodes.size() ? nodes.get(i) : null, fallback), key, n);
            }
        }
    }

    private static boolean allNonNegative(ChartFile.SeriesEntry s) {
        return s.values().stream().allMatch(v -> v.signum() >= 0);
    }

    private static BigDecimal sum(ChartFile.SeriesEntry s) {
        return s.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private SourcePos pos(Node node, SourcePos fallback) {
        return node == null ? fallback : binder.pos(node);
    }

    private void error(SourcePos at, String key, Object... args) {
        out.report(Severity.ERROR, key, at, args);
        ok = false;
    }
}
