package org.issuepress.model;

import java.math.BigDecimal;
import java.util.List;
import org.issuepress.diag.SourcePos;

/** Chart data from charts/*.yaml: categories along one axis, one or more series of values. */
public record Chart(ChartType type, String title, String unit, List<String> categories,
                    List<Series> series, String source, SourcePos pos) {

    public enum ChartType { BAR, GROUPED_BAR, STACKED_BAR, LINE, PIE }

    public record Series(String name, List<BigDecimal> values) {
        public Series {
            values = List.copyOf(values);
        }
    }

    public Chart {
        categories = List.copyOf(categories);
        series = List.copyOf(series);
    }
}
