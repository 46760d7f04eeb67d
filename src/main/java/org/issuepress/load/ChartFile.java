package org.issuepress.load;

import java.math.BigDecimal;
import java.util.List;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Chart;

/** The shape of charts/*.yaml. */
@Doc("A chart drawn from data")
public record ChartFile(
        @Required @Doc("bar, grouped_bar, stacked_bar, line or pie") Chart.ChartType type,
        @Required @Doc("the chart's title") String title,
        @Doc("unit of the values, e.g. 元, 人, 户") String unit,
        @Required @Doc("labels along the axis, e.g. years") List<String> categories,
        @Required @Doc("one or more series of values, one value per category") List<SeriesEntry> series,
        @Doc("where the numbers come from") String source,
        SourcePos pos) {

    @Doc("A series of values")
    public record SeriesEntry(
            @Required @Doc("the series' name, shown in the legend") String name,
            @Required @Doc("one number per category") List<BigDecimal> values,
            SourcePos pos) {
    }
}
