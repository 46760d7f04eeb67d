package org.issuepress.load;

import java.math.BigDecimal;
import java.util.List;
import org.issuepress.diag.SourcePos;
import org.issuepress.model.Chart;

/** The shape of charts/*.yaml. */
@Doc("A chart drawn from data")
public record ChartFile(
        @Required @Doc("bar, grouped_bar, stacked_bar, line or pie") Chart.ChartType type,
        @Required @Doc("the chart's title (the caption when the article's [图表] line gives none)") String title,
        @Doc("unit of the values, e.g. 元, 人, 户; printed as 单位：…") String unit,
        @Required @Doc("labels along the axis (or the slices of a pie), e.g. years") List<String> categories,
        @Required @Doc("one or more series of values, one value per category") List<SeriesEntry> series,
        @Doc("where the numbers come from, printed under the chart") String source,
        @Doc("a remark printed under the chart, e.g. how figures differ") String note,
        @Doc("categories whose figures the text gives as approximations (约); printed as 约2700") List<String> approximate,
        SourcePos pos) {

    @Doc("A series of values")
    public record SeriesEntry(
            @Required @Doc("the series' name, shown in the legend") String name,
            @Required @Doc("one number per category") List<BigDecimal> values,
            SourcePos pos) {
    }
}
