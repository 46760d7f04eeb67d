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
    /**
     * Beyond this a value loses digits as the chart's double (2^53 ≈ 9.0e15), and the axis
     * arithmetic of a larger one overflows.
     */
    static final BigDecimal MAX_VALUE = new BigDecimal("1e15");
    /** Bars of a column-wide chart thinner than a few points and labels on top of each other beyond this. */
    static final int MAX_CATEGORIES = 30;
    /** Slices narrower than their labels beyond this. */
    static final int MAX_SLICES = 12;

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
        int most = cf.type() == ChartType.PIE ? MAX_SLICES : MAX_CATEGORIES;
        if (cf.categories().size() > most) {
            out.report(Severity.ERROR, cf.type() == ChartType.PIE ? "chart-too-many-slices" : "chart-too-many-categories",
                    pos(categories, cf.pos()), String.valueOf(cf.categories().size()), String.valueOf(most));
            ok = false;
        }
        List<Node> seriesNodes = YamlNodes.items(root, "series");
        if (cf.series().isEmpty()) {
            error(pos(YamlNodes.get(root, "series"), cf.pos()), "chart-data.no-series");
        }
        unique(cf.series().stream().map(ChartFile.SeriesEntry::name).toList(), seriesNodes, cf.pos(), "chart-data.series-twice");
        for (int i = 0; i < cf.series().size(); i++) {
            ChartFile.SeriesEntry s = cf.series().get(i);
            Node values = i < seriesNodes.size() ? YamlNodes.get(seriesNodes.get(i), "values") : null;
            List<Node> valueNodes = YamlNodes.items(values);
            int written = values == null ? s.values().size() : valueNodes.size();
            for (int v = 0; v < s.values().size(); v++) {
                if (s.values().get(v).abs().compareTo(MAX_VALUE) >= 0) {
                    out.report(Severity.ERROR, "chart-value-range", pos(v < valueNodes.size() ? valueNodes.get(v) : values, s.pos()),
                            s.values().get(v).toString());
                    ok = false;
                }
            }
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
